package io.blastwall.importer.kubernetes;

import io.blastwall.model.Confidence;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runtime edges (catalogue §2.3): a workload runs as its service account (K8S-ID-01); a privileged, hostPID or
 * host-mounted workload reaches its node (K8S-CE-01/02/07/08, heuristic: the runtime decides), and a node reaches
 * the service accounts of the pods on it (K8S-NODE-01, heuristic). Pods of controllers, and pods without a
 * {@code nodeName}, may land on any node.
 */
final class RuntimeEdges {
    private final Cluster cluster;
    private final KubeDraft draft;

    RuntimeEdges(Cluster cluster, KubeDraft draft) {
        this.cluster = cluster;
        this.draft = draft;
    }

    void addAll() {
        for (Workload w : cluster.workloads()) {
            runsAs(w);
            escape(w);
        }
        nodeTokens();
    }

    private void runsAs(Workload w) {
        KubeObject o = w.object();
        String sa = o.namespace() + "/" + w.serviceAccount();
        GrantId grant = draft.grant(new Grant(KubeIds.runsAs(cluster.name(), o), GrantKind.OTHER,
                KubeDraft.id(KubeIds.object(cluster.name(), o)), sa, o.kind() + " " + o.key() + " runs as service account " + sa,
                new Evidence(o.file(), o.location() + ".spec", "serviceAccountName: " + w.serviceAccount()
                        + (w.tokenMounted() ? "" : ", automountServiceAccountToken: false")), ""));
        KubeEdge edge = KubeEdge.of(RelationKind.RUNS_AS, KubeIds.object(cluster.name(), o),
                KubeIds.serviceAccount(cluster.name(), sa), List.of(grant),
                w.tokenMounted() ? Confidence.PROVEN : Confidence.HEURISTIC, "K8S-ID-01");
        draft.relate(w.tokenMounted() ? edge : edge.withConditions(List.of(
                "the token is not mounted (automountServiceAccountToken: false); code in the pod must request one")));
    }

    private void escape(Workload w) {
        List<String> why = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        if (w.privileged()) {
            why.add("privileged container or CAP_SYS_ADMIN/SYS_MODULE");
            rules.add(w.hostPid() ? "K8S-CE-02" : "K8S-CE-01");
        }
        List<String> paths = w.sensitiveHostPaths();
        if (!paths.isEmpty()) {
            why.add("host paths mounted: " + String.join(", ", paths));
            rules.add(paths.stream().anyMatch(p -> p.endsWith(".sock")) ? "K8S-CE-08" : "K8S-CE-07");
        }
        if (why.isEmpty()) {
            return;
        }
        KubeObject o = w.object();
        String node = w.nodeName().isEmpty() ? ClusterEntities.anyNode(cluster.name(), draft) : KubeIds.node(cluster.name(), w.nodeName());
        if (draft.entity(node).isEmpty()) {
            node = ClusterEntities.anyNode(cluster.name(), draft);
        }
        GrantId spec = draft.grant(new Grant(GrantId.of("k8s:spec:" + cluster.name() + "/" + o.kind() + "/"
                + o.key() + ":securityContext"), GrantKind.OTHER, KubeDraft.id(KubeIds.object(cluster.name(), o)),
                String.join("; ", why), o.kind() + " " + o.key() + " can reach its node: " + String.join("; ", why),
                new Evidence(o.file(), o.location() + ".spec", String.join("; ", why)), ""));
        draft.relate(KubeEdge.of(RelationKind.RUNS_AS, KubeIds.object(cluster.name(), o), node, List.of(spec),
                Confidence.HEURISTIC, String.join("+", rules)).withActions(Set.of("escape to the node"))
                .withConditions(List.of("container escape: depends on the runtime, kernel and node hardening")));
    }

    private void nodeTokens() {
        String any = KubeIds.node(cluster.name(), KubeIds.ANY_NODE);
        for (Workload w : cluster.workloads()) {
            String workload = KubeIds.object(cluster.name(), w.object());
            String node = KubeIds.node(cluster.name(), w.nodeName());
            if (!w.nodeName().isEmpty() && draft.entity(node).isPresent()) {
                nodeEdge(node, workload, "scheduled on this node (spec.nodeName)");
            }
            if (draft.entity(any).isPresent()) {
                nodeEdge(any, workload, "may be scheduled on any node");
            }
        }
    }

    private void nodeEdge(String node, String workload, String why) {
        draft.relate(KubeEdge.of(RelationKind.CAN_IMPERSONATE, node, workload, List.of(), Confidence.HEURISTIC, "K8S-NODE-01")
                .withActions(Set.of("read the pod's service-account token from /var/lib/kubelet/pods"))
                .withConditions(List.of(why)));
    }
}

package io.blastwall.importer.kubernetes;

import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.Provider;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runtime edges (catalogue §2.3): a workload runs as its service account (K8S-ID-01); a workload whose container is
 * privileged, adds escaping capabilities or mounts a sensitive host path reaches its node (K8S-CE-01 to 09 and
 * K8S-NODE-01 for the kubelet's pod directory, heuristic: the runtime decides); a node reaches the service accounts
 * of the pods on it (K8S-NODE-01) and its kubelet's identity, {@code system:node:<name>} in group
 * {@code system:nodes} (K8S-NODE-02), both heuristic. Pods of controllers, and pods without a {@code nodeName},
 * may land on any node.
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
        kubeletIdentities();
    }

    /** K8S-NODE-02: the kubelet's client certificate on the node authenticates as the node, in group system:nodes. */
    private void kubeletIdentities() {
        String any = KubeIds.node(cluster.name(), KubeIds.ANY_NODE);
        if (cluster.nodes().isEmpty() && draft.entity(any).isEmpty()) {
            return;
        }
        String nodes = KubeIds.group(cluster.name(), "system:nodes");
        draft.putIfAbsent(new Entity(KubeDraft.id(nodes), EntityKind.GROUP, Provider.KUBERNETES, "Kubernetes::Group", "system:nodes",
                Sensitivity.NONE, Map.of(), Props.cluster(cluster.name()).put("classification", "the group of every kubelet").map()));
        for (KubeObject n : cluster.nodes()) {
            String user = KubeIds.user(cluster.name(), "system:node:" + n.name());
            draft.putIfAbsent(new Entity(KubeDraft.id(user), EntityKind.SERVICE_ACCOUNT, Provider.KUBERNETES, "Kubernetes::User",
                    "system:node:" + n.name(), Sensitivity.NONE, Map.of(), Props.cluster(cluster.name())
                            .put("classification", "the kubelet of node " + n.name()).map()));
            kubelet(KubeIds.node(cluster.name(), n.name()), user);
            draft.relate(KubeEdge.of(RelationKind.MEMBER_OF, user, nodes, List.of(), Confidence.PROVEN, "K8S-NODE-02"));
        }
        if (draft.entity(any).isPresent()) {
            kubelet(any, nodes);
        }
    }

    private void kubelet(String node, String identity) {
        draft.relate(KubeEdge.of(RelationKind.CAN_IMPERSONATE, node, identity, List.of(), Confidence.HEURISTIC, "K8S-NODE-02")
                .withActions(Set.of("use the kubelet's client certificate (/var/lib/kubelet/pki)"))
                .withConditions(List.of("needs root on the node; NodeRestriction limits the kubelet to objects of its own pods")));
    }

    private void runsAs(Workload w) {
        KubeObject o = w.object();
        String sa = o.namespace() + "/" + w.serviceAccount();
        GrantId grant = draft.grant(new Grant(KubeIds.runsAs(cluster.name(), o), GrantKind.OTHER,
                KubeDraft.id(KubeIds.object(cluster.name(), o)), sa, o.kind() + " " + o.key() + " runs as service account " + sa,
                new Evidence(o.file(), o.location() + w.podSpecPath(), "serviceAccountName: " + w.serviceAccount()
                        + (w.tokenMounted() ? "" : ", automountServiceAccountToken: false")), ""));
        KubeEdge edge = KubeEdge.of(RelationKind.RUNS_AS, KubeIds.object(cluster.name(), o),
                KubeIds.serviceAccount(cluster.name(), sa), List.of(grant),
                w.tokenMounted() ? Confidence.PROVEN : Confidence.HEURISTIC, "K8S-ID-01");
        draft.relate(w.tokenMounted() ? edge : edge.withConditions(List.of(
                "the token is not mounted (automountServiceAccountToken: false); code in the pod must request one")));
    }

    private void escape(Workload w) {
        Set<String> rules = new TreeSet<>();
        Set<String> why = new LinkedHashSet<>();
        Set<String> conditions = new LinkedHashSet<>(List.of("container escape: depends on the runtime, kernel and node hardening"));
        for (Container c : w.containers()) {
            capabilities(w, c, rules, why, conditions);
            c.mounts().forEach(m -> mount(c, m, rules, why, conditions));
        }
        if (rules.isEmpty()) {
            return;
        }
        if (w.shareProcessNamespace() && w.containers().size() > 1) {
            rules.add("K8S-CE-09");
            why.add("shareProcessNamespace: every container of the pod reaches the one that escapes");
        }
        KubeObject o = w.object();
        String node = w.nodeName().isEmpty() ? ClusterEntities.anyNode(cluster.name(), draft) : KubeIds.node(cluster.name(), w.nodeName());
        if (draft.entity(node).isEmpty()) {
            node = ClusterEntities.anyNode(cluster.name(), draft);
        }
        String reasons = String.join("; ", why);
        GrantId spec = draft.grant(new Grant(GrantId.of("k8s:spec:" + cluster.name() + "/" + o.kind() + "/"
                + o.key() + ":securityContext"), GrantKind.OTHER, KubeDraft.id(KubeIds.object(cluster.name(), o)), reasons,
                o.kind() + " " + o.key() + " can reach its node: " + reasons, new Evidence(o.file(), o.location() + w.podSpecPath(),
                reasons), ""));
        draft.relate(KubeEdge.of(RelationKind.CAN_IMPERSONATE, KubeIds.object(cluster.name(), o), node, List.of(spec),
                Confidence.HEURISTIC, String.join("+", rules)).withActions(Set.of("escape from the container to the node"))
                .withConditions(List.copyOf(conditions)));
    }

    /** Privileged containers and dangerous capabilities (K8S-CE-01 to 04). */
    private static void capabilities(Workload w, Container c, Set<String> rules, Set<String> why, Set<String> conditions) {
        String name = "container " + c.name();
        if (c.privileged()) {
            rules.addAll(List.of("K8S-CE-01", "K8S-CE-03"));
            why.add(name + " is privileged: mount the host's disk, load a kernel module");
        } else {
            if (c.adds("SYS_ADMIN")) {
                rules.add("K8S-CE-01");
                why.add(name + " adds CAP_SYS_ADMIN: mount the host's disk");
            }
            if (c.adds("SYS_MODULE")) {
                rules.add("K8S-CE-03");
                why.add(name + " adds CAP_SYS_MODULE: load a kernel module");
            }
        }
        if (w.hostPid() && c.privileged()) {
            rules.add("K8S-CE-02");
            why.add(name + " is privileged with hostPID: nsenter into the host's PID 1");
        }
        if (w.hostPid() && c.has("SYS_PTRACE") && c.has("SYS_ADMIN")) {
            rules.add("K8S-CE-04");
            why.add(name + " has hostPID, SYS_PTRACE and SYS_ADMIN: attach to a host process");
            if (!c.privileged() && !c.appArmorUnconfined()) {
                conditions.add("ptrace of host processes needs AppArmor unconfined for " + c.name()
                        + " (AppArmor confines containers by default from Kubernetes 1.31)");
            }
        }
    }

    /** Host paths (K8S-NODE-01, K8S-CE-05 to 08). */
    private static void mount(Container c, Container.HostMount m, Set<String> rules, Set<String> why, Set<String> conditions) {
        String path = "host path " + m.path() + (m.readOnly() ? " (read-only)" : "") + " in container " + c.name();
        if (HostPaths.reachesKubeletPods(m.path())) {
            rules.add("K8S-NODE-01");
            why.add(path + ": the kubelet's pod directory holds every pod's service-account token");
        }
        if (HostPaths.reaches(m.path(), HostPaths.RUNTIME_SOCKETS)) {
            rules.add("K8S-CE-08");
            why.add(path + ": the container runtime's socket starts containers on the host");
        }
        boolean root = c.mayRunAsRoot();
        String rootNote = c.root().isEmpty() ? "container " + c.name() + " runs as root (its image decides; no runAsUser or runAsNonRoot)" : "";
        if (!m.readOnly() && root && HostPaths.reaches(m.path(), HostPaths.CORE_PATTERN)) {
            rules.add("K8S-CE-05");
            why.add(path + ": write /proc/sys/kernel/core_pattern to run a program as root on the host");
            addIf(conditions, rootNote);
        }
        if (!m.readOnly() && root && HostPaths.reaches(m.path(), HostPaths.LOGS)) {
            rules.add("K8S-CE-06");
            why.add(path + ": a symlink in /var/log/pods reads any host file through the pod's logs");
            conditions.add("reading through the log symlink needs get pods/log on the pod");
            addIf(conditions, rootNote);
        }
        if (!m.readOnly() && HostPaths.isSensitiveWrite(m.path())) {
            rules.add("K8S-CE-07");
            why.add(path + ": write host files (cron, systemd units, binaries, SSH keys)");
        } else if (HostPaths.isSensitiveRead(m.path())) {
            rules.add("K8S-CE-07");
            why.add(path + ": read host credentials (SSH keys, kubelet credentials)");
        }
    }

    private static void addIf(Set<String> conditions, String condition) {
        if (!condition.isEmpty()) {
            conditions.add(condition);
        }
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

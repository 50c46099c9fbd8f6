package io.blastwall.importer.kubernetes;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * RBAC edges through workloads, per subject and namespace: creating pods (K8S-WL-01) or pod controllers
 * (K8S-WL-02) runs as any service account of the namespace and mounts its secrets; a privileged pod reaches the
 * nodes (K8S-WL-03, heuristic) when admission allows it, or after relabelling a namespace whose Pod Security
 * Admission level forbids it (K8S-NS-01); {@code spec.nodeName} reaches control-plane nodes too. Patching a pod's
 * image (K8S-WL-04), exec and attach (K8S-EXEC-01/02) and ephemeral containers (K8S-EXEC-03) reach the pod; evicting
 * pods and cordoning nodes steals controller pods onto a node one controls (K8S-STEAL-01, heuristic).
 */
final class WorkloadEdges {
    static final String CORE = "";
    static final List<String[]> CONTROLLERS = List.of(new String[] {"apps", "deployments"},
            new String[] {"apps", "daemonsets"}, new String[] {"apps", "statefulsets"}, new String[] {"apps", "replicasets"},
            new String[] {"batch", "jobs"}, new String[] {"batch", "cronjobs"}, new String[] {CORE, "replicationcontrollers"});
    private static final Set<String> SAFE_PSA = Set.of("baseline", "restricted");
    private static final Set<String> RESCHEDULED = Set.of("Deployment", "ReplicaSet", "StatefulSet", "ReplicationController",
            "Job", "CronJob");

    private final Cluster cluster;
    private final Authorizer rbac;
    private final RbacWriter out;

    WorkloadEdges(Cluster cluster, Authorizer rbac, RbacWriter out) {
        this.cluster = cluster;
        this.rbac = rbac;
        this.out = out;
    }

    /** Ways the subject can create pods, or create/update/patch a pod controller, in the namespace. */
    static List<Allow> workloadCreation(Authorizer rbac, String subject, String ns, boolean controllersOnly) {
        List<Request> requests = new ArrayList<>();
        if (!controllersOnly) {
            requests.add(Request.of("create", CORE, "pods"));
        }
        for (String[] c : CONTROLLERS) {
            for (String verb : List.of("create", "update", "patch")) {
                requests.add(Request.of(verb, c[0], c[1]));
            }
        }
        return rbac.allowingAny(subject, ns, requests);
    }

    void add(String subject, String ns) {
        List<Allow> pods = rbac.allowing(subject, ns, Request.of("create", CORE, "pods"));
        List<Allow> controllers = workloadCreation(rbac, subject, ns, true);
        toEveryAccount(subject, ns, pods, "K8S-WL-01", "create pods");
        toEveryAccount(subject, ns, controllers, "K8S-WL-02", "create or update workload controllers");
        Set<Allow> any = new LinkedHashSet<>(pods);
        any.addAll(controllers);
        for (Allow a : any) {
            cluster.in("Secret", ns).forEach(s -> out.access(subject,
                    KubeIds.object(cluster.name(), s), a, AccessLevel.READ, "K8S-WL-01", "mount the secret into a pod"));
            privilegedPods(subject, ns, a);
        }
        podAccess(subject, ns);
        stealPods(subject, ns);
    }

    private void toEveryAccount(String subject, String ns, List<Allow> ways, String rule, String action) {
        for (Allow a : ways) {
            for (String sa : cluster.serviceAccountsIn(ns)) {
                out.impersonate(subject, KubeIds.serviceAccount(cluster.name(), sa), a, rule, action + " in " + ns + " running as " + sa);
            }
        }
    }

    /**
     * K8S-WL-03: a privileged, hostPID or hostPath pod reaches the node it lands on; with {@code spec.nodeName} it
     * lands where its creator says, control-plane nodes included (the scheduler and its taints are bypassed). A
     * namespace enforcing the baseline or restricted Pod Security level refuses such pods unless the subject can
     * relabel the namespace (K8S-NS-01).
     */
    private void privilegedPods(String subject, String ns, Allow create) {
        String level = cluster.podSecurity(ns);
        List<Allow> ways = new ArrayList<>();
        String rule = "K8S-WL-03";
        String step = "create a privileged or hostPath pod in " + ns;
        if (!SAFE_PSA.contains(level)) {
            ways.add(create);
        } else {
            rule = "K8S-WL-03+K8S-NS-01";
            step = "relabel namespace " + ns + " to pod-security.kubernetes.io/enforce=privileged, then " + step;
            List<Request> relabel = List.of(Request.named("patch", CORE, "namespaces", ns), Request.named("update", CORE, "namespaces", ns));
            rbac.allowingAny(subject, ns, relabel).forEach(n -> ways.add(create.and(n)));
        }
        List<String> conditions = List.of(SAFE_PSA.contains(level)
                ? "Pod Security Admission enforces " + level + " in namespace " + ns + " until the label is changed"
                        + "; no other admission policy (policy engine) may refuse privileged pods"
                : "admission must allow privileged, hostPID or hostPath pods in namespace " + ns
                        + " (no Pod Security Admission baseline/restricted label, no policy engine)");
        for (Allow a : ways) {
            out.relate(RelationKind.CAN_IMPERSONATE, subject, ClusterEntities.anyNode(cluster.name(), out.draft()), a,
                    Confidence.HEURISTIC, rule, step, conditions);
            for (KubeObject node : cluster.controlPlaneNodes()) {
                out.relate(RelationKind.CAN_IMPERSONATE, subject, KubeIds.node(cluster.name(), node.name()), a,
                        Confidence.HEURISTIC, rule, step + " with spec.nodeName " + node.name() + " (a control-plane node)",
                        conditions);
            }
        }
    }

    /** Patch (image swap), exec, attach and ephemeral containers reach the workload, which runs as its service account. */
    private void podAccess(String subject, String ns) {
        for (Workload w : cluster.workloadsIn(ns)) {
            KubeObject o = w.object();
            String target = KubeIds.object(cluster.name(), o);
            boolean pod = o.kind().equals("Pod");
            podEdge(subject, ns, target, pod ? List.of(Request.named("update", CORE, "pods", o.name()),
                    Request.named("patch", CORE, "pods", o.name())) : List.of(), "K8S-WL-04", "replace the container image");
            podEdge(subject, ns, target, List.of(podRequest("create", "pods/exec", o, pod), podRequest("get", "pods/exec", o, pod)),
                    "K8S-EXEC-01", "exec into the pod");
            podEdge(subject, ns, target, List.of(podRequest("create", "pods/attach", o, pod)), "K8S-EXEC-02", "attach to the pod");
            List<Request> ephemeral = List.of(podRequest("update", "pods/ephemeralcontainers", o, pod),
                    podRequest("patch", "pods/ephemeralcontainers", o, pod));
            podEdge(subject, ns, target, ephemeral, "K8S-EXEC-03", "add an ephemeral container");
            privilegedEphemeral(subject, ns, w, ephemeral);
        }
    }

    /** K8S-EXEC-03: a privileged ephemeral container reaches the pod's node where Pod Security does not forbid it. */
    private void privilegedEphemeral(String subject, String ns, Workload w, List<Request> ephemeral) {
        if (SAFE_PSA.contains(cluster.podSecurity(ns))) {
            return;
        }
        String node = w.nodeName().isEmpty() || out.draft().entity(KubeIds.node(cluster.name(), w.nodeName())).isEmpty()
                ? ClusterEntities.anyNode(cluster.name(), out.draft()) : KubeIds.node(cluster.name(), w.nodeName());
        for (Allow a : rbac.allowingAny(subject, ns, ephemeral)) {
            out.relate(RelationKind.CAN_IMPERSONATE, subject, node, a, Confidence.HEURISTIC, "K8S-EXEC-03",
                    "add a privileged ephemeral container to " + w.object().kind() + " " + w.object().key(),
                    List.of("admission must allow a privileged ephemeral container in namespace " + ns));
        }
    }

    /** Pods of controllers have generated names: only rules without resourceNames reach them. */
    private static Request podRequest(String verb, String resource, KubeObject o, boolean pod) {
        return pod ? Request.named(verb, CORE, resource, o.name()) : Request.of(verb, CORE, resource);
    }

    private void podEdge(String subject, String ns, String target, List<Request> requests, String rule, String action) {
        for (Allow a : rbac.allowingAny(subject, ns, requests)) {
            out.impersonate(subject, target, a, rule, action);
        }
    }

    /**
     * K8S-STEAL-01 (rbac-police {@code steal_pods}): remove pods (delete, evict, relabel or fail them; or delete or
     * taint their nodes) and make the other nodes unschedulable; controller pods are then recreated on a node the
     * subject controls. Node identities are left out: NodeRestriction limits them to their own node.
     */
    private void stealPods(String subject, String ns) {
        Authorizer.Subject s = rbac.subjects().get(subject);
        if (s == null || s.name().startsWith("system:node:") || s.name().equals("system:nodes")) {
            return;
        }
        List<Allow> remove = new ArrayList<>(rbac.allowingAny(subject, ns, List.of(Request.of("delete", CORE, "pods"),
                Request.of("create", CORE, "pods/eviction"), Request.of("update", CORE, "pods"), Request.of("patch", CORE, "pods"),
                Request.of("update", CORE, "pods/status"), Request.of("patch", CORE, "pods/status"))));
        List<Request> nodes = List.of(Request.of("update", CORE, "nodes"), Request.of("patch", CORE, "nodes"));
        rbac.allowingAny(subject, "", List.of(Request.of("delete", CORE, "nodes"), nodes.get(0), nodes.get(1))).stream()
                .filter(a -> !remove.contains(a)).forEach(remove::add);
        List<Allow> cordon = rbac.allowingAny(subject, "", List.of(nodes.get(0), nodes.get(1),
                Request.of("update", CORE, "nodes/status"), Request.of("patch", CORE, "nodes/status")));
        List<Allow> ways = Allow.pairs(remove, cordon);
        if (ways.isEmpty()) {
            return;
        }
        List<String> conditions = List.of("needs control of a node (code running on it) for the rescheduled pods to land on");
        for (Workload w : cluster.workloadsIn(ns)) {
            if ((RESCHEDULED.contains(w.object().kind()) || w.isControlled())) {
                for (Allow a : ways) {
                    out.relate(RelationKind.CAN_IMPERSONATE, subject, KubeIds.object(cluster.name(), w.object()), a,
                            Confidence.HEURISTIC, "K8S-STEAL-01", "evict the pods and make the other nodes unschedulable,"
                                    + " so they are recreated on a node it controls", conditions);
                }
            }
        }
    }
}

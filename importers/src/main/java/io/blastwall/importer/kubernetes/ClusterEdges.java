package io.blastwall.importer.kubernetes;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * RBAC edges on cluster-level objects: the kubelet API through {@code nodes/proxy} (K8S-NODE-PROXY-01), hostPath
 * persistent volumes (K8S-PV-01), reading and writing the aws-auth ConfigMap (AWS-EKS-02; writing it is admin, see
 * {@link AdminRules}), status subresources (K8S-STATUS-01), validating webhooks that read every admitted object
 * (K8S-WH-01; mutating ones are admin), creating bindings without {@code bind} (K8S-RBAC-03: only roles whose
 * rules the subject holds, so it can pass its own rights on) and ClusterRoles labelled to aggregate into others
 * (K8S-RBAC-04: the rules spread to every subject of the aggregating role).
 */
final class ClusterEdges {
    private static final String CORE = "";
    private static final String RBAC = DerivedBindings.RBAC;
    private static final String ADMISSION = "admissionregistration.k8s.io";
    /** A node name no export has: only rules without resourceNames allow it. */
    private static final String UNLISTED_NODE = "blastwall:unlisted-node";

    private final Cluster cluster;
    private final Authorizer rbac;
    private final RbacWriter out;

    ClusterEdges(Cluster cluster, Authorizer rbac, RbacWriter out) {
        this.cluster = cluster;
        this.rbac = rbac;
        this.out = out;
    }

    void add(String subject) {
        nodeProxy(subject);
        persistentVolumes(subject);
        awsAuthAccess(subject);
        nodeStatus(subject);
        validatingWebhooks(subject);
        aggregation(subject);
        bindings(subject, "");
    }

    void add(String subject, String ns) {
        podAndServiceStatus(subject, ns);
        bindings(subject, ns);
    }

    /** Every node, or each named one (a rule without resourceNames also reaches nodes the export does not list). */
    private void nodeProxy(String subject) {
        List<String> nodes = new ArrayList<>(cluster.nodes().stream().map(KubeObject::name).toList());
        nodes.add(KubeIds.ANY_NODE);
        for (String node : nodes) {
            String name = node.equals(KubeIds.ANY_NODE) ? UNLISTED_NODE : node;
            List<Allow> ways = rbac.allowingAny(subject, "", List.of(Request.named("create", CORE, "nodes/proxy", name),
                    Request.named("get", CORE, "nodes/proxy", name)));
            for (Allow a : ways) {
                String target = node.equals(KubeIds.ANY_NODE) ? ClusterEntities.anyNode(cluster.name(), out.draft())
                        : KubeIds.node(cluster.name(), node);
                out.impersonate(subject, target, a, "K8S-NODE-PROXY-01", "run commands in pods through the kubelet API (nodes/proxy)");
            }
        }
    }

    /** A hostPath PersistentVolume mounts any node directory into a pod that claims it (K8S-PV-01). */
    private void persistentVolumes(String subject) {
        for (Allow a : rbac.allowing(subject, "", Request.of("create", CORE, "persistentvolumes"))) {
            out.relate(RelationKind.CAN_IMPERSONATE, subject, ClusterEntities.anyNode(cluster.name(), out.draft()), a,
                    Confidence.HEURISTIC, "K8S-PV-01", "create a hostPath persistent volume",
                    List.of("needs a pod that claims the volume (create pods, or a workload that mounts the claim)"));
        }
    }

    private void awsAuthAccess(String subject) {
        cluster.awsAuth().ifPresent(config -> {
            String target = KubeIds.object(cluster.name(), config);
            rbac.allowingAny(subject, config.namespace(), List.of(Request.named("get", CORE, "configmaps", config.name()),
                    Request.of("list", CORE, "configmaps"))).forEach(a -> out.access(subject, target, a, AccessLevel.READ,
                    "AWS-EKS-02", "read the aws-auth mappings"));
            rbac.allowingAny(subject, config.namespace(), List.of(Request.named("update", CORE, "configmaps", config.name()),
                    Request.named("patch", CORE, "configmaps", config.name()))).forEach(a -> out.access(subject, target, a,
                    AccessLevel.WRITE, "AWS-EKS-02", "map AWS principals into Kubernetes groups"));
        });
    }

    /** K8S-STATUS-01: node status (labels that steer scheduling). */
    private void nodeStatus(String subject) {
        List<Request> status = List.of(Request.of("update", CORE, "nodes/status"), Request.of("patch", CORE, "nodes/status"));
        for (Allow a : rbac.allowingAny(subject, "", status)) {
            List<String> nodes = cluster.nodes().stream().map(n -> KubeIds.node(cluster.name(), n.name())).toList();
            for (String node : nodes.isEmpty() ? List.of(ClusterEntities.anyNode(cluster.name(), out.draft())) : nodes) {
                out.access(subject, node, a, AccessLevel.WRITE, "K8S-STATUS-01",
                        "patch nodes/status (labels and conditions that steer scheduling)");
            }
        }
    }

    /** K8S-STATUS-01: pod status (fail a pod so its controller replaces it) and service status (CVE-2020-8554). */
    private void podAndServiceStatus(String subject, String ns) {
        for (Workload w : cluster.workloadsIn(ns)) {
            KubeObject o = w.object();
            if (o.kind().equals("Pod")) {
                rbac.allowingAny(subject, ns, List.of(Request.named("update", CORE, "pods/status", o.name()),
                        Request.named("patch", CORE, "pods/status", o.name()))).forEach(a -> out.access(subject,
                        KubeIds.object(cluster.name(), o), a, AccessLevel.WRITE, "K8S-STATUS-01", "patch pods/status"));
            }
        }
        for (KubeObject svc : cluster.in("Service", ns)) {
            rbac.allowingAny(subject, ns, List.of(Request.named("update", CORE, "services/status", svc.name()),
                    Request.named("patch", CORE, "services/status", svc.name()))).forEach(a -> out.access(subject,
                    KubeIds.object(cluster.name(), svc), a, AccessLevel.WRITE, "K8S-STATUS-01",
                    "patch services/status: a load-balancer ingress IP intercepts the cluster's traffic to it (CVE-2020-8554)"));
        }
    }

    /** A validating webhook receives every object admitted to the cluster, secrets included (K8S-WH-01). */
    private void validatingWebhooks(String subject) {
        List<Request> write = List.of(Request.of("create", ADMISSION, "validatingwebhookconfigurations"),
                Request.of("update", ADMISSION, "validatingwebhookconfigurations"),
                Request.of("patch", ADMISSION, "validatingwebhookconfigurations"));
        List<String> conditions = List.of("sees objects only when they are created or updated while the webhook is"
                + " registered; needs a webhook backend it controls");
        for (Allow a : rbac.allowingAny(subject, "", write)) {
            out.access(subject, KubeIds.cluster(cluster.name()), a, AccessLevel.READ, Confidence.CONDITIONAL, "K8S-WH-01",
                    "register a validating webhook: receive every admitted object", conditions);
            for (KubeObject s : cluster.secrets()) {
                out.access(subject, KubeIds.object(cluster.name(), s), a, AccessLevel.READ, Confidence.CONDITIONAL, "K8S-WH-01",
                        "register a validating webhook: receive the secret when it is written", conditions);
            }
        }
    }

    /**
     * K8S-RBAC-03: writing bindings without {@code bind} and without a binding the subject could make (RBAC-01):
     * the API accepts only roles whose rules the subject already holds in that scope, so it cannot escalate but can
     * hand its own rights to other subjects.
     */
    private void bindings(String subject, String ns) {
        String resource = ns.isEmpty() ? "clusterrolebindings" : "rolebindings";
        List<Allow> write = rbac.allowingAsBound(subject, ns, List.of(Request.of("create", RBAC, resource),
                Request.of("update", RBAC, resource), Request.of("patch", RBAC, resource)));
        if (write.isEmpty() || rbac.boundOrDerived(subject).stream().anyMatch(b -> b.allow().via().equals("K8S-RBAC-01")
                && b.namespace().equals(ns))) {
            return;
        }
        String target = ns.isEmpty() ? KubeIds.cluster(cluster.name()) : KubeIds.object(cluster.name(), "Namespace", ns);
        for (Allow a : write) {
            out.access(subject, target, a, AccessLevel.PERMISSIONS_MANAGEMENT, "K8S-RBAC-03", "write " + resource
                    + (ns.isEmpty() ? "" : " in " + ns) + " for roles whose rules it holds (no bind): give its own rights"
                    + " to other subjects");
        }
    }

    /** K8S-RBAC-04: a ClusterRole labelled {@code aggregate-to-<x>} adds its rules to every subject of x. */
    private void aggregation(String subject) {
        List<Allow> create = rbac.allowingAsBound(subject, "", List.of(Request.of("create", RBAC, "clusterroles")));
        if (create.isEmpty()) {
            return;
        }
        boolean escalate = !rbac.allowingAsBound(subject, "", List.of(Request.of("escalate", RBAC, "clusterroles"))).isEmpty();
        for (String role : cluster.roles().clusterRoleNames()) {
            if (!cluster.roles().isAggregated(role)) {
                continue;
            }
            String target = KubeIds.object(cluster.name(), "ClusterRole", role);
            if (out.draft().entity(target).isEmpty()) {
                continue;
            }
            for (Allow a : create) {
                out.access(subject, target, a, AccessLevel.PERMISSIONS_MANAGEMENT, "K8S-RBAC-04", "create a ClusterRole labelled"
                        + " to aggregate into " + role + ": " + (escalate ? "any rule (escalate)" : "rules it holds")
                        + " reach every subject bound to " + role);
            }
        }
    }
}

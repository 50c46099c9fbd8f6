package io.blastwall.importer.kubernetes;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.GrantId;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Escalation and lateral-movement edges from RBAC (catalogue §2.2), per subject and namespace: workload creation
 * (K8S-WL-01/02/03), pod patching (WL-04), exec/attach/ephemeral containers (EXEC-01/02/03), secrets (SEC-01/02/03),
 * token requests (TOK-01), impersonation (IMP-01), bind/escalate (RBAC-01/02), nodes/proxy (NODE-PROXY-01), hostPath
 * persistent volumes (PV-01), and read/write access to secrets and the aws-auth ConfigMap.
 * Cluster-level admin-equivalence (§2.5) is left to {@link AdminRules}.
 */
final class RbacEdges {
    private static final String CORE = "";
    private static final String RBAC = "rbac.authorization.k8s.io";
    static final List<String[]> CONTROLLERS = List.of(new String[] {"apps", "deployments"},
            new String[] {"apps", "daemonsets"}, new String[] {"apps", "statefulsets"}, new String[] {"apps", "replicasets"},
            new String[] {"batch", "jobs"}, new String[] {"batch", "cronjobs"}, new String[] {CORE, "replicationcontrollers"});
    private static final Set<String> SAFE_PSA = Set.of("baseline", "restricted");

    private final Cluster cluster;
    private final Authorizer rbac;
    private final KubeDraft draft;

    RbacEdges(Cluster cluster, Authorizer rbac, KubeDraft draft) {
        this.cluster = cluster;
        this.rbac = rbac;
        this.draft = draft;
    }

    void addAll() {
        for (String subject : rbac.subjects().keySet()) {
            for (String ns : cluster.namespaces()) {
                workloads(subject, ns);
                podAccess(subject, ns);
                secrets(subject, ns);
                serviceAccounts(subject, ns);
                bindings(subject, ns);
            }
            nodeProxy(subject);
            persistentVolumes(subject);
            impersonateUsersAndGroups(subject);
            awsAuthAccess(subject);
        }
    }

    /** Grants that let the subject create pods, or create/update/patch a pod controller, in the namespace. */
    static List<GrantId> workloadCreation(Authorizer rbac, String subject, String ns, boolean controllersOnly) {
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

    private void workloads(String subject, String ns) {
        List<GrantId> pods = rbac.allowing(subject, ns, Request.of("create", CORE, "pods"));
        List<GrantId> controllers = workloadCreation(rbac, subject, ns, true);
        toEveryAccount(subject, ns, pods, "K8S-WL-01", "create pods");
        toEveryAccount(subject, ns, controllers, "K8S-WL-02", "create or update workload controllers");
        Set<GrantId> any = new LinkedHashSet<>(pods);
        any.addAll(controllers);
        for (GrantId g : any) {
            cluster.secrets().stream().filter(s -> s.namespace().equals(ns)).forEach(s -> access(subject,
                    KubeIds.object(cluster.name(), s), g, AccessLevel.READ, "mount the secret into a pod", "K8S-WL-01"));
            String psa = cluster.namespace(ns).map(o -> o.labels().getOrDefault("pod-security.kubernetes.io/enforce", ""))
                    .orElse("");
            if (!SAFE_PSA.contains(psa)) {
                draft.relate(KubeEdge.of(RelationKind.CAN_IMPERSONATE, subject, ClusterEntities.anyNode(cluster.name(), draft),
                        List.of(g), Confidence.HEURISTIC, "K8S-WL-03")
                        .withActions(Set.of("create a privileged or hostPath pod in " + ns))
                        .withConditions(List.of("admission must allow privileged, hostPID or hostPath pods in namespace "
                                + ns + " (no Pod Security Admission baseline/restricted label, no policy engine)")));
            }
        }
    }

    private void toEveryAccount(String subject, String ns, List<GrantId> grants, String rule, String action) {
        for (GrantId g : grants) {
            for (String sa : cluster.serviceAccountsIn(ns)) {
                draft.relate(KubeEdge.of(RelationKind.CAN_IMPERSONATE, subject, KubeIds.serviceAccount(cluster.name(), sa),
                        List.of(g), Confidence.PROVEN, rule).withActions(Set.of(action + " in " + ns + " running as " + sa)));
            }
        }
    }

    /** Patch (image swap), exec, attach and ephemeral containers reach the workload, which runs as its service account. */
    private void podAccess(String subject, String ns) {
        for (Workload w : cluster.workloads()) {
            KubeObject o = w.object();
            if (!o.namespace().equals(ns)) {
                continue;
            }
            String target = KubeIds.object(cluster.name(), o);
            boolean pod = o.kind().equals("Pod");
            podEdge(subject, ns, target, pod ? List.of(Request.named("update", CORE, "pods", o.name()),
                    Request.named("patch", CORE, "pods", o.name())) : List.of(), "K8S-WL-04", "replace the container image");
            podEdge(subject, ns, target, List.of(podRequest("create", "pods/exec", o, pod), podRequest("get", "pods/exec", o, pod)),
                    "K8S-EXEC-01", "exec into the pod");
            podEdge(subject, ns, target, List.of(podRequest("create", "pods/attach", o, pod)), "K8S-EXEC-02", "attach to the pod");
            podEdge(subject, ns, target, List.of(podRequest("update", "pods/ephemeralcontainers", o, pod),
                    podRequest("patch", "pods/ephemeralcontainers", o, pod)), "K8S-EXEC-03", "add an ephemeral container");
        }
    }

    /** Pods of controllers have generated names: only rules without resourceNames reach them. */
    private static Request podRequest(String verb, String resource, KubeObject o, boolean pod) {
        return pod ? Request.named(verb, CORE, resource, o.name()) : Request.of(verb, CORE, resource);
    }

    private void podEdge(String subject, String ns, String target, List<Request> requests, String rule, String action) {
        for (GrantId g : rbac.allowingAny(subject, ns, requests)) {
            draft.relate(KubeEdge.of(RelationKind.CAN_IMPERSONATE, subject, target, List.of(g), Confidence.PROVEN, rule)
                    .withActions(Set.of(action)));
        }
    }

    private void secrets(String subject, String ns) {
        List<GrantId> listing = rbac.allowingAny(subject, ns, List.of(Request.of("list", CORE, "secrets"),
                Request.of("watch", CORE, "secrets")));
        for (KubeObject s : cluster.secrets()) {
            if (!s.namespace().equals(ns)) {
                continue;
            }
            String secret = KubeIds.object(cluster.name(), s);
            List<GrantId> getting = rbac.allowing(subject, ns, Request.named("get", CORE, "secrets", s.name()));
            listing.forEach(g -> access(subject, secret, g, AccessLevel.READ, "list secrets (values included)", "K8S-SEC-01"));
            getting.forEach(g -> access(subject, secret, g, AccessLevel.READ, "get the secret", "K8S-SEC-02"));
            Cluster.tokenSecretAccount(s).ifPresent(sa -> {
                String account = KubeIds.serviceAccount(cluster.name(), ns + "/" + sa);
                listing.forEach(g -> draft.relate(KubeEdge.of(RelationKind.CAN_IMPERSONATE, subject, account, List.of(g),
                        Confidence.PROVEN, "K8S-SEC-01").withActions(Set.of("read the token secret " + s.key()))));
                getting.stream().filter(g -> !listing.contains(g)).forEach(g -> draft.relate(KubeEdge.of(
                        RelationKind.CAN_IMPERSONATE, subject, account, List.of(g), Confidence.CONDITIONAL, "K8S-SEC-02")
                        .withActions(Set.of("get the token secret " + s.key()))
                        .withConditions(List.of("the secret's name must be known or guessed (no list or watch)"))));
            });
        }
        List<GrantId> create = rbac.allowing(subject, ns, Request.of("create", CORE, "secrets"));
        List<GrantId> read = rbac.allowingAny(subject, ns, List.of(Request.of("get", CORE, "secrets"),
                Request.of("list", CORE, "secrets"), Request.of("watch", CORE, "secrets")));
        for (List<GrantId> pair : pairs(create, read)) {
            for (String sa : cluster.serviceAccountsIn(ns)) {
                draft.relate(KubeEdge.of(RelationKind.CAN_IMPERSONATE, subject, KubeIds.serviceAccount(cluster.name(), sa), pair,
                        Confidence.PROVEN, "K8S-SEC-03").withActions(Set.of("create a service-account-token secret for " + sa)));
            }
        }
    }

    private void serviceAccounts(String subject, String ns) {
        for (String sa : cluster.serviceAccountsIn(ns)) {
            String name = sa.substring(ns.length() + 1);
            String target = KubeIds.serviceAccount(cluster.name(), sa);
            rbac.allowing(subject, ns, Request.named("create", CORE, "serviceaccounts/token", name)).forEach(g -> draft.relate(
                    KubeEdge.of(RelationKind.CAN_IMPERSONATE, subject, target, List.of(g), Confidence.PROVEN, "K8S-TOK-01")
                            .withActions(Set.of("create serviceaccounts/token (any audience)"))));
            rbac.allowing(subject, ns, Request.named("impersonate", CORE, "serviceaccounts", name)).forEach(g -> draft.relate(
                    KubeEdge.of(RelationKind.CAN_IMPERSONATE, subject, target, List.of(g), Confidence.PROVEN, "K8S-IMP-01")
                            .withActions(Set.of("impersonate serviceaccounts"))));
        }
    }

    /**
     * bind (RBAC-01) or escalate (RBAC-02) with the right to create bindings or update roles in a namespace: the
     * subject can give itself {@code admin} there, and so reach every service account of the namespace.
     */
    private void bindings(String subject, String ns) {
        List<GrantId> bind = rbac.allowingAny(subject, ns, List.of(Request.named("bind", RBAC, "clusterroles", "admin"),
                Request.named("bind", RBAC, "clusterroles", "cluster-admin")));
        List<GrantId> createBinding = rbac.allowingAny(subject, ns, List.of(Request.of("create", RBAC, "rolebindings")));
        List<GrantId> escalate = rbac.allowingAny(subject, ns, List.of(Request.of("escalate", RBAC, "roles")));
        List<GrantId> changeRole = rbac.allowingAny(subject, ns, List.of(Request.of("create", RBAC, "roles"),
                Request.of("update", RBAC, "roles"), Request.of("patch", RBAC, "roles")));
        rbacEdges(subject, ns, pairs(bind, createBinding), "K8S-RBAC-01", "bind admin to itself in " + ns);
        List<List<GrantId>> escalation = new ArrayList<>();
        for (List<GrantId> pair : pairs(escalate, changeRole)) {
            for (GrantId b : createBinding) {
                List<GrantId> all = new ArrayList<>(pair);
                all.add(b);
                escalation.add(all);
            }
        }
        rbacEdges(subject, ns, escalation, "K8S-RBAC-02", "write a role with any rule and bind it to itself in " + ns);
    }

    private void rbacEdges(String subject, String ns, List<List<GrantId>> grantSets, String rule, String action) {
        for (List<GrantId> grants : grantSets) {
            for (String sa : cluster.serviceAccountsIn(ns)) {
                draft.relate(KubeEdge.of(RelationKind.CAN_IMPERSONATE, subject, KubeIds.serviceAccount(cluster.name(), sa),
                        grants, Confidence.PROVEN, rule).withActions(Set.of(action + ", then run a pod as " + sa)));
            }
        }
    }

    private void nodeProxy(String subject) {
        List<String> nodes = cluster.nodes().stream().map(KubeObject::name).toList();
        for (String node : nodes.isEmpty() ? List.of(KubeIds.ANY_NODE) : nodes) {
            List<GrantId> grants = rbac.allowingAny(subject, "", List.of(Request.named("create", CORE, "nodes/proxy", node),
                    Request.named("get", CORE, "nodes/proxy", node)));
            for (GrantId g : grants) {
                String target = node.equals(KubeIds.ANY_NODE) ? ClusterEntities.anyNode(cluster.name(), draft)
                        : KubeIds.node(cluster.name(), node);
                draft.relate(KubeEdge.of(RelationKind.CAN_IMPERSONATE, subject, target, List.of(g), Confidence.PROVEN,
                        "K8S-NODE-PROXY-01").withActions(Set.of("run commands in pods through the kubelet API (nodes/proxy)")));
            }
        }
    }

    /** A hostPath PersistentVolume mounts any node directory into a pod that claims it (K8S-PV-01). */
    private void persistentVolumes(String subject) {
        for (GrantId g : rbac.allowing(subject, "", Request.of("create", CORE, "persistentvolumes"))) {
            draft.relate(KubeEdge.of(RelationKind.CAN_IMPERSONATE, subject, ClusterEntities.anyNode(cluster.name(), draft),
                    List.of(g), Confidence.HEURISTIC, "K8S-PV-01").withActions(Set.of("create a hostPath persistent volume"))
                    .withConditions(List.of("needs a pod that claims the volume (create pods, or a workload that mounts the claim)")));
        }
    }

    /** Reading and writing the aws-auth ConfigMap (writing it is admin: AWS-EKS-02, see {@link AdminRules}). */
    private void awsAuthAccess(String subject) {
        cluster.awsAuth().ifPresent(config -> {
            String target = KubeIds.object(cluster.name(), config);
            rbac.allowingAny(subject, config.namespace(), List.of(Request.named("get", CORE, "configmaps", config.name()),
                    Request.of("list", CORE, "configmaps"))).forEach(g -> access(subject, target, g, AccessLevel.READ,
                    "read the aws-auth mappings", "AWS-EKS-02"));
            rbac.allowingAny(subject, config.namespace(), List.of(Request.named("update", CORE, "configmaps", config.name()),
                    Request.named("patch", CORE, "configmaps", config.name()))).forEach(g -> access(subject, target, g,
                    AccessLevel.WRITE, "map AWS principals into Kubernetes groups", "AWS-EKS-02"));
        });
    }

    private void impersonateUsersAndGroups(String subject) {
        for (Authorizer.Subject target : rbac.subjects().values()) {
            String resource = switch (target.kind()) {
                case "User" -> "users";
                case "Group" -> "groups";
                default -> "";
            };
            if (resource.isEmpty()) {
                continue;
            }
            rbac.allowing(subject, "", Request.named("impersonate", CORE, resource, target.name())).forEach(g -> draft.relate(
                    KubeEdge.of(RelationKind.CAN_IMPERSONATE, subject, target.id(), List.of(g), Confidence.PROVEN, "K8S-IMP-01")
                            .withActions(Set.of("impersonate " + resource))));
        }
    }

    private void access(String subject, String resource, GrantId grant, AccessLevel level, String action, String rule) {
        draft.relate(new KubeEdge(RelationKind.CAN_ACCESS, subject, resource, level, Set.of(action), List.of(grant),
                Confidence.PROVEN, rule, List.of()));
    }

    static List<List<GrantId>> pairs(List<GrantId> a, List<GrantId> b) {
        Set<List<GrantId>> out = new LinkedHashSet<>();
        for (GrantId x : a) {
            for (GrantId y : b) {
                out.add(x.equals(y) ? List.of(x) : List.of(x, y));
            }
        }
        return List.copyOf(out);
    }
}

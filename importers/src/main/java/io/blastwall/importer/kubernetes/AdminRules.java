package io.blastwall.importer.kubernetes;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.GrantId;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Admin-equivalence in a cluster (catalogue §2.5): {@code system:masters} (K-E6), a wildcard ClusterRole through a
 * ClusterRoleBinding, bind + create clusterrolebindings (RBAC-01), escalate on clusterroles (RBAC-02),
 * impersonating {@code system:masters} (IMP-01), approving client CSRs (CSR-01), mutating webhooks (WH-01), workload
 * creation, token requests or secret reading in {@code kube-system}, and writing the aws-auth ConfigMap
 * (AWS-EKS-02). Each way is an ADMIN_OF edge to the cluster; admin subjects become CRITICAL. The cluster CONTROLS
 * every service account in it, for whoever becomes its admin (here, or through EKS access entries).
 */
final class AdminRules {
    static final String MASTERS = "system:masters";
    private static final String CORE = "";
    private static final String KUBE_SYSTEM = "kube-system";

    private final Cluster cluster;
    private final Authorizer rbac;
    private final KubeDraft draft;
    private final Map<String, Set<String>> reasons = new LinkedHashMap<>();
    /** The grants of each way to a cluster-wide wildcard binding: any other way needing all of one adds nothing. */
    private final Set<Set<GrantId>> wildcards = new LinkedHashSet<>();

    AdminRules(Cluster cluster, Authorizer rbac, KubeDraft draft) {
        this.cluster = cluster;
        this.rbac = rbac;
        this.draft = draft;
    }

    void addAll() {
        String masters = KubeIds.group(cluster.name(), MASTERS);
        if (draft.entity(masters).isPresent()) {
            admin(masters, new Allow(List.of(), "", ""), Confidence.PROVEN, "K8S-ADMIN-MASTERS",
                    "member of system:masters (bypasses RBAC)");
        }
        for (String s : rbac.subjects().keySet()) {
            for (BoundRules b : rbac.boundOrDerived(s)) {
                if (b.clusterWide() && b.isWildcard()) {
                    admin(s, b.allow(), Confidence.PROVEN, "K8S-ADMIN-WILDCARD",
                            "every verb on every resource cluster-wide (" + b.role() + ")");
                    wildcards.add(Set.copyOf(b.allow().grants()));
                }
            }
            one(s, "", List.of(Request.named("impersonate", CORE, "groups", MASTERS)), "K8S-IMP-01", "impersonate system:masters");
            csr(s);
            one(s, "", List.of(Request.of("create", "admissionregistration.k8s.io", "mutatingwebhookconfigurations"),
                    Request.of("update", "admissionregistration.k8s.io", "mutatingwebhookconfigurations"),
                    Request.of("patch", "admissionregistration.k8s.io", "mutatingwebhookconfigurations")),
                    "K8S-WH-01", "inject into every pod through a mutating webhook");
            kubeSystem(s);
        }
        controlPlaneNodes();
        mark();
    }

    /** A control-plane node's disk holds the cluster CA key, etcd data and admin credentials (catalogue §2.5). */
    private void controlPlaneNodes() {
        for (KubeObject node : cluster.controlPlaneNodes()) {
            admin(KubeIds.node(cluster.name(), node.name()), new Allow(List.of(), "", ""), Confidence.HEURISTIC,
                    "K8S-ADMIN-CONTROL-PLANE-NODE", "a control-plane node: its disk holds the cluster's CA key and admin credentials");
        }
    }

    private void kubeSystem(String s) {
        rbac.allowing(s, KUBE_SYSTEM, Request.of("create", CORE, "pods")).forEach(a ->
                admin(s, a, Confidence.PROVEN, "K8S-WL-01", "create pods in kube-system"));
        WorkloadEdges.workloadCreation(rbac, s, KUBE_SYSTEM, true).forEach(a ->
                admin(s, a, Confidence.PROVEN, "K8S-WL-02", "create workload controllers in kube-system"));
        one(s, KUBE_SYSTEM, List.of(Request.of("create", CORE, "serviceaccounts/token")), "K8S-TOK-01",
                "request tokens of kube-system service accounts");
        one(s, KUBE_SYSTEM, List.of(Request.of("list", CORE, "secrets"), Request.of("watch", CORE, "secrets")), "K8S-SEC-01",
                "read kube-system secrets");
        both(s, KUBE_SYSTEM, List.of(Request.of("create", CORE, "secrets")), List.of(Request.of("get", CORE, "secrets"),
                Request.of("list", CORE, "secrets")), "K8S-SEC-03", "mint a kube-system service-account token");
        List<Allow> awsAuth = cluster.usesAwsAuth() ? rbac.allowingAny(s, KUBE_SYSTEM, List.of(
                Request.named("update", CORE, "configmaps", "aws-auth"), Request.named("patch", CORE, "configmaps", "aws-auth")))
                : List.of();
        boolean eks = cluster.isEks();
        for (Allow a : awsAuth) {
            admin(s, a, eks ? Confidence.PROVEN : Confidence.CONDITIONAL, "AWS-EKS-02",
                    "map an own AWS role into system:masters in the aws-auth ConfigMap",
                    eks ? List.of() : List.of("only on EKS clusters that authenticate through aws-auth"), "can write the aws-auth ConfigMap");
        }
    }

    private void csr(String s) {
        List<Allow> create = rbac.allowing(s, "", Request.of("create", "certificates.k8s.io", "certificatesigningrequests"));
        List<Allow> approval = rbac.allowingAny(s, "", List.of(
                Request.named("update", "certificates.k8s.io", "certificatesigningrequests/approval", "*"),
                Request.of("update", "certificates.k8s.io", "certificatesigningrequests/approval")));
        List<Allow> approve = rbac.allowingAny(s, "", List.of(
                Request.named("approve", "certificates.k8s.io", "signers", "kubernetes.io/kube-apiserver-client"),
                Request.named("approve", "certificates.k8s.io", "signers", "kubernetes.io/*")));
        for (Allow a : Allow.pairs(Allow.pairs(create, approval), approve)) {
            admin(s, a, Confidence.PROVEN, "K8S-CSR-01", "sign a client certificate for system:masters");
        }
    }

    private void one(String s, String ns, List<Request> requests, String rule, String reason) {
        rbac.allowingAny(s, ns, requests).forEach(a -> admin(s, a, Confidence.PROVEN, rule, reason));
    }

    private void both(String s, String ns, List<Request> first, List<Request> second, String rule, String reason) {
        Allow.pairs(rbac.allowingAny(s, ns, first), rbac.allowingAny(s, ns, second))
                .forEach(a -> admin(s, a, Confidence.PROVEN, rule, reason));
    }

    private void admin(String subject, Allow allow, Confidence confidence, String rule, String reason) {
        admin(subject, allow, confidence, rule, reason, List.of(), reason);
    }

    /** Records one way to admin; ways that only repeat what a wildcard binding already gives are left out. */
    private void admin(String subject, Allow allow, Confidence confidence, String rule, String reason, List<String> conditions,
            String summary) {
        if (!rule.equals("K8S-ADMIN-WILDCARD") && wildcards.stream().anyMatch(w -> !w.isEmpty() && allow.grants().containsAll(w))) {
            return;
        }
        draft.relate(new KubeEdge(RelationKind.ADMIN_OF, subject, KubeIds.cluster(cluster.name()), AccessLevel.NONE,
                Set.of(allow.action(reason)), allow.grants(), confidence, allow.rule(rule), conditions));
        reasons.computeIfAbsent(subject, k -> new LinkedHashSet<>()).add(allow.isDerived() ? allow.how() + ", then " + summary
                : summary);
    }

    private void mark() {
        reasons.forEach((subject, why) -> draft.update(subject, e -> e.withSensitivity(Sensitivity.CRITICAL)
                .withProperty("adminEquivalent", "true")
                .withProperty("adminReason", String.join("; ", why))
                .withProperty("sensitivityReason", "admin-equivalent in cluster " + cluster.name() + ": " + String.join("; ", why))));
        for (String sa : cluster.serviceAccounts().keySet()) {
            draft.relate(KubeEdge.of(RelationKind.CONTROLS, KubeIds.cluster(cluster.name()),
                    KubeIds.serviceAccount(cluster.name(), sa), List.of(), Confidence.PROVEN, "K8S-CLUSTER-ADMIN"));
        }
    }
}

package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.KubeFixture.importAll;
import static io.blastwall.importer.kubernetes.KubeFixture.rules;
import static io.blastwall.importer.kubernetes.KubeFixture.shared;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.importer.DetectedSource;
import io.blastwall.importer.FormatDetector;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.ImportWarning;
import io.blastwall.importer.SourceInput;
import io.blastwall.importer.Warnings;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.RelationKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The real RBAC exports and manifests in {@code ../shared/data/k8s-rbac}. */
class SharedClusterDataTest {
    private static final String C = "k8s://k8s-rbac";
    private static final String CORE = "";

    @Test
    void aRealClusterRoleListHas78RolesAndTheDefaultRolesAggregate() throws Exception {
        RoleCatalog catalog = new RoleCatalog(read("c7n_kube_real-cluster_ClusterRoleList.json"), new Warnings());
        assertEquals(78, catalog.all().size());
        assertEquals(Map.of("admin", List.of(true, true, true), "edit", List.of(true, true, false),
                "view", List.of(false, false, false), "cluster-admin", List.of(true, true, true)),
                Map.of("admin", powers(catalog, "admin"), "edit", powers(catalog, "edit"), "view", powers(catalog, "view"),
                        "cluster-admin", powers(catalog, "cluster-admin")));
    }

    /** [create pods, list secrets, create rolebindings] in namespace-scoped use. */
    private static List<Boolean> powers(RoleCatalog catalog, String role) {
        List<PolicyRule> rules = catalog.rules("ClusterRole", "", role).orElseThrow();
        return List.of(Request.of("create", CORE, "pods"), Request.of("list", CORE, "secrets"),
                        Request.of("create", "rbac.authorization.k8s.io", "rolebindings")).stream()
                .map(r -> rules.stream().anyMatch(p -> p.allows(r))).toList();
    }

    @Test
    void bootstrapBindingsMakeSystemMastersAdminOfTheCluster() {
        IdentityGraph g = importAll(List.of(shared("k8s-bootstrappolicy_cluster-role-bindings.yaml"),
                shared("c7n_kube_real-cluster_ClusterRoleList.json"))).graph();
        assertEquals(List.of("K8S-ADMIN-MASTERS", "K8S-ADMIN-WILDCARD"),
                rules(g, RelationKind.ADMIN_OF, C + "/group/system:masters", C));
        assertEquals(10L, g.grants().stream().filter(x -> x.id().value().startsWith("k8s:binding:k8s-rbac/ClusterRoleBinding/")).count());
        assertEquals(78L, count(g, "Kubernetes::ClusterRole"));
    }

    /**
     * The bootstrap bindings with a real cluster's roles: the built-in subjects that are admin-equivalent, and how.
     * The controllers that create pods in kube-system, read its secrets or may rewrite their own ClusterRole
     * (the aggregation controller: escalate + update) hold the cluster; the scheduler, kube-proxy and the
     * remaining controllers do not.
     */
    @Test
    void theBuiltInAdminEquivalentSubjectsAreTheKnownOnes() {
        IdentityGraph g = importAll(List.of(shared("k8s-bootstrappolicy_cluster-role-bindings.yaml"),
                shared("k8s-bootstrappolicy_controller-role-bindings.yaml"), shared("k8s-bootstrappolicy_namespace-role-bindings.yaml"),
                shared("k8s-bootstrappolicy_namespace-roles.yaml"), shared("c7n_kube_real-cluster_ClusterRoleList.json"),
                shared("c7n_kube_real-cluster_RoleList.json"))).graph();
        Map<String, String> admins = new TreeMap<>();
        g.relations().stream().filter(r -> r.kind() == RelationKind.ADMIN_OF && r.confidence() == Confidence.PROVEN)
                .forEach(r -> admins.merge(g.require(r.from()).name(), r.rule(), (a, b) -> a.compareTo(b) < 0 ? a : b));
        assertEquals(Map.ofEntries(
                Map.entry("system:masters", "K8S-ADMIN-MASTERS"),
                Map.entry("kube-system/bootstrap-signer", "K8S-SEC-01"),
                Map.entry("kube-system/clusterrole-aggregation-controller", "K8S-RBAC-02"),
                Map.entry("kube-system/cronjob-controller", "K8S-WL-02"),
                Map.entry("kube-system/daemon-set-controller", "K8S-WL-01"),
                Map.entry("kube-system/deployment-controller", "K8S-WL-02"),
                Map.entry("kube-system/generic-garbage-collector", "K8S-WH-01+K8S-WL-02+K8S-SEC-01"),
                Map.entry("kube-system/job-controller", "K8S-WL-01+K8S-WL-02"),
                Map.entry("kube-system/namespace-controller", "K8S-SEC-01"),
                Map.entry("kube-system/persistent-volume-binder", "K8S-WL-01"),
                Map.entry("kube-system/replicaset-controller", "K8S-WL-01+K8S-WL-02"),
                Map.entry("kube-system/replication-controller", "K8S-WL-01+K8S-WL-02"),
                Map.entry("kube-system/resourcequota-controller", "K8S-SEC-01"),
                Map.entry("kube-system/statefulset-controller", "K8S-WL-01"),
                Map.entry("kube-system/token-cleaner", "K8S-SEC-01"),
                Map.entry("system:kube-controller-manager", "K8S-TOK-01+K8S-SEC-01+K8S-SEC-03")), admins);
    }

    @Test
    void aClusterRoleBindingToARoleIsIgnoredWithAWarning() {
        ImportResult r = importAll(List.of(shared("kubehound_collector_testdata_clusterrolebindings.rbac.authorization.k8s.io.json"),
                shared("kubehound_collector_testdata_namespace-1_roles.rbac.authorization.k8s.io.json"),
                shared("kubehound_collector_testdata_namespace-1_rolebindings.rbac.authorization.k8s.io.json"),
                shared("kubehound_collector_testdata_namespace-1_pods.json")));
        assertEquals(List.of("ClusterRoleBinding app-monitors-read refers to a Role, which Kubernetes does not allow; ignored"),
                r.warnings().stream().map(ImportWarning::message).filter(m -> m.contains("refers to a Role")).toList());
        String monitors = C + "/serviceaccount/test-app/app-monitors";
        assertEquals(List.of("K8S-ID-01"), rules(r.graph(), RelationKind.RUNS_AS,
                C + "/pod/test-app/app-monitors-client-78cb6d7899-j2rjp", monitors));
        assertEquals(List.of(), r.graph().outgoing(KubeDraft.id(monitors)).stream()
                .filter(x -> x.kind().traversable()).toList());
    }

    /** The file repeats some Roles under the same namespace and name: one object each, as in a cluster. */
    @Test
    void multiDocumentYamlIsReadWholly() {
        IdentityGraph g = importAll(List.of(shared("rbac-tool_testdata_all.yaml"))).graph();
        assertEquals(Map.of("Kubernetes::Role", 6L, "Kubernetes::ClusterRole", 9L),
                Map.of("Kubernetes::Role", count(g, "Kubernetes::Role"), "Kubernetes::ClusterRole", count(g, "Kubernetes::ClusterRole")));
        assertEquals(List.of("mynamespace/example-user", "test/gateway-network-operator-sa"), g.entities().stream()
                .filter(e -> e.property("declared").equals("true")).map(Entity::name).sorted().toList());
    }

    @Test
    void argoCdControllersAreAdminEquivalent() {
        IdentityGraph g = importAll(List.of(shared("argo-cd_install_rbac-and-workloads.yaml"))).graph();
        assertEquals(List.of("K8S-ADMIN-WILDCARD"), rules(g, RelationKind.ADMIN_OF,
                C + "/serviceaccount/argocd/argocd-application-controller", C));
        Map<String, String> admins = g.entities().stream().filter(e -> e.property("adminEquivalent").equals("true"))
                .collect(Collectors.toMap(Entity::name, e -> e.property("adminReason"), (a, b) -> a, TreeMap::new));
        assertEquals(Map.of("argocd/argocd-application-controller", "every verb on every resource cluster-wide"
                        + " (ClusterRole/argocd-application-controller)",
                "argocd/argocd-applicationset-controller", "read kube-system secrets",
                "argocd/argocd-server", "inject into every pod through a mutating webhook; create workload controllers in"
                        + " kube-system; can write the aws-auth ConfigMap"), admins);
    }

    private static long count(IdentityGraph g, String nativeType) {
        return g.entities().stream().filter(e -> e.nativeType().equals(nativeType) && !e.property("builtIn").equals("true")).count();
    }

    private static List<KubeObject> read(String file) throws Exception {
        Path path = shared(file);
        DetectedSource source = new FormatDetector().detect(new SourceInput(path.toString(), Files.readAllBytes(path), true));
        return new ManifestReader(new Warnings(), "default").read(source);
    }
}

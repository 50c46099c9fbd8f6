package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.KubeFixture.cluster;
import static io.blastwall.importer.kubernetes.KubeFixture.relations;
import static io.blastwall.importer.kubernetes.KubeFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.Confidence;
import io.blastwall.model.Evidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small cluster per catalogue rule (§2.1, §2.2, §2.5): the edge when the rule holds, none when it does not. */
class RbacRulesTest {
    private static final String C = "k8s://c1";
    private static final String ALICE = C + "/user/alice";
    private static final String BOT = C + "/serviceaccount/a/bot";
    private static final String OTHER = C + "/serviceaccount/b/other";
    private static final String ACCOUNTS = """
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: bot, namespace: a}
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: other, namespace: b}
            """;

    @TempDir
    Path dir;

    private IdentityGraph withRole(String kind, String namespace, String rules, String bindingKind) {
        String ns = namespace.isEmpty() ? "" : ", namespace: " + namespace;
        return cluster(dir, "c1", ACCOUNTS + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: %s
                metadata: {name: r%s}
                rules:
                %s
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: %s
                metadata: {name: rb%s}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: %s, name: r}
                subjects: [{kind: User, name: alice}]
                """.formatted(kind, kind.equals("Role") ? ns : "", rules.indent(0), bindingKind,
                bindingKind.equals("RoleBinding") ? ns : "", kind));
    }

    private IdentityGraph role(String rules) {
        return withRole("Role", "a", rules, "RoleBinding");
    }

    private IdentityGraph clusterWide(String rules) {
        return withRole("ClusterRole", "", rules, "ClusterRoleBinding");
    }

    @Test
    void createPodsReachesEveryServiceAccountOfTheNamespaceOnly() {
        IdentityGraph g = role("- {apiGroups: [''], resources: [pods], verbs: [create]}");
        assertEquals(List.of("K8S-WL-01"), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, OTHER));
    }

    @Test
    void anEdgeShowsTheRulesOfTheRoleItsBindingGives() {
        IdentityGraph g = role("- {apiGroups: [''], resources: [pods], verbs: [create]}");
        List<Evidence> evidence = relations(g, RelationKind.CAN_IMPERSONATE, ALICE, BOT).get(0).evidence();
        assertTrue(evidence.stream().anyMatch(e -> e.location().endsWith(".rules")
                && e.text().contains("\"kind\":\"Role\"") && e.text().contains("\"verbs\":[\"create\"]")), evidence.toString());
    }

    @Test
    void podsInTheWrongApiGroupOrWithResourceNamesGiveNothing() {
        assertEquals(List.of(), rules(role("- {apiGroups: [apps], resources: [pods], verbs: [create]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(role("- {apiGroups: [''], resources: [pods], verbs: [create], resourceNames: [x]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT));
    }

    @Test
    void workloadControllersCountOnlyInTheirOwnGroup() {
        assertEquals(List.of("K8S-WL-02"), rules(role("- {apiGroups: [apps], resources: [deployments], verbs: [patch]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(role("- {apiGroups: [''], resources: [deployments], verbs: [create]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of("K8S-WL-02"), rules(role("- {apiGroups: [batch], resources: ['*'], verbs: ['*']}"),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT));
    }

    @Test
    void aRoleBindingToAClusterRoleGrantsOnlyInItsNamespace() {
        IdentityGraph g = withRole("ClusterRole", "a", "- {apiGroups: [''], resources: [pods], verbs: [create]}", "RoleBinding");
        assertEquals(List.of("K8S-WL-01"), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, OTHER));
        IdentityGraph wide = clusterWide("- {apiGroups: [''], resources: [pods], verbs: [create]}");
        assertEquals(List.of("K8S-WL-01"), rules(wide, RelationKind.CAN_IMPERSONATE, ALICE, OTHER));
    }

    @Test
    void tokenRequestsFollowResourceNames() {
        IdentityGraph g = withRole("ClusterRole", "", "- {apiGroups: [''], resources: [serviceaccounts/token], verbs: [create],"
                + " resourceNames: [bot]}", "ClusterRoleBinding");
        assertEquals(List.of("K8S-TOK-01"), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, OTHER));
        assertEquals(List.of(), rules(role("- {apiGroups: [''], resources: [serviceaccounts], verbs: [create]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT));
    }

    @Test
    void impersonatingAServiceAccountNeedsOnlyARoleInItsNamespace() {
        IdentityGraph g = role("- {apiGroups: [''], resources: [serviceaccounts], verbs: [impersonate]}");
        assertEquals(List.of("K8S-IMP-01"), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, OTHER), "another namespace's account");
        assertEquals(List.of(), rules(role("- {apiGroups: [''], resources: [serviceaccounts], verbs: [impersonate],"
                + " resourceNames: [someone-else]}"), RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(role("- {apiGroups: [''], resources: [serviceaccounts], verbs: [get]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT));
    }

    @Test
    void impersonatingSystemMastersIsAdmin() {
        IdentityGraph g = clusterWide("- {apiGroups: [''], resources: [groups], verbs: [impersonate]}");
        assertEquals(List.of("K8S-IMP-01"), rules(g, RelationKind.ADMIN_OF, ALICE, C));
        assertEquals("true", g.require(KubeDraft.id(ALICE)).property("adminEquivalent"));
        IdentityGraph limited = clusterWide("- {apiGroups: [''], resources: [groups], verbs: [impersonate], resourceNames: [devs]}");
        assertEquals(List.of(), rules(limited, RelationKind.ADMIN_OF, ALICE, C));
    }

    @Test
    void bindWithBindingCreationReachesTheNamespaceAndWithoutItNothing() {
        String bind = "- {apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind]}";
        String create = "\n- {apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], verbs: [create]}";
        assertEquals(List.of("K8S-RBAC-01"), rules(role(bind + create), RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(role(bind), RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(role(create.strip()), RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        IdentityGraph wide = clusterWide(bind + "\n- {apiGroups: [rbac.authorization.k8s.io], resources: [clusterrolebindings],"
                + " verbs: [create]}");
        assertEquals(List.of("K8S-RBAC-01"), rules(wide, RelationKind.ADMIN_OF, ALICE, C));
    }

    @Test
    void escalateOnClusterRolesWithUpdateIsAdmin() {
        IdentityGraph g = clusterWide("- {apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [escalate, update]}");
        assertEquals(List.of("K8S-RBAC-02"), rules(g, RelationKind.ADMIN_OF, ALICE, C));
        IdentityGraph updateOnly = clusterWide("- {apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [update]}");
        assertEquals(List.of(), rules(updateOnly, RelationKind.ADMIN_OF, ALICE, C));
    }

    @Test
    void wildcardsThroughAClusterRoleBindingAreAdminAndThroughARoleBindingAreNot() {
        String all = "- {apiGroups: ['*'], resources: ['*'], verbs: ['*']}";
        IdentityGraph wide = clusterWide(all);
        assertEquals(List.of("K8S-ADMIN-WILDCARD"), rules(wide, RelationKind.ADMIN_OF, ALICE, C));
        assertEquals(List.of("K8S-CLUSTER-ADMIN"), rules(wide, RelationKind.CONTROLS, C, BOT));
        IdentityGraph local = withRole("ClusterRole", "a", all, "RoleBinding");
        assertEquals(List.of(), rules(local, RelationKind.ADMIN_OF, ALICE, C));
        assertEquals(Set.of("K8S-WL-01", "K8S-WL-02", "K8S-SEC-03", "K8S-TOK-01", "K8S-IMP-01", "K8S-RBAC-01", "K8S-RBAC-02"),
                rules(local, RelationKind.CAN_IMPERSONATE, ALICE, BOT).stream()
                        .flatMap(r -> Stream.of(r.split("\\+"))).collect(Collectors.toSet()));
    }

    @Test
    void creatingPersistentVolumesReachesTheNodesHeuristically() {
        IdentityGraph g = clusterWide("- {apiGroups: [''], resources: [persistentvolumes], verbs: [create]}");
        List<Relation> node = relations(g, RelationKind.CAN_IMPERSONATE, ALICE, C + "/node/*");
        assertEquals(List.of("K8S-PV-01"), node.stream().map(Relation::rule).toList());
        assertEquals(Confidence.HEURISTIC, node.get(0).confidence());
        assertEquals(List.of(), relations(clusterWide("- {apiGroups: [''], resources: [persistentvolumes], verbs: [get]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/node/*"));
    }

    @Test
    void execNeedsTheSubresourceAndFollowsThePodsName() {
        String pods = """
                apiVersion: v1
                kind: Pod
                metadata: {name: web, namespace: a}
                spec: {serviceAccountName: bot, containers: [{name: c, image: web}]}
                ---
                """;
        String exec = "- {apiGroups: [''], resources: [pods/exec], verbs: [create], resourceNames: [web]}";
        IdentityGraph g = cluster(dir, "c1", pods + roleAndBinding(exec));
        assertEquals(List.of("K8S-EXEC-01"), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/web"));
        IdentityGraph wildcard = cluster(dir, "c1", pods + roleAndBinding("- {apiGroups: [''], resources: ['*/exec'], verbs: [get]}"));
        assertEquals(List.of("K8S-EXEC-01"), rules(wildcard, RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/web"));
        IdentityGraph podsOnly = cluster(dir, "c1", pods + roleAndBinding("- {apiGroups: [''], resources: [pods], verbs: [create, get]}"));
        assertEquals(List.of(), rules(podsOnly, RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/web"));
    }

    private static String roleAndBinding(String rules) {
        return """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: r, namespace: a}
                rules:
                %s
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: rb, namespace: a}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}
                subjects: [{kind: User, name: alice}]
                """.formatted(rules);
    }

    @Test
    void createPodsInKubeSystemIsAdmin() {
        IdentityGraph g = withRole("Role", "kube-system", "- {apiGroups: [''], resources: [pods], verbs: [create]}", "RoleBinding");
        assertEquals(List.of("K8S-WL-01"), rules(g, RelationKind.ADMIN_OF, ALICE, C));
    }

    @Test
    void writingTheAwsAuthConfigMapIsAdmin() {
        IdentityGraph g = withRole("Role", "kube-system", "- {apiGroups: [''], resources: [configmaps], verbs: [patch],"
                + " resourceNames: [aws-auth]}", "RoleBinding");
        List<Relation> admin = relations(g, RelationKind.ADMIN_OF, ALICE, C);
        assertEquals(List.of("AWS-EKS-02"), admin.stream().map(Relation::rule).toList());
        assertEquals(Confidence.CONDITIONAL, admin.get(0).confidence());
    }

    private static final String WEB_POD = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: a}
            spec: {serviceAccountName: bot, containers: [{name: c, image: web}]}
            ---
            """;

    private IdentityGraph withPod(String rules) {
        return cluster(dir, "c1", ACCOUNTS + "---\n" + WEB_POD + roleAndBinding(rules));
    }

    @Test
    void patchingAPodsImageReachesItsServiceAccountButAStatusPatchDoesNot() {
        assertEquals(List.of("K8S-WL-04"), rules(withPod("- {apiGroups: [''], resources: [pods], verbs: [patch]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/web"));
        assertEquals(List.of("K8S-WL-04"), rules(withPod("- {apiGroups: [''], resources: [pods], verbs: [update], resourceNames: [web]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/web"));
        assertEquals(List.of(), rules(withPod("- {apiGroups: [''], resources: [pods], verbs: [patch], resourceNames: [db]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/web"));
        assertEquals(List.of(), rules(withPod("- {apiGroups: [''], resources: [pods/status], verbs: [patch]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/web"));
        assertEquals(List.of(), rules(withPod("- {apiGroups: [apps], resources: [pods], verbs: [patch]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/web"));
    }

    @Test
    void attachAndEphemeralContainersNeedTheirSubresourceAndVerb() {
        assertEquals(List.of("K8S-EXEC-02"), rules(withPod("- {apiGroups: [''], resources: [pods/attach], verbs: [create]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/web"));
        assertEquals(List.of(), rules(withPod("- {apiGroups: [''], resources: [pods/attach], verbs: [get]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/web"));
        assertEquals(List.of("K8S-EXEC-03"), rules(withPod("- {apiGroups: [''], resources: [pods/ephemeralcontainers], verbs: [patch]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/web"));
        assertEquals(List.of(), rules(withPod("- {apiGroups: [''], resources: [pods/ephemeralcontainers], verbs: [create]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/web"));
    }

    @Test
    void mintingATokenSecretNeedsCreateAndAWayToReadIt() {
        assertEquals(List.of("K8S-SEC-03"), rules(role("- {apiGroups: [''], resources: [secrets], verbs: [create, get]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        List<Relation> reannotate = relations(role("- {apiGroups: [''], resources: [secrets], verbs: [update]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT);
        assertEquals(List.of(Confidence.CONDITIONAL), reannotate.stream().map(Relation::confidence).toList());
        assertEquals(List.of(), rules(role("- {apiGroups: [''], resources: [secrets], verbs: [create]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(role("- {apiGroups: [''], resources: [secrets], verbs: [create, get], resourceNames: [x]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT));
    }

    @Test
    void nodesProxyReachesTheNodesWithGetOrCreateOnly() {
        assertEquals(List.of("K8S-NODE-PROXY-01"), rules(clusterWide("- {apiGroups: [''], resources: [nodes/proxy], verbs: [get]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/node/*"));
        assertEquals(List.of(), rules(clusterWide("- {apiGroups: [''], resources: [nodes], verbs: [get, create]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/node/*"));
        assertEquals(List.of(), rules(role("- {apiGroups: [''], resources: [nodes/proxy], verbs: [create]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/node/*"), "nodes are cluster-scoped: a RoleBinding cannot grant them");
    }

    private static final String CSR = "certificates.k8s.io";

    @Test
    void approvingClientCertificatesIsAdmin() {
        String create = "- {apiGroups: [" + CSR + "], resources: [certificatesigningrequests], verbs: [create]}\n";
        String approval = "- {apiGroups: [" + CSR + "], resources: [certificatesigningrequests/approval], verbs: [update]}\n";
        String signer = "- {apiGroups: [" + CSR + "], resources: [signers], verbs: [approve], resourceNames: [kubernetes.io/kube-apiserver-client]}";
        assertEquals(List.of("K8S-CSR-01"), rules(clusterWide(create + approval + signer), RelationKind.ADMIN_OF, ALICE, C));
        assertEquals(List.of(), rules(clusterWide(create + approval), RelationKind.ADMIN_OF, ALICE, C), "no signer");
        assertEquals(List.of(), rules(clusterWide(create + approval + signer.replace("kube-apiserver-client", "kubelet-serving")),
                RelationKind.ADMIN_OF, ALICE, C), "a signer that cannot issue client certificates");
        assertEquals(List.of(), rules(clusterWide(approval + signer), RelationKind.ADMIN_OF, ALICE, C), "cannot create the request");
    }

    @Test
    void impersonatingUsersAndGroupsNeedsAClusterRoleBinding() {
        assertEquals(List.of(), rules(role("- {apiGroups: [''], resources: [groups], verbs: [impersonate]}"),
                RelationKind.ADMIN_OF, ALICE, C));
        assertEquals(List.of(), rules(clusterWide("- {apiGroups: [authentication.k8s.io], resources: [groups], verbs: [impersonate]}"),
                RelationKind.ADMIN_OF, ALICE, C), "users and groups are in the core group");
    }

    @Test
    void readingOrWritingAnotherConfigMapIsNotTheAwsAuthEscalation() {
        assertEquals(List.of(), rules(withRole("Role", "kube-system", "- {apiGroups: [''], resources: [configmaps], verbs: [get, list]}",
                "RoleBinding"), RelationKind.ADMIN_OF, ALICE, C));
        assertEquals(List.of(), rules(withRole("Role", "kube-system", "- {apiGroups: [''], resources: [configmaps], verbs: [patch],"
                + " resourceNames: [coredns]}", "RoleBinding"), RelationKind.ADMIN_OF, ALICE, C));
        assertEquals(List.of(), rules(withRole("Role", "a", "- {apiGroups: [''], resources: [configmaps], verbs: [patch]}",
                "RoleBinding"), RelationKind.ADMIN_OF, ALICE, C), "aws-auth lives in kube-system");
    }

    private IdentityGraph boundTo(String kind, String name) {
        return cluster(dir, "c1", ACCOUNTS + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: maker, namespace: a}
                rules: [{apiGroups: [''], resources: [pods], verbs: [create]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: everyone, namespace: a}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: maker}
                subjects: [{kind: %s, name: "%s"}, {kind: User, name: alice}]
                """.formatted(kind, name));
    }

    @Test
    void builtInGroupsHoldEveryAuthenticatedUserOrAnyone() {
        IdentityGraph authenticated = boundTo("Group", "system:authenticated");
        assertEquals(List.of("K-E5"), rules(authenticated, RelationKind.MEMBER_OF, ALICE, C + "/group/system:authenticated"));
        assertEquals(List.of("K-E5"), rules(authenticated, RelationKind.MEMBER_OF, OTHER, C + "/group/system:authenticated"));
        assertEquals(List.of(), rules(authenticated, RelationKind.CAN_IMPERSONATE, C + "/network/internet",
                C + "/group/system:authenticated"));
        List<Relation> anonymous = relations(boundTo("Group", "system:unauthenticated"), RelationKind.CAN_IMPERSONATE,
                C + "/network/internet", C + "/group/system:unauthenticated");
        assertEquals(List.of(Confidence.CONDITIONAL), anonymous.stream().map(Relation::confidence).toList());
        assertEquals(List.of(), rules(boundTo("User", "system:anonymous"), RelationKind.MEMBER_OF, C + "/user/system:anonymous",
                C + "/group/system:authenticated"));
    }
}

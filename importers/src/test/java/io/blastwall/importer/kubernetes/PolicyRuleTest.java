package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.KubeFixture.cluster;
import static io.blastwall.importer.kubernetes.KubeFixture.relations;
import static io.blastwall.importer.kubernetes.KubeFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.Confidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** K-E2 to K-E4 on single rules, and the scope of a RoleBinding (K-E1) for cluster-scoped resources. */
class PolicyRuleTest {
    private static final PolicyRule NAMED_SECRETS = new PolicyRule(List.of(""), List.of("secrets", "pods/exec"),
            List.of("*"), List.of("db"), List.of());

    @Test
    void resourceNamesNeverAuthoriseListWatchCreateOrDeletecollectionWhateverTheRequestNames() {
        for (String verb : List.of("list", "watch", "create", "deletecollection")) {
            assertFalse(NAMED_SECRETS.allows(Request.named(verb, "", "secrets", "db")), verb);
            assertFalse(NAMED_SECRETS.allows(Request.of(verb, "", "secrets")), verb);
        }
        for (String verb : List.of("get", "update", "patch", "delete")) {
            assertTrue(NAMED_SECRETS.allows(Request.named(verb, "", "secrets", "db")), verb);
            assertFalse(NAMED_SECRETS.allows(Request.named(verb, "", "secrets", "other")), verb);
        }
    }

    @Test
    void aSubresourceOfANamedObjectIsCreatedWithItsName() {
        assertTrue(NAMED_SECRETS.allows(Request.named("create", "", "pods/exec", "db")));
        assertFalse(NAMED_SECRETS.allows(Request.named("create", "", "pods/exec", "web")));
    }

    @Test
    void groupsAndWildcardsMatchAsTheApiServerDoes() {
        PolicyRule apps = PolicyRule.of(List.of("apps"), List.of("*"), List.of("create"));
        assertTrue(apps.allows(Request.of("create", "apps", "deployments")));
        assertTrue(apps.allows(Request.of("create", "apps", "deployments/scale")), "* covers subresources");
        assertFalse(apps.allows(Request.of("create", "", "pods")));
        PolicyRule exec = PolicyRule.of(List.of(""), List.of("*/exec"), List.of("get"));
        assertTrue(exec.allows(Request.named("get", "", "pods/exec", "web")), "get pods/exec: WebSocket clients");
        assertFalse(exec.allows(Request.named("get", "", "pods", "web")));
        assertFalse(exec.allows(Request.named("get", "", "pods/log", "web")));
    }

    @TempDir
    Path dir;

    private IdentityGraph bound(String bindingKind, String rules) {
        String ns = bindingKind.equals("RoleBinding") ? ", namespace: a" : "";
        return cluster(dir, "c1", """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: bot, namespace: a}
                ---
                apiVersion: v1
                kind: Secret
                type: kubernetes.io/service-account-token
                metadata: {name: db, namespace: a, annotations: {kubernetes.io/service-account.name: bot}}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: r}
                rules:
                %s
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: %s
                metadata: {name: rb%s}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r}
                subjects: [{kind: User, name: alice}]
                """.formatted(rules, bindingKind, ns));
    }

    @Test
    void listingSecretsLimitedByNameReadsNothingButGettingByNameReadsThatSecret() {
        String alice = "k8s://c1/user/alice";
        String secret = "k8s://c1/secret/a/db";
        assertEquals(List.of(), rules(bound("RoleBinding", "- {apiGroups: [''], resources: [secrets], verbs: [list, watch],"
                + " resourceNames: [db]}"), RelationKind.CAN_ACCESS, alice, secret));
        assertEquals(List.of("K8S-SEC-01"), rules(bound("RoleBinding", "- {apiGroups: [''], resources: [secrets], verbs: [list]}"),
                RelationKind.CAN_ACCESS, alice, secret));
        IdentityGraph named = bound("RoleBinding", "- {apiGroups: [''], resources: [secrets], verbs: [get], resourceNames: [db]}");
        assertEquals(List.of("K8S-SEC-02"), rules(named, RelationKind.CAN_ACCESS, alice, secret));
        List<Relation> token = relations(named, RelationKind.CAN_IMPERSONATE, alice, "k8s://c1/serviceaccount/a/bot");
        assertEquals(List.of(Confidence.PROVEN), token.stream().map(Relation::confidence).toList(), "the role names the secret");
        List<Relation> guessed = relations(bound("RoleBinding", "- {apiGroups: [''], resources: [secrets], verbs: [get]}"),
                RelationKind.CAN_IMPERSONATE, alice, "k8s://c1/serviceaccount/a/bot");
        assertEquals(List.of(Confidence.CONDITIONAL), guessed.stream().map(Relation::confidence).toList(), "the name must be guessed");
    }

    @Test
    void aRoleBindingToAClusterRoleCannotGrantClusterScopedResources() {
        String alice = "k8s://c1/user/alice";
        String pv = "- {apiGroups: [''], resources: [persistentvolumes], verbs: [create]}";
        assertEquals(List.of(), rules(bound("RoleBinding", pv), RelationKind.CAN_IMPERSONATE, alice, "k8s://c1/node/*"));
        assertEquals(List.of("K8S-PV-01"), rules(bound("ClusterRoleBinding", pv), RelationKind.CAN_IMPERSONATE, alice, "k8s://c1/node/*"));
        String masters = "- {apiGroups: [''], resources: [groups], verbs: [impersonate]}";
        assertEquals(List.of(), rules(bound("RoleBinding", masters), RelationKind.ADMIN_OF, alice, "k8s://c1"));
        assertEquals(List.of("K8S-IMP-01"), rules(bound("ClusterRoleBinding", masters), RelationKind.ADMIN_OF, alice, "k8s://c1"));
        String csr = """
                - {apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests], verbs: [create]}
                - {apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests/approval], verbs: [update]}
                - {apiGroups: [certificates.k8s.io], resources: [signers], verbs: [approve]}""";
        assertEquals(List.of(), rules(bound("RoleBinding", csr), RelationKind.ADMIN_OF, alice, "k8s://c1"));
        assertEquals(List.of("K8S-CSR-01"), rules(bound("ClusterRoleBinding", csr), RelationKind.ADMIN_OF, alice, "k8s://c1"));
    }
}

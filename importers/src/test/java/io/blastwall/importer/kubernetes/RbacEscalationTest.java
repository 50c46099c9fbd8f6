package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.KubeFixture.cluster;
import static io.blastwall.importer.kubernetes.KubeFixture.relations;
import static io.blastwall.importer.kubernetes.KubeFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Escalation prevention and its ways around (catalogue K-E7, K8S-RBAC-01 to 04): a positive fragment and the
 * negatives that must not escalate (missing verb, wrong group, resourceNames naming another role, a RoleBinding
 * where a ClusterRoleBinding is needed).
 */
class RbacEscalationTest {
    private static final String C = "k8s://c1";
    private static final String ALICE = C + "/user/alice";
    private static final String BOT = C + "/serviceaccount/a/bot";
    private static final String OTHER = C + "/serviceaccount/b/other";
    private static final String RBAC = "rbac.authorization.k8s.io";
    private static final String BASE = """
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: bot, namespace: a}
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: other, namespace: b}
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: pod-maker, namespace: a}
            rules: [{apiGroups: [''], resources: [pods], verbs: [create]}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: secret-reader}
            rules: [{apiGroups: [''], resources: [secrets], verbs: [get, list]}]
            ---
            apiVersion: v1
            kind: Secret
            type: Opaque
            metadata: {name: db, namespace: a}
            """;

    @TempDir
    Path dir;

    /** Alice bound to one role with the given rules: a Role in namespace a, or a ClusterRole cluster-wide. */
    private IdentityGraph alice(String kind, String rules) {
        boolean namespaced = kind.equals("Role");
        return cluster(dir, "c1", BASE + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: %s
                metadata: {name: alice-role%s}
                rules:
                %s
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: %s
                metadata: {name: alice%s}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: %s, name: alice-role}
                subjects: [{kind: User, name: alice}]
                """.formatted(kind, namespaced ? ", namespace: a" : "", rules.indent(0),
                namespaced ? "RoleBinding" : "ClusterRoleBinding", namespaced ? ", namespace: a" : "", kind));
    }

    private static String rule(String group, String resource, String verbs) {
        return "- {apiGroups: ['" + group + "'], resources: [" + resource + "], verbs: [" + verbs + "]}\n";
    }

    private static String named(String group, String resource, String verbs, String names) {
        return "- {apiGroups: ['" + group + "'], resources: [" + resource + "], verbs: [" + verbs + "], resourceNames: [" + names + "]}\n";
    }

    @Test
    void bindingARoleOfTheNamespaceGivesItsRules() {
        IdentityGraph g = alice("Role", rule(RBAC, "roles", "bind") + rule(RBAC, "rolebindings", "create"));
        List<Relation> edge = relations(g, RelationKind.CAN_IMPERSONATE, ALICE, BOT);
        assertEquals(List.of("K8S-RBAC-01"), edge.stream().map(Relation::rule).toList());
        assertTrue(edge.get(0).actions().iterator().next().startsWith("bind Role pod-maker to itself in a, then create pods"),
                edge.get(0).actions().toString());
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, OTHER));
    }

    @Test
    void bindNamingAnotherRoleOrInTheWrongGroupGivesNothing() {
        String create = rule(RBAC, "rolebindings", "create");
        assertEquals(List.of(), rules(alice("Role", named(RBAC, "roles", "bind", "viewer") + create),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(alice("Role", rule("", "roles", "bind") + create), RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(alice("Role", named(RBAC, "clusterroles", "bind", "pod-maker") + create),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT), "pod-maker is a Role, not a ClusterRole");
        assertEquals(List.of("K8S-RBAC-01"), rules(alice("Role", rule(RBAC, "clusterroles", "bind") + create),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT), "bind on every ClusterRole includes cluster-admin");
    }

    @Test
    void bindingAClusterRoleInANamespaceGivesItsRulesThereOnly() {
        IdentityGraph g = alice("Role", named(RBAC, "clusterroles", "bind", "secret-reader") + rule(RBAC, "rolebindings", "create"));
        String secret = C + "/secret/a/db";
        assertEquals(List.of("K8S-RBAC-01"), rules(g, RelationKind.CAN_ACCESS, ALICE, secret));
        assertEquals(List.of(), rules(g, RelationKind.ADMIN_OF, ALICE, C));
    }

    @Test
    void updatingAnExistingBindingOfTheRoleWorksLikeCreatingOne() {
        IdentityGraph g = cluster(dir, "c1", BASE + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: makers, namespace: a}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-maker}
                subjects: [{kind: User, name: bob}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: alice-role, namespace: a}
                rules:
                - {apiGroups: [rbac.authorization.k8s.io], resources: [roles], verbs: [bind], resourceNames: [pod-maker]}
                - {apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], verbs: [patch], resourceNames: [makers]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: alice, namespace: a}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: alice-role}
                subjects: [{kind: User, name: alice}]
                """);
        assertEquals(List.of("K8S-RBAC-01"), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, BOT));
    }

    @Test
    void bindingClusterAdminNeedsAClusterRoleBindingToBeAdmin() {
        String bind = named(RBAC, "clusterroles", "bind", "cluster-admin");
        assertEquals(List.of("K8S-RBAC-01"), rules(alice("ClusterRole", bind + rule(RBAC, "clusterrolebindings", "create")),
                RelationKind.ADMIN_OF, ALICE, C));
        IdentityGraph local = alice("Role", bind + rule(RBAC, "rolebindings", "create"));
        assertEquals(List.of(), rules(local, RelationKind.ADMIN_OF, ALICE, C));
        assertEquals(List.of("K8S-RBAC-01"), rules(local, RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(local, RelationKind.CAN_IMPERSONATE, ALICE, OTHER));
    }

    @Test
    void escalateOnTheRoleItIsBoundToGivesAnyRuleInTheBindingsScope() {
        IdentityGraph g = alice("Role", named(RBAC, "roles", "escalate,update", "alice-role"));
        assertEquals(List.of("K8S-RBAC-02"), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, OTHER));
        assertEquals(List.of(), rules(g, RelationKind.ADMIN_OF, ALICE, C));
    }

    @Test
    void escalateWithoutUpdateOrOnAnotherRoleGivesNothing() {
        assertEquals(List.of(), rules(alice("Role", rule(RBAC, "roles", "escalate")), RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(alice("Role", rule(RBAC, "roles", "update,patch")), RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(alice("Role", named(RBAC, "roles", "escalate,update", "pod-maker")),
                RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(alice("Role", rule("", "roles", "escalate,update")), RelationKind.CAN_IMPERSONATE, ALICE, BOT));
    }

    @Test
    void escalateWithBindCreatesANewRoleWithAnyRule() {
        IdentityGraph g = alice("Role", rule(RBAC, "roles", "create,escalate") + named(RBAC, "roles", "bind", "temp")
                + rule(RBAC, "rolebindings", "create"));
        assertEquals(List.of("K8S-RBAC-02"), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        IdentityGraph withoutBind = alice("Role", rule(RBAC, "roles", "create,escalate") + rule(RBAC, "rolebindings", "create"));
        assertEquals(List.of(), rules(withoutBind, RelationKind.CAN_IMPERSONATE, ALICE, BOT));
    }

    @Test
    void creatingBindingsWithoutBindOnlyPassesOwnRightsOn() {
        IdentityGraph g = alice("Role", rule(RBAC, "rolebindings", "create"));
        List<Relation> lateral = relations(g, RelationKind.CAN_ACCESS, ALICE, C + "/namespace/a");
        assertEquals(List.of("K8S-RBAC-03"), lateral.stream().map(Relation::rule).toList());
        assertEquals(AccessLevel.PERMISSIONS_MANAGEMENT, lateral.get(0).access());
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, BOT));
        assertEquals(List.of(), rules(alice("Role", rule(RBAC, "rolebindings", "get,list")), RelationKind.CAN_ACCESS, ALICE,
                C + "/namespace/a"));
        IdentityGraph wide = alice("ClusterRole", rule(RBAC, "clusterrolebindings", "create"));
        assertEquals(List.of("K8S-RBAC-03"), rules(wide, RelationKind.CAN_ACCESS, ALICE, C));
        assertEquals(List.of(), rules(wide, RelationKind.ADMIN_OF, ALICE, C));
    }

    @Test
    void aggregatingClusterRolesSpreadToEveryHolderOfTheAggregatingRole() {
        String holders = """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: admins, namespace: a}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: admin}
                subjects: [{kind: User, name: alice}, {kind: User, name: bob}]
                """;
        IdentityGraph g = cluster(dir, "c1", BASE + holders + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: alice-role}
                rules: [{apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [create, escalate]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: alice}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: alice-role}
                subjects: [{kind: User, name: alice}]
                """);
        assertEquals(List.of("K8S-RBAC-04"), rules(g, RelationKind.CAN_ACCESS, ALICE, C + "/clusterrole/admin"));
        assertTrue(rules(g, RelationKind.CAN_IMPERSONATE, ALICE, BOT).contains("K8S-RBAC-04"),
                rules(g, RelationKind.CAN_IMPERSONATE, ALICE, BOT).toString());
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, OTHER));
        assertEquals(List.of(), rules(g, RelationKind.CAN_ACCESS, C + "/user/bob", C + "/clusterrole/admin"));
    }

    @Test
    void creatingClusterRolesWithoutEscalateDoesNotEscalate() {
        IdentityGraph g = cluster(dir, "c1", BASE + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: admins, namespace: a}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
                subjects: [{kind: User, name: alice}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: alice-role}
                rules: [{apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [create]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: alice}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: alice-role}
                subjects: [{kind: User, name: alice}]
                """);
        assertEquals(List.of("K8S-RBAC-04"), rules(g, RelationKind.CAN_ACCESS, ALICE, C + "/clusterrole/view"));
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, BOT));
    }
}

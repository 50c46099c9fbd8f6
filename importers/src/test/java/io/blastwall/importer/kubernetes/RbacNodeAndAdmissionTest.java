package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.KubeFixture.cluster;
import static io.blastwall.importer.kubernetes.KubeFixture.relations;
import static io.blastwall.importer.kubernetes.KubeFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that involve nodes and admission (catalogue K8S-WL-03, K8S-NS-01, K8S-STEAL-01, K8S-STATUS-01, K8S-WH-01):
 * each with the fragment that gives the edge and the ones that must not.
 */
class RbacNodeAndAdmissionTest {
    private static final String C = "k8s://c3";
    private static final String ALICE = C + "/user/alice";
    private static final String ANY_NODE = C + "/node/*";

    @TempDir
    Path dir;

    private IdentityGraph with(String objects, String namespaceRules, String clusterRules) {
        return cluster(dir, "c3", objects + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: ns-role, namespace: a}
                rules:
                %s
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: alice, namespace: a}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: ns-role}
                subjects: [{kind: User, name: alice}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: cluster-role}
                rules:
                %s
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: alice}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-role}
                subjects: [{kind: User, name: alice}]
                """.formatted(namespaceRules.indent(0), clusterRules.indent(0)));
    }

    private static String namespace(String level) {
        return """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: a
                  labels: {pod-security.kubernetes.io/enforce: %s}
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: bot, namespace: a}
                """.formatted(level);
    }

    private static final String CREATE_PODS = "- {apiGroups: [''], resources: [pods], verbs: [create]}";
    private static final String NOTHING = "- {apiGroups: [''], resources: [configmaps], verbs: [get]}";

    @Test
    void podCreatorsReachTheNodesUnlessPodSecurityForbidsPrivilegedPods() {
        List<Relation> open = relations(with(namespace("privileged"), CREATE_PODS, NOTHING), RelationKind.CAN_IMPERSONATE, ALICE, ANY_NODE);
        assertEquals(List.of("K8S-WL-03"), open.stream().map(Relation::rule).toList());
        assertEquals(Confidence.HEURISTIC, open.get(0).confidence());
        assertEquals(List.of(), rules(with(namespace("baseline"), CREATE_PODS, NOTHING), RelationKind.CAN_IMPERSONATE, ALICE, ANY_NODE));
        assertEquals(List.of(), rules(with(namespace("restricted"), CREATE_PODS, NOTHING), RelationKind.CAN_IMPERSONATE, ALICE, ANY_NODE));
    }

    @Test
    void relabellingTheNamespaceUnlocksPrivilegedPods() {
        String relabel = CREATE_PODS + "\n- {apiGroups: [''], resources: [namespaces], verbs: [patch], resourceNames: [a]}";
        assertEquals(List.of("K8S-WL-03+K8S-NS-01"), rules(with(namespace("restricted"), relabel, NOTHING),
                RelationKind.CAN_IMPERSONATE, ALICE, ANY_NODE));
        String otherNamespace = CREATE_PODS + "\n- {apiGroups: [''], resources: [namespaces], verbs: [patch], resourceNames: [b]}";
        assertEquals(List.of(), rules(with(namespace("restricted"), otherNamespace, NOTHING), RelationKind.CAN_IMPERSONATE, ALICE, ANY_NODE));
        String readOnly = CREATE_PODS + "\n- {apiGroups: [''], resources: [namespaces], verbs: [get, list]}";
        assertEquals(List.of(), rules(with(namespace("restricted"), readOnly, NOTHING), RelationKind.CAN_IMPERSONATE, ALICE, ANY_NODE));
    }

    @Test
    void nodeNameReachesControlPlaneNodesWhichAreAdmin() {
        String nodes = namespace("privileged") + """
                ---
                apiVersion: v1
                kind: Node
                metadata:
                  name: cp-1
                  labels: {node-role.kubernetes.io/control-plane: ""}
                ---
                apiVersion: v1
                kind: Node
                metadata: {name: worker-1}
                """;
        IdentityGraph g = with(nodes, CREATE_PODS, NOTHING);
        assertEquals(List.of("K8S-WL-03"), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, C + "/node/cp-1"));
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, C + "/node/worker-1"));
        assertEquals(List.of("K8S-ADMIN-CONTROL-PLANE-NODE"), rules(g, RelationKind.ADMIN_OF, C + "/node/cp-1", C));
        assertEquals(List.of(), rules(g, RelationKind.ADMIN_OF, C + "/node/worker-1", C));
    }

    private static final String CONTROLLED = """
            apiVersion: v1
            kind: Namespace
            metadata: {name: a}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: a}
            spec: {template: {spec: {serviceAccountName: api, containers: [{name: c, image: api}]}}}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: lone, namespace: a}
            spec: {serviceAccountName: lone, containers: [{name: c, image: lone}]}
            """;

    @Test
    void evictingPodsAndCordoningNodesStealsControllerPods() {
        IdentityGraph g = with(CONTROLLED, "- {apiGroups: [''], resources: [pods/eviction], verbs: [create]}",
                "- {apiGroups: [''], resources: [nodes], verbs: [patch]}");
        List<Relation> steal = relations(g, RelationKind.CAN_IMPERSONATE, ALICE, C + "/deployment/a/api");
        assertEquals(List.of("K8S-STEAL-01"), steal.stream().map(Relation::rule).toList());
        assertEquals(Confidence.HEURISTIC, steal.get(0).confidence());
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/lone"), "a bare pod is not recreated");
    }

    @Test
    void stealingNeedsBothRemovalAndCordoning() {
        assertEquals(List.of(), rules(with(CONTROLLED, "- {apiGroups: [''], resources: [pods], verbs: [delete]}", NOTHING),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/deployment/a/api"));
        assertEquals(List.of(), rules(with(CONTROLLED, NOTHING, "- {apiGroups: [''], resources: [nodes], verbs: [get, list]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/deployment/a/api"));
        assertEquals(List.of(), rules(with(CONTROLLED, "- {apiGroups: [apps], resources: [pods], verbs: [delete]}",
                "- {apiGroups: [''], resources: [nodes/status], verbs: [patch]}"), RelationKind.CAN_IMPERSONATE, ALICE,
                C + "/deployment/a/api"), "pods are in the core group");
        assertEquals(List.of("K8S-STEAL-01"), rules(with(CONTROLLED, "- {apiGroups: [''], resources: [pods], verbs: [delete]}",
                "- {apiGroups: [''], resources: [nodes/status], verbs: [update]}"), RelationKind.CAN_IMPERSONATE, ALICE,
                C + "/deployment/a/api"));
        assertEquals(List.of("K8S-STEAL-01"), rules(with(CONTROLLED, NOTHING, "- {apiGroups: [''], resources: [nodes], verbs: [update]}"),
                RelationKind.CAN_IMPERSONATE, ALICE, C + "/deployment/a/api"), "a NoExecute taint evicts, cordoning does the rest");
    }

    @Test
    void statusSubresourcesAreWriteAccessToTheirObjects() {
        String objects = CONTROLLED + """
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: a}
                spec: {selector: {app: web}}
                """;
        IdentityGraph g = with(objects, "- {apiGroups: [''], resources: [pods/status, services/status], verbs: [patch]}",
                "- {apiGroups: [''], resources: [nodes/status], verbs: [patch]}");
        List<Relation> pod = relations(g, RelationKind.CAN_ACCESS, ALICE, C + "/pod/a/lone");
        assertEquals(List.of("K8S-STATUS-01"), pod.stream().map(Relation::rule).toList());
        assertEquals(AccessLevel.WRITE, pod.get(0).access());
        assertEquals(List.of("K8S-STATUS-01"), rules(g, RelationKind.CAN_ACCESS, ALICE, C + "/service/a/web"));
        assertEquals(List.of("K8S-STATUS-01"), rules(g, RelationKind.CAN_ACCESS, ALICE, ANY_NODE));
        IdentityGraph plain = with(objects, "- {apiGroups: [''], resources: [pods, services], verbs: [get]}", NOTHING);
        assertEquals(List.of(), rules(plain, RelationKind.CAN_ACCESS, ALICE, C + "/pod/a/lone"));
        assertEquals(List.of(), rules(plain, RelationKind.CAN_ACCESS, ALICE, C + "/service/a/web"));
    }

    @Test
    void validatingWebhooksReadWhatIsAdmittedAndMutatingOnesAreAdmin() {
        String secret = """
                apiVersion: v1
                kind: Secret
                type: Opaque
                metadata: {name: db, namespace: a}
                """;
        String group = "admissionregistration.k8s.io";
        IdentityGraph validating = with(secret, NOTHING, "- {apiGroups: [" + group + "], resources: [validatingwebhookconfigurations],"
                + " verbs: [create]}");
        List<Relation> read = relations(validating, RelationKind.CAN_ACCESS, ALICE, C + "/secret/a/db");
        assertEquals(List.of("K8S-WH-01"), read.stream().map(Relation::rule).toList());
        assertEquals(Confidence.CONDITIONAL, read.get(0).confidence());
        assertEquals(List.of(), rules(validating, RelationKind.ADMIN_OF, ALICE, C));
        IdentityGraph mutating = with(secret, NOTHING, "- {apiGroups: [" + group + "], resources: [mutatingwebhookconfigurations],"
                + " verbs: [patch]}");
        assertEquals(List.of("K8S-WH-01"), rules(mutating, RelationKind.ADMIN_OF, ALICE, C));
        IdentityGraph wrongGroup = with(secret, NOTHING, "- {apiGroups: [''], resources: [validatingwebhookconfigurations,"
                + " mutatingwebhookconfigurations], verbs: ['*']}");
        assertEquals(List.of(), rules(wrongGroup, RelationKind.CAN_ACCESS, ALICE, C + "/secret/a/db"));
        assertEquals(List.of(), rules(wrongGroup, RelationKind.ADMIN_OF, ALICE, C));
        IdentityGraph namespaced = with(secret, "- {apiGroups: [" + group + "], resources: [validatingwebhookconfigurations],"
                + " verbs: [create]}", NOTHING);
        assertEquals(List.of(), rules(namespaced, RelationKind.CAN_ACCESS, ALICE, C + "/secret/a/db"),
                "webhook configurations are cluster-scoped: a RoleBinding cannot grant them");
    }

    private static final String NODES = """
            apiVersion: v1
            kind: Namespace
            metadata: {name: a}
            ---
            apiVersion: v1
            kind: Node
            metadata: {name: n1}
            ---
            apiVersion: v1
            kind: Node
            metadata: {name: n2}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: a}
            spec: {nodeName: n1, containers: [{name: c, image: web}]}
            """;

    @Test
    void nodesProxyFollowsResourceNamesAndOtherwiseReachesEveryNode() {
        IdentityGraph all = with(NODES, NOTHING, "- {apiGroups: [''], resources: [nodes/proxy], verbs: [get]}");
        assertEquals(List.of("K8S-NODE-PROXY-01"), rules(all, RelationKind.CAN_IMPERSONATE, ALICE, C + "/node/n2"));
        assertEquals(List.of("K8S-NODE-PROXY-01"), rules(all, RelationKind.CAN_IMPERSONATE, ALICE, ANY_NODE));
        IdentityGraph one = with(NODES, NOTHING, "- {apiGroups: [''], resources: [nodes/proxy], verbs: [create], resourceNames: [n1]}");
        assertEquals(List.of("K8S-NODE-PROXY-01"), rules(one, RelationKind.CAN_IMPERSONATE, ALICE, C + "/node/n1"));
        assertEquals(List.of(), rules(one, RelationKind.CAN_IMPERSONATE, ALICE, C + "/node/n2"));
        assertEquals(List.of(), rules(one, RelationKind.CAN_IMPERSONATE, ALICE, ANY_NODE));
    }

    @Test
    void aPrivilegedEphemeralContainerReachesThePodsNodeUnlessPodSecurityForbidsIt() {
        String patch = "- {apiGroups: [''], resources: [pods/ephemeralcontainers], verbs: [patch]}";
        List<Relation> node = relations(with(NODES, patch, NOTHING), RelationKind.CAN_IMPERSONATE, ALICE, C + "/node/n1");
        assertEquals(List.of("K8S-EXEC-03"), node.stream().map(Relation::rule).toList());
        assertEquals(Confidence.HEURISTIC, node.get(0).confidence());
        String restricted = NODES.replace("metadata: {name: a}", "metadata: {name: a, labels: {pod-security.kubernetes.io/enforce: restricted}}");
        assertEquals(List.of(), rules(with(restricted, patch, NOTHING), RelationKind.CAN_IMPERSONATE, ALICE, C + "/node/n1"));
        assertEquals(List.of("K8S-EXEC-03"), rules(with(restricted, patch, NOTHING), RelationKind.CAN_IMPERSONATE, ALICE, C + "/pod/a/web"));
    }
}

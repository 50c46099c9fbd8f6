package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.KubeFixture.cluster;
import static io.blastwall.importer.kubernetes.KubeFixture.relations;
import static io.blastwall.importer.kubernetes.KubeFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * aws-auth and access-entry user names with the authenticator's templates: {@code {{AccountID}}} is filled in, the
 * per-session ones make one pattern user that a session of the principal can become, plus each concrete user of the
 * cluster the pattern matches.
 */
class UsernameTemplateTest {
    private static final String C = "k8s://c1";
    private static final String ADMIN = "arn:aws:iam::111122223333:role/platform-admin";
    private static final String NODES = "arn:aws:iam::111122223333:role/nodes";

    @TempDir
    Path dir;

    private IdentityGraph withAwsAuth(String mapRoles, String rest) {
        return cluster(dir, "c1", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: aws-auth, namespace: kube-system}
                data:
                  mapRoles: |
                %s
                ---
                %s
                """.formatted(mapRoles.indent(4).stripTrailing(), rest));
    }

    private static final String BOB_IS_ADMIN = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: bob-admin}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
            subjects: [{kind: User, name: "platform-admin:bob"}, {kind: User, name: "ops:carol"}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: cluster-admin}
            rules: [{apiGroups: ['*'], resources: ['*'], verbs: ['*']}]
            """;

    @Test
    void aSessionNameTemplateIsOnePatternUserNotALiteralName() {
        IdentityGraph g = withAwsAuth("""
                - rolearn: %s
                  username: platform-admin:{{SessionName}}
                  groups: [platform]
                """.formatted(ADMIN), BOB_IS_ADMIN);
        String pattern = C + "/user/platform-admin:*";
        Entity user = g.require(KubeDraft.id(pattern));
        assertEquals("platform-admin:<session name>", user.name());
        assertEquals("platform-admin:{{SessionName}}", user.property("usernameTemplate"));
        assertEquals("true", user.property("perSession"));
        assertEquals(List.of("K8S-AWS-AUTH"), rules(g, RelationKind.AUTHENTICATES_AS, ADMIN, pattern));
        assertEquals(List.of("K8S-AWS-AUTH"), rules(g, RelationKind.MEMBER_OF, pattern, C + "/group/platform"));
        assertTrue(g.entities().stream().noneMatch(e -> e.id().value().contains("{{") || e.name().contains("{{")),
                "no identity is named with the template text");
        List<Relation> bob = relations(g, RelationKind.AUTHENTICATES_AS, ADMIN, C + "/user/platform-admin:bob");
        assertEquals(1, bob.size(), "the caller chooses the session name, so the role can become platform-admin:bob");
        assertEquals(Confidence.PROVEN, bob.get(0).confidence());
        assertTrue(bob.get(0).conditions().get(0).contains("session name"), bob.get(0).conditions().toString());
        assertEquals(List.of("K8S-AWS-AUTH"), rules(g, RelationKind.MEMBER_OF, C + "/user/platform-admin:bob", C + "/group/platform"));
        assertEquals(List.of(), rules(g, RelationKind.AUTHENTICATES_AS, ADMIN, C + "/user/ops:carol"), "another prefix");
    }

    @Test
    void aPlainUserNameMatchesOnlyItself() {
        IdentityGraph g = withAwsAuth("""
                - rolearn: %s
                  username: platform-admin
                  groups: [platform]
                """.formatted(ADMIN), BOB_IS_ADMIN);
        assertEquals(List.of("K8S-AWS-AUTH"), rules(g, RelationKind.AUTHENTICATES_AS, ADMIN, C + "/user/platform-admin"));
        assertEquals(List.of(), rules(g, RelationKind.AUTHENTICATES_AS, ADMIN, C + "/user/platform-admin:bob"));
        assertFalse(g.require(KubeDraft.id(C + "/user/platform-admin")).properties().containsKey("perSession"));
    }

    @Test
    void theAccountIdTemplateIsFilledInFromTheArn() {
        IdentityGraph g = withAwsAuth("""
                - rolearn: %s
                  username: admin-{{AccountID}}
                  groups: [platform]
                """.formatted(ADMIN), "");
        String user = C + "/user/admin-111122223333";
        assertEquals(List.of("K8S-AWS-AUTH"), rules(g, RelationKind.AUTHENTICATES_AS, ADMIN, user));
        assertEquals("admin-111122223333", g.require(KubeDraft.id(user)).name());
    }

    @Test
    void aNodeRoleBecomesEachNodesKubeletOnlyHeuristically() {
        IdentityGraph g = withAwsAuth("""
                - rolearn: %s
                  username: system:node:{{EC2PrivateDNSName}}
                  groups: [system:bootstrappers, system:nodes]
                """.formatted(NODES), """
                apiVersion: v1
                kind: Node
                metadata: {name: ip-10-0-1-5.eu-west-1.compute.internal}
                """);
        String pattern = C + "/user/system:node:*";
        assertEquals("system:node:<node's private DNS name>", g.require(KubeDraft.id(pattern)).name());
        List<Relation> kubelet = relations(g, RelationKind.AUTHENTICATES_AS, NODES,
                C + "/user/system:node:ip-10-0-1-5.eu-west-1.compute.internal");
        assertEquals(1, kubelet.size());
        assertEquals(Confidence.HEURISTIC, kubelet.get(0).confidence(), "the instance, not the caller, decides the name");
        assertEquals(List.of("K8S-AWS-AUTH"), rules(g, RelationKind.MEMBER_OF, pattern, C + "/group/system:nodes"));
    }

    @Test
    void patternsMatchEachPerSessionPartWithSomeText() {
        UsernameTemplate t = UsernameTemplate.of("team:{{SessionName}}@{{AccountID}}", ADMIN);
        assertEquals("team:*@111122223333", t.key());
        assertTrue(t.matches("team:bob@111122223333"));
        assertFalse(t.matches("team:@111122223333"), "a session name is never empty");
        assertFalse(t.matches("team:bob@999999999999"));
        assertFalse(t.matches("xteam:bob@111122223333"));
        assertTrue(t.callerChooses());
        assertFalse(UsernameTemplate.of("i-{{EC2InstanceID}}", NODES).callerChooses());
        assertFalse(UsernameTemplate.of("plain", ADMIN).isPattern());
    }

    @Test
    void mapAccountsMakesEachPrincipalOfTheAccountTheUserNamedByItsArn() {
        IdentityGraph g = cluster(dir, "c1", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: aws-auth, namespace: kube-system}
                data:
                  mapAccounts: |
                    - "111122223333"
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: arns}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
                subjects:
                - {kind: User, name: "arn:aws:iam::111122223333:role/dev"}
                - {kind: User, name: "arn:aws:iam::999999999999:role/dev"}
                """);
        String dev = "arn:aws:iam::111122223333:role/dev";
        assertEquals(List.of("K8S-AWS-AUTH"), rules(g, RelationKind.AUTHENTICATES_AS, dev, C + "/user/" + dev));
        assertEquals(List.of(), rules(g, RelationKind.AUTHENTICATES_AS, "arn:aws:iam::999999999999:role/dev",
                C + "/user/arn:aws:iam::999999999999:role/dev"), "an account aws-auth does not map");
    }
}

package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.GaadFixture.allow;
import static io.blastwall.importer.aws.GaadFixture.relations;
import static io.blastwall.importer.aws.GaadFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.AttackPathFinder;
import io.blastwall.importer.ImportOptions;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "A ⇒ PERMS(X)": changing a role's policies is an escalation only for a caller that also reaches the role. */
class PolicyChangeReachTest {
    private static final GaadFixture ACCOUNT = new GaadFixture("111111111111");
    private static final String ROOT = "arn:aws:iam::111111111111:root";
    private static IdentityGraph graph;

    @BeforeAll
    static void importFixture(@TempDir Path dir) throws Exception {
        ACCOUNT.role("trusts-reacher", trust("{\"AWS\":\"" + ACCOUNT.arn("user", "reacher") + "\"}", ""), "")
                .role("trusts-root", trust("{\"AWS\":\"" + ROOT + "\"}", ""), "")
                .user("reacher", "AIDAREACHER000000001", List.of(), allow("iam:AttachRolePolicy", ACCOUNT.arn("role", "trusts-reacher")))
                .user("changer", "AIDACHANGER000000001", List.of(), allow("iam:AttachRolePolicy", ACCOUNT.arn("role", "trusts-root")));
        graph = GaadFixture.importFiles(dir, ImportOptions.defaults(), ACCOUNT).graph();
    }

    @Test
    void aCallerThatChangesTheRolesPoliciesAndAssumesItIsAdminThroughBoth() {
        List<Relation> admin = relations(graph, RelationKind.ADMIN_OF, ACCOUNT.arn("user", "reacher"), ROOT);
        assertEquals(1, admin.size());
        assertEquals("AWS-IAM-05", admin.get(0).rule());
        assertEquals(List.of(GrantId.of("aws:inline:" + ACCOUNT.arn("user", "reacher") + ":p0"),
                GrantId.of("aws:trust:" + ACCOUNT.arn("role", "trusts-reacher") + ":0:" + ACCOUNT.arn("user", "reacher"))),
                admin.get(0).grants());
        assertTrue(admin.get(0).actions().contains("iam:AttachRolePolicy"), admin.get(0).actions().toString());
        assertEquals("true", graph.entity(EntityId.of(ACCOUNT.arn("user", "reacher"))).orElseThrow().property("adminEquivalent"));
    }

    @Test
    void aCallerThatCannotReachTheRoleOnlyChangesItsPolicies() {
        String changer = ACCOUNT.arn("user", "changer");
        assertEquals(1, relations(graph, RelationKind.CAN_CHANGE_POLICIES, changer, ACCOUNT.arn("role", "trusts-root")).size());
        assertEquals(List.of(), relations(graph, RelationKind.ADMIN_OF, changer, ROOT));
        // it has permissions-management access to the role as a resource, and no way to act as it
        assertEquals(List.of(), graph.outgoing(EntityId.of(changer)).stream().filter(r -> r.kind().traversable()).toList());
        assertFalse(new AttackPathFinder(graph).shortest(EntityId.of(changer), EntityId.of(ROOT)).isPresent());
    }
}

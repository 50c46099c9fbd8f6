package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.GaadFixture.allow;
import static io.blastwall.importer.aws.GaadFixture.deny;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.importer.ImportOptions;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminDetectionTest {
    private static final GaadFixture ACCOUNT = new GaadFixture("111111111111");
    private static final String ROOT = "arn:aws:iam::111111111111:root";
    private static IdentityGraph graph;

    @BeforeAll
    static void importFixture(@TempDir Path dir) throws Exception {
        ACCOUNT
                .user("star", "AIDASTAR000000000001", List.of(), allow("*", "*"))
                .user("star-but-no-iam", "AIDANOIAM00000000001", List.of(), allow("*", "*"), deny("iam:*", "*"))
                .user("self-writer", "AIDASELF000000000001", List.of(), allow("iam:PutUserPolicy", ACCOUNT.arn("user", "self-writer")))
                .user("other-writer", "AIDAOTHER00000000001", List.of(), allow("iam:PutUserPolicy", ACCOUNT.arn("user", "star")))
                .user("notaction", "AIDANOTACTION0000001", List.of(), """
                        {"Statement":{"Effect":"Allow","NotAction":["iam:Update*","iam:Create*","iam:Attach*"],"Resource":"*"}}""")
                .user("group-writer", "AIDAGROUPWRITER00001", List.of("ops"))
                .group("ops", allow("iam:PutGroupPolicy", ACCOUNT.arn("group", "ops")));
        graph = GaadFixture.importFiles(dir, ImportOptions.defaults(), ACCOUNT).graph();
    }

    /** The rules of the user's ADMIN_OF relations (relations with the same grants list all their rules, joined by +). */
    private static Set<String> adminRules(String user) {
        return graph.outgoing(EntityId.of(ACCOUNT.arn("user", user))).stream()
                .filter(r -> r.kind() == RelationKind.ADMIN_OF && r.to().value().equals(ROOT))
                .map(Relation::rule).flatMap(rule -> Stream.of(rule.split("\\+"))).collect(Collectors.toSet());
    }

    @Test
    void starOnStarIsAdminAndACrownJewel() {
        assertEquals(Set.of("AWS-ADMIN", "AWS-IAM-06", "AWS-IAM-03", "AWS-IAM-14"), adminRules("star"));
        var star = graph.require(EntityId.of(ACCOUNT.arn("user", "star")));
        assertEquals(Sensitivity.CRITICAL, star.sensitivity());
        assertEquals("true", star.property("adminEquivalent"));
    }

    @Test
    void theAccountOfAnAdministratorControlsEveryUserInIt() {
        Set<String> controlled = graph.outgoing(EntityId.of(ROOT)).stream()
                .filter(r -> r.kind() == RelationKind.CONTROLS)
                .map(r -> r.to().value())
                .collect(Collectors.toSet());
        Set<String> users = Stream.of("star", "star-but-no-iam", "self-writer", "other-writer", "notaction", "group-writer")
                .map(u -> ACCOUNT.arn("user", u))
                .collect(Collectors.toSet());
        assertEquals(users, controlled);
    }

    @Test
    void starWithIamDeniedIsNotAdmin() {
        assertEquals(Set.of(), adminRules("star-but-no-iam"));
    }

    @Test
    void putUserPolicyOnItselfIsAdminButOnSomeoneElseIsNot() {
        assertEquals(Set.of("AWS-IAM-06"), adminRules("self-writer"));
        assertEquals(Set.of(), adminRules("other-writer"));
    }

    @Test
    void notActionThatLeavesPutUserPolicyIsAdmin() {
        assertEquals(Set.of("AWS-IAM-06"), adminRules("notaction"));
    }

    @Test
    void putGroupPolicyOnItsOwnGroupIsAdmin() {
        assertEquals(Set.of("AWS-IAM-07"), adminRules("group-writer"));
    }
}

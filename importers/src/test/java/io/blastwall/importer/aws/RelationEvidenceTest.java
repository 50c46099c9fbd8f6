package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.GaadFixture.allow;
import static io.blastwall.importer.aws.GaadFixture.relations;
import static io.blastwall.importer.aws.GaadFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.importer.ImportOptions;
import io.blastwall.model.Evidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every escalation, trust and access relation names the statements that allowed it and the denies checked. */
class RelationEvidenceTest {
    private static final GaadFixture ACCOUNT = new GaadFixture("111111111111");
    private static final String DENY_WITHOUT_MFA = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:CreateAccessKey","Resource":"*",
             "Condition":{"StringEquals":{"aws:username":"somebody-else"}}}]}""";
    private static Path file;
    private static IdentityGraph graph;

    @BeforeAll
    static void importFixture(@TempDir Path dir) throws Exception {
        ACCOUNT.user("minter", "AIDAMINTER0000000001", List.of(),
                        allow("iam:CreateAccessKey", ACCOUNT.arn("user", "target")), DENY_WITHOUT_MFA)
                .user("target", "AIDATARGET0000000001", List.of())
                .role("ops", trust("{\"AWS\":\"" + ACCOUNT.arn("user", "target") + "\"}", ""), "");
        graph = GaadFixture.importFiles(dir, ImportOptions.defaults(), ACCOUNT).graph();
        file = dir.resolve("gaad-0.json");
    }

    @Test
    void escalationNamesTheAllowingStatementThenTheDenyThatWasChecked() {
        List<Relation> keys = relations(graph, RelationKind.CAN_WRITE_CREDENTIALS, ACCOUNT.arn("user", "minter"),
                ACCOUNT.arn("user", "target"));
        assertEquals(1, keys.size());
        assertEquals(List.of(
                new Evidence(file.toString(), "UserDetailList[0].UserPolicyList[0].PolicyDocument.Statement[0]",
                        "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"" + ACCOUNT.arn("user", "target") + "\"}"),
                new Evidence(file.toString(), "checked: deny in inline policy p1 at UserDetailList[0].UserPolicyList[1]"
                        + ".PolicyDocument.Statement[0] (condition not met)",
                        "{\"Effect\":\"Deny\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"*\",\"Condition\":"
                                + "{\"StringEquals\":{\"aws:username\":\"somebody-else\"}}}")),
                keys.get(0).evidence());
    }

    @Test
    void trustNamesTheTrustStatement() {
        List<Relation> assume = relations(graph, RelationKind.CAN_ASSUME, ACCOUNT.arn("user", "target"),
                ACCOUNT.arn("role", "ops"));
        assertEquals(1, assume.size());
        assertEquals(List.of("RoleDetailList[0].AssumeRolePolicyDocument.Statement[0]"),
                assume.get(0).evidence().stream().map(Evidence::location).toList());
    }

    @Test
    void accessNamesTheAllowingStatement() {
        List<Relation> access = relations(graph, RelationKind.CAN_ACCESS, ACCOUNT.arn("user", "minter"),
                ACCOUNT.arn("user", "target"));
        assertEquals(List.of("UserDetailList[0].UserPolicyList[0].PolicyDocument.Statement[0]",
                        "checked: deny in inline policy p1 at UserDetailList[0].UserPolicyList[1].PolicyDocument.Statement[0]"
                                + " (condition not met)"),
                access.get(0).evidence().stream().map(Evidence::location).toList());
    }
}

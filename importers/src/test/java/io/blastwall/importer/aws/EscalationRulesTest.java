package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.GaadFixture.allow;
import static io.blastwall.importer.aws.GaadFixture.relations;
import static io.blastwall.importer.aws.GaadFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.importer.ImportOptions;
import io.blastwall.model.Confidence;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscalationRulesTest {
    private static final GaadFixture ACCOUNT = new GaadFixture("111111111111");
    private static IdentityGraph graph;

    private static String statements(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    private static String stmt(String action, String resource) {
        return "{\"Effect\":\"Allow\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}";
    }

    @BeforeAll
    static void importFixture(@TempDir Path dir) throws Exception {
        String lambdaTrust = trust("{\"Service\":\"lambda.amazonaws.com\"}", "");
        String ec2Trust = trust("{\"Service\":\"ec2.amazonaws.com\"}", "");
        ACCOUNT
                .user("deployer", "AIDADEPLOYER00000001", List.of(), statements(
                        stmt("iam:PassRole", ACCOUNT.arn("role", "fn-*")),
                        stmt("lambda:CreateFunction", "*"), stmt("lambda:InvokeFunction", "*")))
                .user("ci", "AIDACI00000000000001", List.of(), statements(
                        stmt("iam:PassRole", "*"), stmt("lambda:*", "*")))
                .user("half-deployer", "AIDAHALF000000000001", List.of(), statements(
                        stmt("iam:PassRole", "*"), stmt("lambda:CreateFunction", "*")))
                .user("launcher", "AIDALAUNCHER00000001", List.of(), statements(
                        stmt("iam:PassRole", "*"), stmt("ec2:RunInstances", "*")))
                .user("key-minter", "AIDAKEYMINTER0000001", List.of(), allow("iam:CreateAccessKey", ACCOUNT.arn("user", "target")))
                .user("target", "AIDATARGET0000000001", List.of("team"))
                .user("version-writer", "AIDAVERSION000000001", List.of(),
                        allow("iam:CreatePolicyVersion", ACCOUNT.arn("policy", "team-policy")))
                .user("attach-readonly", "AIDAATTACH0000000001", List.of(), """
                        {"Statement":[{"Effect":"Allow","Action":"iam:AttachRolePolicy","Resource":"*",
                          "Condition":{"ArnEquals":{"iam:PolicyARN":"arn:aws:iam::aws:policy/ReadOnlyAccess"}}}]}""")
                .user("trust-editor", "AIDATRUSTEDITOR00001", List.of(), allow("iam:UpdateAssumeRolePolicy", ACCOUNT.arn("role", "fn-a")))
                .raw("groups", """
                        {"GroupName":"team","GroupId":"AGPATEAM","Arn":"%s","Path":"/",
                         "AttachedManagedPolicies":[{"PolicyName":"team-policy","PolicyArn":"%s"}],"GroupPolicyList":[]}"""
                        .formatted(ACCOUNT.arn("group", "team"), ACCOUNT.arn("policy", "team-policy")))
                .raw("policies", """
                        {"PolicyName":"team-policy","Arn":"%s","DefaultVersionId":"v1","PolicyVersionList":[
                          {"VersionId":"v1","IsDefaultVersion":true,"Document":%s}]}"""
                        .formatted(ACCOUNT.arn("policy", "team-policy"), allow("s3:GetObject", "*")))
                .role("fn-a", lambdaTrust, "")
                .role("web", ec2Trust, """
                        "InstanceProfileList":[{"InstanceProfileName":"web","Arn":"arn:aws:iam::111111111111:instance-profile/web"}]""")
                .role("batch", ec2Trust, "");
        graph = GaadFixture.importFiles(dir, ImportOptions.defaults(), ACCOUNT).graph();
    }

    private static List<Relation> from(RelationKind kind, String user, String targetType, String target) {
        return relations(graph, kind, ACCOUNT.arn("user", user), ACCOUNT.arn(targetType, target));
    }

    @Test
    void passRoleWithTheServicesCreateAndInvokeActionsReachesARoleTrustingTheService() {
        List<Relation> pass = from(RelationKind.CAN_PASS_ROLE, "deployer", "role", "fn-a");
        assertEquals(1, pass.size());
        assertEquals("AWS-LAM-01", pass.get(0).rule());
        assertEquals(List.of(GrantId.of("aws:inline:" + ACCOUNT.arn("user", "deployer") + ":p0"),
                GrantId.of("aws:trust:" + ACCOUNT.arn("role", "fn-a") + ":0:lambda.amazonaws.com")), pass.get(0).grants());
    }

    @Test
    void passingEveryRoleGoesThroughTheServiceOfTheAccountWhichAssumesEachRoleTrustingIt() {
        String lambda = "lambda.amazonaws.com@111111111111";
        List<Relation> both = relations(graph, RelationKind.CAN_PASS_ROLE, ACCOUNT.arn("user", "ci"), lambda);
        List<Relation> pass = both.stream().filter(r -> r.confidence() == Confidence.PROVEN).toList();
        assertEquals(1, pass.size());
        assertEquals("AWS-LAM-01", pass.get(0).rule());
        assertEquals(List.of(GrantId.of("aws:inline:" + ACCOUNT.arn("user", "ci") + ":p0")), pass.get(0).grants());
        // lambda:* also changes existing functions' code and layers: heuristic, since no function is listed
        List<Relation> existing = both.stream().filter(r -> r.confidence() == Confidence.HEURISTIC).toList();
        assertEquals(1, existing.size());
        assertEquals(java.util.Set.of("AWS-LAM-02", "AWS-LAM-03", "AWS-LAM-04"),
                java.util.Set.of(existing.get(0).rule().split("\\+")), existing.get(0).rule());
        assertTrue(existing.get(0).conditions().stream().allMatch(c -> c.startsWith("assumes ")), existing.get(0).conditions().toString());
        assertEquals(List.of(), from(RelationKind.CAN_PASS_ROLE, "ci", "role", "fn-a"));
        List<Relation> assume = relations(graph, RelationKind.CAN_ASSUME, lambda, ACCOUNT.arn("role", "fn-a"));
        assertEquals(List.of(GrantId.of("aws:trust:" + ACCOUNT.arn("role", "fn-a") + ":0:lambda.amazonaws.com")),
                assume.get(0).grants());
    }

    @Test
    void passRoleWithoutAWayToRunTheFunctionGivesNoEdge() {
        assertEquals(List.of(), from(RelationKind.CAN_PASS_ROLE, "half-deployer", "role", "fn-a"));
    }

    @Test
    void ec2PassRoleNeedsTheRoleToBeInAnInstanceProfile() {
        String profiles = "ec2.amazonaws.com/instance-profile@111111111111";
        List<Relation> launch = relations(graph, RelationKind.CAN_PASS_ROLE, ACCOUNT.arn("user", "launcher"), profiles);
        assertEquals(List.of("AWS-EC2-01"), launch.stream().map(Relation::rule).toList(), "every role: one relation");
        assertEquals(List.of(), from(RelationKind.CAN_PASS_ROLE, "launcher", "role", "web"));
        List<Relation> web = relations(graph, RelationKind.CAN_ASSUME, profiles, ACCOUNT.arn("role", "web"));
        assertEquals(1, web.size());
        assertEquals(List.of(GrantId.of("aws:trust:" + ACCOUNT.arn("role", "web") + ":0:ec2.amazonaws.com"),
                GrantId.of("aws:instance-profile:arn:aws:iam::111111111111:instance-profile/web:" + ACCOUNT.arn("role", "web"))),
                web.get(0).grants());
        assertEquals(List.of(), relations(graph, RelationKind.CAN_ASSUME, profiles, ACCOUNT.arn("role", "batch")));
    }

    @Test
    void createAccessKeyOnAUserWritesItsCredentials() {
        List<Relation> keys = from(RelationKind.CAN_WRITE_CREDENTIALS, "key-minter", "user", "target");
        assertEquals(1, keys.size());
        assertEquals("AWS-IAM-10", keys.get(0).rule());
    }

    @Test
    void newVersionOfAGroupPolicyChangesEveryMembersPermissions() {
        List<Relation> change = from(RelationKind.CAN_CHANGE_POLICIES, "version-writer", "user", "target");
        assertEquals(1, change.size());
        assertEquals(List.of(GrantId.of("aws:inline:" + ACCOUNT.arn("user", "version-writer") + ":p0"),
                GrantId.of("aws:member:" + ACCOUNT.arn("user", "target") + ":" + ACCOUNT.arn("group", "team")),
                GrantId.of("aws:attach:" + ACCOUNT.arn("group", "team") + ":" + ACCOUNT.arn("policy", "team-policy"))),
                change.get(0).grants());
    }

    @Test
    void attachLimitedToANamedPolicyByConditionIsNotAnEscalation() {
        assertEquals(List.of(), from(RelationKind.CAN_CHANGE_POLICIES, "attach-readonly", "role", "fn-a"));
    }

    @Test
    void updatingATrustPolicyLetsTheCallerAssumeTheRole() {
        List<Relation> assume = from(RelationKind.CAN_ASSUME, "trust-editor", "role", "fn-a");
        assertEquals(1, assume.size());
        assertEquals("AWS-IAM-13", assume.get(0).rule());
    }
}

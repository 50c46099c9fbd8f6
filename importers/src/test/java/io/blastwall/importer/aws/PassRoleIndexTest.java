package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.GaadFixture.relations;
import static io.blastwall.importer.aws.GaadFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.importer.ImportOptions;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS-EC2-01 and AWS-LAM-01 as decided from the index of roles by trusted service: the PassRole resource patterns,
 * Denies, boundaries, {@code iam:PassedToService} and {@code ec2:InstanceProfile} conditions still decide each role.
 */
class PassRoleIndexTest {
    private static final GaadFixture ACCOUNT = new GaadFixture("111111111111");
    private static final String PROFILE = "arn:aws:iam::111111111111:instance-profile/";
    private static IdentityGraph graph;

    private static String doc(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    private static String stmt(String effect, String action, String resource, String condition) {
        return "{\"Effect\":\"" + effect + "\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\""
                + (condition.isEmpty() ? "" : ",\"Condition\":" + condition) + "}";
    }

    private static String allow(String action, String resource) {
        return stmt("Allow", action, resource, "");
    }

    private static String profile(String name) {
        return "\"InstanceProfileList\":[{\"InstanceProfileName\":\"" + name + "\",\"Arn\":\"" + PROFILE + name + "\"}]";
    }

    private static String user(String name, String boundary, String document) {
        String fence = boundary.isEmpty() ? ""
                : ",\"PermissionsBoundary\":{\"PermissionsBoundaryType\":\"Policy\",\"PermissionsBoundaryArn\":\"" + boundary + "\"}";
        String id = ("AIDA" + name.toUpperCase().replaceAll("[^A-Z0-9]", "0") + "00000000000000000000").substring(0, 21);
        return """
                {"UserName":"%s","UserId":"%s","Arn":"%s","Path":"/","GroupList":[],"AttachedManagedPolicies":[],
                 "UserPolicyList":[{"PolicyName":"p0","PolicyDocument":%s}]%s}"""
                .formatted(name, id, ACCOUNT.arn("user", name), document, fence);
    }

    @BeforeAll
    static void importFixture(@TempDir Path dir) throws Exception {
        String ec2 = trust("{\"Service\":\"ec2.amazonaws.com\"}", "");
        String lambda = trust("{\"Service\":\"lambda.amazonaws.com\"}", "");
        String run = allow("ec2:RunInstances", "*");
        String lambdaSteps = allow("lambda:CreateFunction", "*") + "," + allow("lambda:InvokeFunction", "*");
        ACCOUNT
                .role("app-web", ec2, profile("app-web"))
                .role("app-batch", ec2, profile("app-batch"))
                .role("ops-admin", ec2, profile("ops-admin"))
                .role("app-fn", lambda, "")
                .raw("users", user("launcher", "", doc(allow("iam:PassRole", ACCOUNT.arn("role", "app-*")), run)))
                .raw("users", user("no-pass", "", doc(run)))
                .raw("users", user("denied", "", doc(allow("iam:PassRole", "*"), run,
                        stmt("Deny", "iam:PassRole", ACCOUNT.arn("role", "app-web"), ""))))
                .raw("users", user("fenced", ACCOUNT.arn("policy", "ec2-only"), doc(allow("iam:PassRole", "*"), run)))
                .raw("users", user("one-profile", "", doc(allow("iam:PassRole", "*"), stmt("Allow", "ec2:RunInstances", "*",
                        "{\"ArnEquals\":{\"ec2:InstanceProfile\":\"" + PROFILE + "app-batch\"}}"))))
                .raw("users", user("to-lambda-only", "", doc(stmt("Allow", "iam:PassRole", "*",
                        "{\"StringEquals\":{\"iam:PassedToService\":\"lambda.amazonaws.com\"}}"), run, lambdaSteps)))
                .raw("policies", EscalationRuleMatrixTest.managed("ec2-only", doc(allow("ec2:*", "*"))));
        graph = GaadFixture.importFiles(dir, ImportOptions.defaults(), ACCOUNT).graph();
    }

    private static List<String> passes(String user) {
        return graph.outgoing(io.blastwall.model.EntityId.of(ACCOUNT.arn("user", user))).stream()
                .filter(r -> r.kind() == RelationKind.CAN_PASS_ROLE).map(r -> r.to().value()).sorted().toList();
    }

    @Test
    void thePassRolePatternDecidesWhichRolesAreReached() {
        assertEquals(List.of(ACCOUNT.arn("role", "app-batch"), ACCOUNT.arn("role", "app-web")), passes("launcher"));
        List<Relation> web = relations(graph, RelationKind.CAN_PASS_ROLE, ACCOUNT.arn("user", "launcher"), ACCOUNT.arn("role", "app-web"));
        assertEquals("AWS-EC2-01", web.get(0).rule());
    }

    @Test
    void noPassRoleADenyOrABoundaryWithoutItGivesNoRelation() {
        assertEquals(List.of(), passes("no-pass"));
        assertEquals(List.of(ACCOUNT.arn("role", "app-batch"), ACCOUNT.arn("role", "ops-admin")), passes("denied"));
        assertEquals(List.of(), passes("fenced"), "iam:PassRole is outside its boundary");
    }

    @Test
    void aDenyThatWasCheckedNamesTheRoleItDidNotCover() {
        String batch = ACCOUNT.arn("role", "app-batch");
        List<Relation> pass = relations(graph, RelationKind.CAN_PASS_ROLE, ACCOUNT.arn("user", "denied"), batch);
        assertEquals(1, pass.size());
        assertEquals(1, pass.get(0).evidence().stream()
                .filter(e -> e.location().startsWith("checked: deny") && e.location().contains("does not cover all of " + batch))
                .count(), pass.get(0).evidence().toString());
    }

    @Test
    void theInstanceProfileConditionIsCheckedRoleByRole() {
        assertEquals(List.of(ACCOUNT.arn("role", "app-batch")), passes("one-profile"));
    }

    @Test
    void passedToServiceLimitsTheServices() {
        assertEquals(List.of("lambda.amazonaws.com@111111111111"), passes("to-lambda-only"),
                "every role, but only to Lambda: no EC2 instance profile role");
    }
}

package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.GaadFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.importer.ImportOptions;
import io.blastwall.model.Confidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS-ECS-01 needs the ECS service-linked role in the account: proven when the export has it or the caller may create
 * it (then the relation also rests on that permission), conditional on its existing otherwise.
 */
class ServiceLinkedRoleTest {
    private static final GaadFixture WITH = new GaadFixture("111111111111");
    private static final GaadFixture WITHOUT = new GaadFixture("222222222222");
    private static IdentityGraph graph;

    private static String deployer(GaadFixture a, String... extra) {
        StringBuilder statements = new StringBuilder("""
                {"Effect":"Allow","Action":"iam:PassRole","Resource":"%s"},
                {"Effect":"Allow","Action":["ecs:RegisterTaskDefinition","ecs:RunTask"],"Resource":"*"}"""
                .formatted(a.arn("role", "task")));
        for (String s : extra) {
            statements.append(',').append(s);
        }
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }

    @BeforeAll
    static void importFixture(@TempDir Path dir) throws Exception {
        String ecsTasks = trust("{\"Service\":\"ecs-tasks.amazonaws.com\"}", "");
        WITH.role("task", ecsTasks, "")
                .raw("roles", """
                        {"RoleName":"AWSServiceRoleForECS","RoleId":"AROASLRECS0000000001","Path":"/aws-service-role/ecs.amazonaws.com/",
                         "Arn":"arn:aws:iam::111111111111:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
                         "AssumeRolePolicyDocument":%s,"AttachedManagedPolicies":[],"RolePolicyList":[],"InstanceProfileList":[]}"""
                        .formatted(trust("{\"Service\":\"ecs.amazonaws.com\"}", "")))
                .user("deployer", "AIDADEPLOYER00000001", List.of(), deployer(WITH));
        WITHOUT.role("task", ecsTasks, "")
                .user("deployer", "AIDADEPLOYER00000002", List.of(), deployer(WITHOUT))
                .user("creator", "AIDACREATOR000000002", List.of(), deployer(WITHOUT, """
                        {"Effect":"Allow","Action":"iam:CreateServiceLinkedRole","Resource":"*",
                         "Condition":{"StringEquals":{"iam:AWSServiceName":"ecs.amazonaws.com"}}}"""));
        graph = GaadFixture.importFiles(dir, ImportOptions.defaults(), WITH, WITHOUT).graph();
    }

    private static Relation pass(GaadFixture a, String user) {
        List<Relation> found = GaadFixture.relations(graph, RelationKind.CAN_PASS_ROLE, a.arn("user", user), a.arn("role", "task"));
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void theServiceLinkedRoleInTheExportMakesItProven() {
        Relation r = pass(WITH, "deployer");
        assertEquals(Confidence.PROVEN, r.confidence());
        assertEquals(List.of(), r.conditions());
    }

    @Test
    void withoutItTheRelationIsConditionalOnItsExisting() {
        Relation r = pass(WITHOUT, "deployer");
        assertEquals(Confidence.CONDITIONAL, r.confidence());
        assertTrue(r.conditions().get(0).contains("ecs.amazonaws.com service-linked role exists"), r.conditions().toString());
    }

    @Test
    void aCallerThatMayCreateItIsProvenAndNeedsThatPermission() {
        Relation r = pass(WITHOUT, "creator");
        assertEquals(Confidence.PROVEN, r.confidence());
        assertTrue(r.actions().contains("iam:CreateServiceLinkedRole"), r.actions().toString());
    }
}

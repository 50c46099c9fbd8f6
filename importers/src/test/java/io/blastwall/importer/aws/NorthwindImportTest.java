package io.blastwall.importer.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.Provider;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import io.blastwall.sampledata.SampleDataset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Northwind sample environment (sample-data), whose README tells what an analyst must see. */
class NorthwindImportTest {
    private static final String PROD = "arn:aws:iam::111122223333:";
    private static final String CI = "arn:aws:iam::444455556666:";
    private static final String CUSTOMER_OBJECTS = "arn:aws:s3:::northwind-prod-customer-data/*";
    private static IdentityGraph graph;

    @BeforeAll
    static void importSample(@TempDir Path dir) throws Exception {
        Path folder = SampleDataset.NORTHWIND.extractTo(dir);
        ImportResult result = new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(folder), ProgressListener.NONE);
        graph = result.graph();
    }

    private static List<Relation> rel(RelationKind kind, String from, String to) {
        return GaadFixture.relations(graph, kind, from, to);
    }

    private static Entity entity(String id) {
        return graph.require(EntityId.of(id));
    }

    @Test
    void classifiesTheThreeAiAgentsAndTheSevenHumans() {
        assertEquals(Set.of("support-agent", "sales-copilot", "ai-code-review-agent"), names(EntityKind.AI_AGENT));
        assertEquals(Set.of("maria.garcia", "david.okafor", "lena.fischer", "alex.kim", "sam.oconnor", "tom.nguyen",
                "priya.shah"), names(EntityKind.HUMAN));
        assertEquals(Set.of("jenkins-legacy", "svc-backup", "svc-reporting"), names(EntityKind.SERVICE_ACCOUNT));
    }

    @Test
    void supportAgentReachesCustomerDataInThreeHops() {
        List<Relation> first = rel(RelationKind.CAN_ASSUME, PROD + "role/support-agent", PROD + "role/data-pipeline-role");
        assertEquals(1, first.size());
        assertEquals(List.of(GrantId.of("aws:trust:" + PROD + "role/data-pipeline-role:1:" + PROD + "role/support-agent")),
                first.get(0).grants());
        assertEquals(1, rel(RelationKind.CAN_ASSUME, PROD + "role/data-pipeline-role", PROD + "role/prod-data-reader").size());
        List<Relation> read = rel(RelationKind.CAN_ACCESS, PROD + "role/prod-data-reader", CUSTOMER_OBJECTS);
        assertEquals(AccessLevel.READ, read.get(0).access());
        assertEquals(Sensitivity.CRITICAL, entity(CUSTOMER_OBJECTS).sensitivity());
    }

    @Test
    void onlyTheDefaultPolicyVersionCounts() {
        assertEquals(List.of(), rel(RelationKind.CAN_ACCESS, PROD + "role/data-pipeline-role", CUSTOMER_OBJECTS));
    }

    @Test
    void salesCopilotIsStoppedByItsExplicitDenyAndByATrustThatDoesNotNameIt() {
        assertEquals(List.of(), rel(RelationKind.CAN_ASSUME, PROD + "role/sales-copilot", PROD + "role/prod-data-reader"));
        assertEquals(1, rel(RelationKind.CAN_ASSUME, PROD + "role/sales-copilot", PROD + "role/analytics-reader").size());
        assertEquals(List.of(), rel(RelationKind.CAN_ASSUME, PROD + "role/sales-copilot", PROD + "role/payments-secrets-reader"));
    }

    @Test
    void codeReviewAgentsBoundaryKeepsItAwayFromSecrets() {
        assertTrue(graph.outgoing(EntityId.of(CI + "role/ai-code-review-agent")).stream()
                .noneMatch(r -> r.to().value().contains("secretsmanager")));
    }

    @Test
    void oneSidedTrustGivesNoEdge() {
        assertEquals(List.of(), rel(RelationKind.CAN_ASSUME, PROD + "user/tom.nguyen", PROD + "role/data-pipeline-role"));
    }

    @Test
    void anyGithubWorkflowOfTheOrganisationReachesAnAdminEquivalentProdRole() {
        List<Relation> oidc = rel(RelationKind.CAN_ASSUME, CI + "oidc-provider/token.actions.githubusercontent.com",
                CI + "role/github-actions-ci");
        assertEquals(Confidence.CONDITIONAL, oidc.get(0).confidence());
        assertEquals("AWS-STS-03", oidc.get(0).rule());
        assertEquals("AWS-STS-02", rel(RelationKind.CAN_ASSUME, CI + "role/github-actions-ci", PROD + "role/terraform-apply")
                .get(0).rule());
        assertEquals("true", entity(PROD + "role/terraform-apply").property("adminEquivalent"));
    }

    @Test
    void crossAccountAdminRoleNeedsMfa() {
        List<Relation> admin = rel(RelationKind.CAN_ASSUME, CI + "user/maria.garcia", PROD + "role/platform-admin");
        assertEquals(Confidence.CONDITIONAL, admin.get(0).confidence());
        assertTrue(admin.get(0).conditions().contains("{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}"),
                admin.get(0).conditions().toString());
    }

    @Test
    void vendorTrustIsThirdPartyAndConditionalOnTheExternalId() {
        List<Relation> vendor = rel(RelationKind.CAN_ASSUME, "arn:aws:iam::999988887777:root", PROD + "role/vendor-observability-readonly");
        assertEquals(Confidence.CONDITIONAL, vendor.get(0).confidence());
        assertEquals("true", entity("arn:aws:iam::999988887777:root").property("thirdParty"));
    }

    @Test
    void jenkinsLegacyKeysAreStaleAndStillReachProd() {
        Entity key = entity(CI + "user/jenkins-legacy/access-key-1");
        assertEquals("true", key.property("stale"));
        long days = Duration.between(OffsetDateTime.parse("2025-09-12T21:47:00+00:00"),
                OffsetDateTime.parse(key.property("asOf"))).toDays();
        assertEquals(String.valueOf(days), key.property("daysSinceUse"));
        assertTrue(days > 400, "measured from the report's latest date, " + key.property("asOf"));
        assertEquals("never", entity(CI + "user/jenkins-legacy/access-key-2").property("lastUsed"));
        assertEquals(1, rel(RelationKind.CAN_ASSUME, CI + "user/jenkins-legacy", PROD + "role/legacy-jenkins-deploy").size());
        assertEquals(1, rel(RelationKind.CAN_WRITE_CREDENTIALS, CI + "user/alex.kim", CI + "user/jenkins-legacy").size());
    }

    @Test
    void deployRoleCanPassTaskRolesToEcs() {
        assertEquals("AWS-ECS-01",
                rel(RelationKind.CAN_PASS_ROLE, PROD + "role/prod-deploy", PROD + "role/ecs-task-orders-api").get(0).rule());
    }

    private static Set<String> names(EntityKind kind) {
        return graph.entities().stream().filter(e -> e.provider() == Provider.AWS && e.kind() == kind).map(Entity::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

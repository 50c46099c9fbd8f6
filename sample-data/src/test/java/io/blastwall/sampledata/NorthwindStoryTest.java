package io.blastwall.sampledata;

import static io.blastwall.sampledata.Northwind.CI_TOOLS;
import static io.blastwall.sampledata.Northwind.PROD;
import static io.blastwall.sampledata.Northwind.inlineStatements;
import static io.blastwall.sampledata.Northwind.role;
import static io.blastwall.sampledata.Northwind.statement;
import static io.blastwall.sampledata.Northwind.strings;
import static io.blastwall.sampledata.Northwind.trustStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facts the sample's story (README.md beside the files) depends on. */
class NorthwindStoryTest {
    private static final String PROD_ROLE = "arn:aws:iam::111122223333:role/";
    private static final String CUSTOMER_BUCKET = "arn:aws:s3:::northwind-prod-customer-data";
    private static final OffsetDateTime SNAPSHOT = OffsetDateTime.parse("2026-11-30T00:00:00+00:00");

    private final JsonNode prod = Northwind.gaad(PROD);
    private final JsonNode ciTools = Northwind.gaad(CI_TOOLS);

    @Test
    void supportAgentIsABedrockAgentTaggedAsAnAiAgent() {
        JsonNode agent = role(prod, "support-agent");
        JsonNode trust = trustStatement(agent, "AmazonBedrockAgentsTrust");
        assertEquals(List.of("bedrock.amazonaws.com"), strings(trust.get("Principal").get("Service")));
        assertEquals("true", tag(agent, "ai-agent"));
    }

    @Test
    void firstHopSupportAgentMayAssumeTheDataPipelineRoleWhichTrustsIt() {
        JsonNode allow = statement(inlineStatements(role(prod, "support-agent")), "TriggerOrderHistoryRefresh");
        JsonNode trust = trustStatement(role(prod, "data-pipeline-role"), "AllowSupportAgentOrderRefresh");
        assertEquals(List.of("Allow", "sts:AssumeRole", PROD_ROLE + "data-pipeline-role"), grant(allow));
        assertEquals(List.of(PROD_ROLE + "support-agent"), strings(trust.get("Principal").get("AWS")));
    }

    @Test
    void secondHopDataPipelineRoleMayAssumeProdDataReaderWhichTrustsIt() {
        JsonNode allow = statement(inlineStatements(role(prod, "data-pipeline-role")), "ReadCustomerDataViaReader");
        JsonNode trust = trustStatement(role(prod, "prod-data-reader"), "DataPipeline");
        assertEquals(List.of("Allow", "sts:AssumeRole", PROD_ROLE + "prod-data-reader"), grant(allow));
        assertEquals(List.of(PROD_ROLE + "data-pipeline-role"), strings(trust.get("Principal").get("AWS")));
    }

    @Test
    void lastHopProdDataReaderReadsTheCustomerDataBucket() {
        JsonNode read = statement(inlineStatements(role(prod, "prod-data-reader")), "ReadCustomerData");
        assertEquals(List.of("Allow", "s3:GetObject", "s3:GetObjectVersion", CUSTOMER_BUCKET + "/*"), grant(read));
    }

    @Test
    void salesCopilotIsStillTrustedByProdDataReaderButDeniesItself() {
        List<JsonNode> statements = inlineStatements(role(prod, "sales-copilot"));
        JsonNode trust = trustStatement(role(prod, "prod-data-reader"), "SalesCopilotPilot");
        assertEquals(List.of(PROD_ROLE + "sales-copilot"), strings(trust.get("Principal").get("AWS")));
        assertEquals(List.of("Allow", "sts:AssumeRole", PROD_ROLE + "*-reader"),
                grant(statement(statements, "AssumeReaderRoles")));
        assertEquals(List.of("Deny", "sts:AssumeRole", PROD_ROLE + "prod-data-reader"),
                grant(statement(statements, "NeverReadCustomerData")));
    }

    @Test
    void codeReviewAgentIsBoundedAndHasNoRoleOrIamActions() {
        JsonNode agent = role(ciTools, "ai-code-review-agent");
        assertEquals("arn:aws:iam::444455556666:policy/agent-permissions-boundary",
                agent.get("PermissionsBoundary").get("PermissionsBoundaryArn").asText());
        List<String> escalating = inlineStatements(agent).stream()
                .flatMap(s -> strings(s.get("Action")).stream())
                .filter(action -> action.startsWith("sts:") || action.startsWith("iam:"))
                .toList();
        assertEquals(List.of(), escalating);
        assertEquals("true", tag(agent, "ai-agent"));
    }

    @Test
    void githubActionsRoleTrustsTheOidcProviderForTheNorthwindOrganisationOnly() {
        JsonNode trust = trustStatement(role(ciTools, "github-actions-ci"), "GithubActionsOidc");
        assertEquals("arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com",
                trust.get("Principal").get("Federated").asText());
        assertEquals("sts:AssumeRoleWithWebIdentity", trust.get("Action").asText());
        JsonNode condition = trust.get("Condition");
        assertEquals("sts.amazonaws.com",
                condition.get("StringEquals").get("token.actions.githubusercontent.com:aud").asText());
        assertEquals("repo:northwind/*",
                condition.get("StringLike").get("token.actions.githubusercontent.com:sub").asText());
    }

    @Test
    void prodDeploymentRolesTrustTheCiRoleAcrossAccounts() {
        String ciRole = "arn:aws:iam::444455556666:role/github-actions-ci";
        assertEquals(List.of(ciRole), strings(trustStatement(role(prod, "prod-deploy"), "GithubActionsFromCiTools")
                .get("Principal").get("AWS")));
        assertEquals(List.of(ciRole), strings(trustStatement(role(prod, "terraform-apply"), "TerraformApplyFromCi")
                .get("Principal").get("AWS")));
    }

    @Test
    void terraformApplyCanPassAnyRoleAndRewriteRolePolicies() {
        List<JsonNode> statements = Northwind.elements(
                Northwind.defaultDocument(Northwind.policy(prod, "terraform-infrastructure")).get("Statement"));
        assertEquals(List.of("Allow", "iam:PassRole", "*"), grant(statement(statements, "PassRolesToServices")));
        List<String> manage = strings(statement(statements, "ManageRolePolicies").get("Action"));
        assertTrue(manage.containsAll(List.of("iam:AttachRolePolicy", "iam:PutRolePolicy")), manage.toString());
    }

    @Test
    void vendorRolesInBothAccountsRequireAnExternalId() {
        for (JsonNode gaad : List.of(prod, ciTools)) {
            JsonNode trust = trustStatement(role(gaad, "vendor-observability-readonly"), "SkylightObservability");
            assertEquals("arn:aws:iam::999988887777:root", trust.get("Principal").get("AWS").asText());
            assertTrue(trust.get("Condition").get("StringEquals").has("sts:ExternalId"), trust.toString());
        }
    }

    @Test
    void someRoleTrustsAnAccountRoot() {
        JsonNode trust = trustStatement(role(prod, "prod-readonly-audit"), "AnyPrincipalOfThisAccount");
        assertEquals("arn:aws:iam::111122223333:root", trust.get("Principal").get("AWS").asText());
    }

    @Test
    void jenkinsLegacyHasAKeyUnusedFor400DaysAndAnotherNeverUsed() {
        Map<String, String> row = Northwind.reportRow(CI_TOOLS, "jenkins-legacy");
        OffsetDateTime lastUsed = OffsetDateTime.parse(row.get("access_key_1_last_used_date"));
        assertEquals("false", row.get("password_enabled"));
        assertEquals("true", row.get("access_key_1_active"));
        assertTrue(Duration.between(lastUsed, SNAPSHOT).toDays() >= 400, lastUsed.toString());
        assertEquals(List.of("true", "N/A"),
                List.of(row.get("access_key_2_active"), row.get("access_key_2_last_used_date")));
    }

    /** Effect, actions and resources of a statement, in that order. */
    private static List<String> grant(JsonNode statement) {
        List<String> parts = new ArrayList<>();
        parts.add(statement.get("Effect").asText());
        parts.addAll(strings(statement.get("Action")));
        parts.addAll(strings(statement.get("Resource")));
        return parts;
    }

    private static String tag(JsonNode principal, String key) {
        return Northwind.elements(principal.get("Tags")).stream()
                .filter(tag -> key.equals(tag.get("Key").asText()))
                .map(tag -> tag.get("Value").asText())
                .findFirst()
                .orElse("");
    }
}

package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.GaadFixture.allow;
import static io.blastwall.importer.aws.GaadFixture.relations;
import static io.blastwall.importer.aws.GaadFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.RelationKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalogue E2: an SCP Allow at every level from the root to the account, an SCP Deny anywhere wins. */
class ServiceControlPolicyTest {
    private static final String FULL_ACCESS = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":\\\"*\\\",\\\"Resource\\\":\\\"*\\\"}]}";
    private static final String DENY_KEYS = "{\\\"Statement\\\":[{\\\"Effect\\\":\\\"Deny\\\",\\\"Action\\\":\\\"iam:CreateAccessKey\\\",\\\"Resource\\\":\\\"*\\\"}]}";
    private static final String S3_ONLY = "{\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":[\\\"s3:*\\\",\\\"iam:*\\\"],\\\"Resource\\\":\\\"*\\\"}]}";

    private static final GaadFixture ACCOUNT = new GaadFixture("111111111111")
            .user("minter", "AIDAMINTER0000000001", List.of(), allow("iam:CreateAccessKey", "*"))
            .user("target", "AIDATARGET0000000001", List.of())
            .user("assumer", "AIDAASSUMER000000001", List.of(), allow("sts:AssumeRole", "*"))
            .role("ops", trust("{\"AWS\":\"arn:aws:iam::111111111111:root\"}", ""), "");

    private static String organization(String management, String ouPolicies) {
        return """
                {"Organization":{"Id":"o-1","ManagementAccountId":"%s"},
                 "Roots":[{"Id":"r-1","Name":"Root"}],
                 "OrganizationalUnits":[{"Id":"ou-a","ParentId":"r-1","Name":"Workloads"},{"Id":"ou-b","ParentId":"ou-a","Name":"Prod"}],
                 "Accounts":[{"Id":"111111111111","ParentId":"ou-b","Name":"prod"}],
                 "Policies":[
                   {"PolicySummary":{"Id":"p-full","Name":"FullAWSAccess","Type":"SERVICE_CONTROL_POLICY"},"Content":"%s",
                    "Targets":[{"TargetId":"r-1"},{"TargetId":"ou-a"},{"TargetId":"111111111111"}]}%s]}"""
                .formatted(management, FULL_ACCESS, ouPolicies);
    }

    private static String policy(String id, String content, String target) {
        return ",{\"PolicySummary\":{\"Id\":\"%s\",\"Name\":\"%s\",\"Type\":\"SERVICE_CONTROL_POLICY\"},\"Content\":\"%s\",\"Targets\":[{\"TargetId\":\"%s\"}]}"
                .formatted(id, id, content, target);
    }

    private static IdentityGraph importWith(Path dir, String organization) throws Exception {
        Files.writeString(dir.resolve("gaad.json"), ACCOUNT.json());
        if (!organization.isEmpty()) {
            Files.writeString(dir.resolve("organization.json"), organization);
        }
        return new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(dir), ProgressListener.NONE).graph();
    }

    private static int keys(IdentityGraph graph) {
        return relations(graph, RelationKind.CAN_WRITE_CREDENTIALS, ACCOUNT.arn("user", "minter"), ACCOUNT.arn("user", "target")).size();
    }

    private static int assume(IdentityGraph graph) {
        return relations(graph, RelationKind.CAN_ASSUME, ACCOUNT.arn("user", "assumer"), ACCOUNT.arn("role", "ops")).size();
    }

    @Test
    void withoutAnOrganizationTheIdentityPoliciesDecide(@TempDir Path dir) throws Exception {
        IdentityGraph graph = importWith(dir, "");
        assertEquals(List.of(1, 1), List.of(keys(graph), assume(graph)));
    }

    @Test
    void anScpDenyAtAnOuRemovesTheEscalation(@TempDir Path dir) throws Exception {
        IdentityGraph graph = importWith(dir, organization("999999999999", policy("deny-keys", DENY_KEYS, "ou-a")
                + policy("full-b", FULL_ACCESS, "ou-b")));
        assertEquals(List.of(0, 1), List.of(keys(graph), assume(graph)));
    }

    @Test
    void anOuLevelWithoutAnAllowingScpBlocksWhatItDoesNotAllow(@TempDir Path dir) throws Exception {
        IdentityGraph graph = importWith(dir, organization("999999999999", policy("s3-only", S3_ONLY, "ou-b")));
        assertEquals(List.of(1, 0), List.of(keys(graph), assume(graph)));
    }

    @Test
    void scpsDoNotApplyToTheManagementAccount(@TempDir Path dir) throws Exception {
        IdentityGraph graph = importWith(dir, organization("111111111111", policy("deny-keys", DENY_KEYS, "ou-a")));
        assertEquals(List.of(1, 1), List.of(keys(graph), assume(graph)));
    }
}

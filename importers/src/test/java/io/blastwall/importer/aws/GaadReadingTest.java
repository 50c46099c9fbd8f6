package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.GaadFixture.allow;
import static io.blastwall.importer.aws.GaadFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.model.RelationKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shapes of authorization-details exports beyond the happy path. */
class GaadReadingTest {
    private static final String ACCOUNT = "111111111111";

    @Test
    void readsUrlEncodedPolicyDocuments(@TempDir Path dir) throws Exception {
        String encoded = URLEncoder.encode(allow("s3:GetObject", "arn:aws:s3:::reports/*"), StandardCharsets.UTF_8);
        GaadFixture gaad = new GaadFixture(ACCOUNT).user("reader", "AIDAREADER0000000001", List.of(), "\"" + encoded + "\"");
        ImportResult result = GaadFixture.importFiles(dir, ImportOptions.defaults(), gaad);
        var access = GaadFixture.relations(result.graph(), RelationKind.CAN_ACCESS, gaad.arn("user", "reader"),
                "arn:aws:s3:::reports/*");
        assertEquals(1, access.size());
        assertEquals(AccessLevel.READ, access.get(0).access());
    }

    @Test
    void keepsRoleLastUsedTagsAndBoundaryAndDropsSecretLookingTags(@TempDir Path dir) throws Exception {
        GaadFixture gaad = new GaadFixture(ACCOUNT).role("worker", trust("{\"Service\":\"lambda.amazonaws.com\"}", ""), """
                "RoleLastUsed":{"LastUsedDate":"2026-11-01T10:00:00Z","Region":"eu-west-1"},
                "PermissionsBoundary":{"PermissionsBoundaryType":"Policy","PermissionsBoundaryArn":"arn:aws:iam::111111111111:policy/fence"},
                "Tags":[{"Key":"team","Value":"data"},{"Key":"db_password","Value":"hunter2"}]""", allow("s3:*", "*"));
        ImportResult result = GaadFixture.importFiles(dir, ImportOptions.defaults(), gaad);
        var role = result.graph().require(EntityId.of(gaad.arn("role", "worker")));
        assertEquals("2026-11-01T10:00:00Z", role.property("lastUsed"));
        assertEquals("arn:aws:iam::111111111111:policy/fence", role.property("permissionsBoundary"));
        assertEquals(Map.of("team", "data"), role.tags());
        assertEquals("2026-11-01T10:00:00Z",
                result.graph().grant(GrantId.of("aws:inline:" + gaad.arn("role", "worker") + ":p0")).orElseThrow().lastUsed());
        var access = GaadFixture.relations(result.graph(), RelationKind.CAN_ACCESS, gaad.arn("role", "worker"),
                "arn:aws:s3:*:111111111111:*");
        assertEquals(Confidence.CONDITIONAL, access.get(0).confidence(), "the boundary document is unknown");
    }

    @Test
    void mergesSeveralAccountsAndReportsPrincipalsDefinedTwice(@TempDir Path dir) throws Exception {
        GaadFixture a = new GaadFixture(ACCOUNT).user("app", "AIDAAPP0000000000001", List.of());
        GaadFixture b = new GaadFixture("222222222222").user("app", "AIDAAPP0000000000002", List.of());
        Files.writeString(dir.resolve("copy-of-a.json"), a.json());
        ImportResult result = GaadFixture.importFiles(dir, ImportOptions.defaults(), a, b);
        assertTrue(result.graph().contains(EntityId.of(a.arn("user", "app"))));
        assertTrue(result.graph().contains(EntityId.of(b.arn("user", "app"))));
        assertTrue(result.graph().contains(EntityId.of("arn:aws:iam::222222222222:root")));
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains("is already defined in")));
    }

    @Test
    void neverKeepsSecretColumnsOfACredentialReport(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("report.csv"), """
                user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated,secret_access_key
                bot,arn:aws:iam::111111111111:user/bot,2024-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false,true,2024-01-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A,wJalrXUtnFEMI/K7MDENG
                """);
        ImportResult result = new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(report), ProgressListener.NONE);
        var grant = result.graph().grant(GrantId.of("aws:access-key:arn:aws:iam::111111111111:user/bot:1")).orElseThrow();
        assertFalse(grant.evidence().text().contains("wJalrXUtnFEMI"), grant.evidence().text());
        result.graph().entities().forEach(e -> assertFalse(e.properties().toString().contains("wJalrXUtnFEMI")));
    }
}

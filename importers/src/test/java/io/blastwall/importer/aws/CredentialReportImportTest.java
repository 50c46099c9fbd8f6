package io.blastwall.importer.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The public credential reports in ../shared/data/aws-credential-report, as CSV and as JSON wrappers. */
class CredentialReportImportTest {

    static Stream<Path> reports() throws Exception {
        List<Path> files = new ArrayList<>(SharedData.files("aws-credential-report", ".csv").toList());
        files.addAll(SharedData.files("aws-credential-report", ".json").toList());
        return files.isEmpty() ? Stream.of(Path.of("..", "..", "shared", "data", "aws-credential-report", "absent.csv")) : files.stream();
    }

    private static IdentityGraph importFile(Path file) throws Exception {
        assumeTrue(Files.isRegularFile(file), "../shared/data not present: skipping");
        return new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(file), ProgressListener.NONE).graph();
    }

    /** The report's rows as column maps, read independently of the importer; of two rows for one user, the more recent. */
    private static List<Map<String, String>> rows(Path file) throws Exception {
        String text = Files.readString(file);
        if (text.stripLeading().startsWith("{")) {
            JsonNode root = new ObjectMapper().readTree(text);
            String content = (root.has("data") ? root.path("data") : root).path("Content").asText();
            text = content.startsWith("user,") ? content
                    : new String(Base64.getMimeDecoder().decode(content), StandardCharsets.UTF_8);
        }
        List<String> lines = text.strip().lines().toList();
        String[] header = lines.get(0).split(",");
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            out.merge(row.get("arn"), row, (a, b) -> latest(b).compareTo(latest(a)) > 0 ? b : a);
        }
        return new ArrayList<>(out.values());
    }

    private static String latest(Map<String, String> row) {
        return row.entrySet().stream().filter(e -> e.getKey().contains("last_") && e.getValue().startsWith("20"))
                .map(Map.Entry::getValue).max(String::compareTo).orElse("");
    }

    @ParameterizedTest
    @MethodSource("reports")
    void createsOneCredentialPerActiveAccessKeyAuthenticatingAsItsUser(Path file) throws Exception {
        IdentityGraph graph = importFile(file);
        Set<String> expected = new TreeSet<>();
        for (Map<String, String> row : rows(file)) {
            String holder = row.get("arn");
            for (int n = 1; n <= 2; n++) {
                if (row.get("access_key_" + n + "_active").equals("true")) {
                    expected.add(holder + "/access-key-" + n);
                }
            }
        }
        Set<String> credentials = graph.entities().stream().filter(e -> e.kind() == EntityKind.CREDENTIAL)
                .map(e -> e.id().value()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, credentials);
        for (String credential : credentials) {
            List<Relation> out = graph.outgoing(EntityId.of(credential));
            assertEquals(1, out.size());
            assertEquals(RelationKind.AUTHENTICATES_AS, out.get(0).kind());
            assertEquals(credential.substring(0, credential.lastIndexOf("/access-key-")), out.get(0).to().value());
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void marksKeysNeverUsedAsStaleAndUsersWithAConsolePasswordAsHuman(Path file) throws Exception {
        IdentityGraph graph = importFile(file);
        for (Map<String, String> row : rows(file)) {
            for (int n = 1; n <= 2; n++) {
                boolean neverUsed = row.get("access_key_" + n + "_last_used_date").equals("N/A");
                if (row.get("access_key_" + n + "_active").equals("true") && neverUsed) {
                    Entity key = graph.require(EntityId.of(row.get("arn") + "/access-key-" + n));
                    assertEquals("true", key.property("stale"));
                    assertEquals("never", key.property("lastUsed"));
                }
            }
            if (!row.get("user").equals("<root_account>")) {
                Entity user = graph.require(EntityId.of(row.get("arn")));
                boolean console = row.get("password_enabled").equals("true");
                assertEquals(console, user.kind() == EntityKind.HUMAN, user.id() + " " + user.property("classification"));
            }
        }
    }

    @Test
    void classifiesUsersAndRolesFromTagsTrustNamesAndTheReport(@TempDir Path dir) throws Exception {
        String bedrockTrust = GaadFixture.trust("{\"Service\":\"bedrock.amazonaws.com\"}", "");
        GaadFixture gaad = new GaadFixture("111111111111")
                .user("jane.doe", "AIDAJANE000000000001", List.of())
                .user("ops@example.com", "AIDAOPS0000000000001", List.of())
                .user("deployer", "AIDADEPLOY0000000001", List.of())
                .user("console", "AIDACONSOLE000000001", List.of())
                .user("support-chatbot", "AIDACHATBOT000000001", List.of())
                .role("knowledge-base", bedrockTrust, "")
                .role("summariser", GaadFixture.trust("{\"Service\":\"lambda.amazonaws.com\"}", ""),
                        "\"Tags\":[{\"Key\":\"ai-agent\",\"Value\":\"true\"}]")
                .role("batch", GaadFixture.trust("{\"Service\":\"lambda.amazonaws.com\"}", ""), "");
        Files.writeString(dir.resolve("gaad.json"), gaad.json());
        Files.writeString(dir.resolve("report.csv"), """
                user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated
                console,arn:aws:iam::111111111111:user/console,2024-01-01T00:00:00+00:00,true,2024-06-01T00:00:00+00:00,N/A,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A
                deployer,arn:aws:iam::111111111111:user/deployer,2024-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false,true,2024-01-01T00:00:00+00:00,2024-02-01T00:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A
                """);
        IdentityGraph graph = new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(dir), ProgressListener.NONE).graph();
        Map<String, EntityKind> kinds = graph.entities().stream()
                .filter(e -> e.nativeType().equals("AWS::IAM::User") || e.nativeType().equals("AWS::IAM::Role"))
                .collect(Collectors.toMap(Entity::name, Entity::kind));
        assertEquals(Map.of("jane.doe", EntityKind.HUMAN, "ops@example.com", EntityKind.HUMAN,
                "deployer", EntityKind.SERVICE_ACCOUNT, "console", EntityKind.HUMAN,
                "support-chatbot", EntityKind.AI_AGENT, "knowledge-base", EntityKind.AI_AGENT,
                "summariser", EntityKind.AI_AGENT, "batch", EntityKind.ROLE), kinds);
        Entity key = graph.require(EntityId.of("arn:aws:iam::111111111111:user/deployer/access-key-1"));
        assertEquals("121", key.property("daysSinceUse"));
        assertEquals("true", key.property("stale"));
        assertTrue(graph.require(EntityId.of("arn:aws:iam::111111111111:user/console"))
                .property("classification").contains("console password"));
    }
}

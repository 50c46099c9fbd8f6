package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.GaadFixture.allow;
import static io.blastwall.importer.aws.GaadFixture.relations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.ImportWarning;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.Confidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bucket policy Allow statements with {@code NotAction}, {@code NotResource}, {@code NotPrincipal} and {@code "*"}
 * (catalogue E6, E8, E10), read from the folder form of {@code aws s3api get-bucket-policy} outputs.
 */
class BucketPolicyFormsTest {
    private static final String ACCT = "111111111111";
    private static final GaadFixture MAIN = new GaadFixture(ACCT)
            .user("ops", "AIDAOPS0000000000001", List.of())
            .user("excluded", "AIDAEXCLUDED00000001", List.of())
            .user("other", "AIDAOTHER00000000001", List.of())
            .role("fenced", GaadFixture.trust("{\"Service\":\"ec2.amazonaws.com\"}", ""),
                    "\"PermissionsBoundary\":{\"PermissionsBoundaryType\":\"Policy\",\"PermissionsBoundaryArn\":\""
                            + "arn:aws:iam::111111111111:policy/no-s3\"}")
            .raw("policies", EscalationRuleMatrixTest.managed("no-s3", allow("sqs:*", "*")));
    private static ImportResult result;
    private static IdentityGraph graph;

    private static String policy(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    private static void bucketFile(Path file, String policy) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"Policy\":" + new ObjectMapper().writeValueAsString(policy) + "}");
    }

    @BeforeAll
    static void importFixture(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gaad.json"), MAIN.json());
        Path buckets = dir.resolve("bucket-policies").resolve(ACCT);
        bucketFile(buckets.resolve("not-action.json"), policy("""
                {"Effect":"Allow","Principal":{"AWS":"%s"},"NotAction":"s3:Delete*","Resource":"arn:aws:s3:::not-action/*"}"""
                .formatted(MAIN.arn("user", "ops"))));
        bucketFile(buckets.resolve("not-resource.json"), policy("""
                {"Effect":"Allow","Principal":{"AWS":"%s"},"Action":"s3:GetObject","NotResource":"arn:aws:s3:::not-resource/*"}"""
                .formatted(MAIN.arn("user", "ops")), """
                {"Effect":"Allow","Principal":{"AWS":"%s"},"Action":"s3:GetObject","NotResource":"arn:aws:s3:::not-resource*"}"""
                .formatted(MAIN.arn("user", "other"))));
        bucketFile(buckets.resolve("not-principal.json"), policy("""
                {"Effect":"Allow","NotPrincipal":{"AWS":"%s"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::not-principal/*"}"""
                .formatted(MAIN.arn("user", "excluded"))));
        bucketFile(buckets.resolve("vpc-only"), policy("""
                {"Effect":"Allow","Principal":"*","Action":"s3:PutObject","Resource":"arn:aws:s3:::vpc-only/*",
                 "Condition":{"StringEquals":{"aws:SourceVpce":"vpce-1"}}}""", """
                {"Effect":"Deny","Principal":{"AWS":"%s"},"Action":"s3:*","Resource":"arn:aws:s3:::vpc-only/*"}"""
                .formatted(MAIN.arn("user", "other"))));
        Files.writeString(buckets.resolve("broken.json"), "{\"Policy\":\"{\\\"Statement\\\": [ {\\\"Effect\\\": }\"}");
        bucketFile(buckets.resolve("Not A Bucket.json"), policy("""
                {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}"""));
        result = new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(dir), ProgressListener.NONE);
        graph = result.graph();
    }

    private static List<Relation> access(String from, String to) {
        return relations(graph, RelationKind.CAN_ACCESS, from, to);
    }

    private static String user(String name) {
        return MAIN.arn("user", name);
    }

    @Test
    void notActionAllowsEveryOtherS3ActionAndSaysSo() {
        List<Relation> ops = access(user("ops"), "arn:aws:s3:::not-action/*");
        assertEquals(1, ops.size());
        assertEquals(Set.of("s3:*"), ops.get(0).actions());
        assertEquals(Confidence.PROVEN, ops.get(0).confidence());
        assertTrue(ops.get(0).conditions().stream().anyMatch(c -> c.contains("NotAction") && c.contains("s3:Delete*")));
        assertEquals("AWS-S3-POLICY", ops.get(0).rule());
    }

    @Test
    void notResourceCoversWhatOfTheBucketItDoesNotExclude() {
        assertEquals(1, access(user("ops"), "arn:aws:s3:::not-resource").size(), "the bucket itself");
        assertEquals(List.of(), access(user("ops"), "arn:aws:s3:::not-resource/*"), "its objects are excluded");
        assertEquals(List.of(), access(user("other"), "arn:aws:s3:::not-resource"));
        assertEquals(List.of(), access(user("other"), "arn:aws:s3:::not-resource/*"));
    }

    @Test
    void notPrincipalAllowsEveryoneElseIncludingAnonymousCallers() {
        assertEquals(1, access(user("ops"), "arn:aws:s3:::not-principal/*").size());
        assertEquals(1, access(user("other"), "arn:aws:s3:::not-principal/*").size());
        assertEquals(List.of(), access(user("excluded"), "arn:aws:s3:::not-principal/*"));
        List<Relation> anyone = access(TrustedEntities.ANYONE, "arn:aws:s3:::not-principal/*");
        assertEquals(List.of("AWS-S3-PUBLIC"), anyone.stream().map(Relation::rule).toList());
        assertEquals(Confidence.PROVEN, anyone.get(0).confidence());
    }

    @Test
    void aWildcardPrincipalIsConditionalOnItsConditionStoppedByADenyAndByARolesBoundary() {
        List<Relation> ops = access(user("ops"), "arn:aws:s3:::vpc-only/*");
        assertEquals(List.of(Confidence.CONDITIONAL), ops.stream().map(Relation::confidence).toList());
        assertTrue(ops.get(0).conditions().stream().anyMatch(c -> c.contains("aws:SourceVpce")));
        assertEquals(List.of(Confidence.CONDITIONAL),
                access(TrustedEntities.ANYONE, "arn:aws:s3:::vpc-only/*").stream().map(Relation::confidence).toList());
        assertEquals(List.of(), access(user("other"), "arn:aws:s3:::vpc-only/*"), "denied by name");
        assertEquals(List.of(), access(MAIN.arn("role", "fenced"), "arn:aws:s3:::vpc-only/*"), "outside its boundary");
    }

    @Test
    void badFilesAreSkippedWithWarningsNamingFileAndPlace() {
        List<ImportWarning> warnings = result.warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.file().endsWith("broken.json") && w.location().equals("Policy")
                && w.message().contains("not valid JSON") && w.message().contains("line 1")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.file().endsWith("Not A Bucket.json")
                && w.message().contains("not a bucket name")), warnings.toString());
        assertEquals(List.of(), access(TrustedEntities.ANYONE, "*"));
    }
}

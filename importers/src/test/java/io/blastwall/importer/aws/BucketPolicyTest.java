package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.GaadFixture.allow;
import static io.blastwall.importer.aws.GaadFixture.relations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.SnapshotImporter;
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

/** Catalogue E1/E5–E7 for S3 bucket policies: Deny wins, same-account Allow grants, cross-account needs both sides. */
class BucketPolicyTest {
    private static final GaadFixture MAIN = new GaadFixture("111111111111")
            .user("reader", "AIDAREADER0000000001", List.of(), allow("s3:GetObject", "arn:aws:s3:::data/*"))
            .user("blocked", "AIDABLOCKED000000001", List.of(), allow("s3:*", "arn:aws:s3:::data/*"))
            .user("guest", "AIDAGUEST00000000001", List.of());
    private static final GaadFixture OTHER = new GaadFixture("222222222222")
            .user("partner", "AIDAPARTNER000000001", List.of(), allow("s3:PutObject", "*"))
            .user("stranger", "AIDASTRANGER00000001", List.of());
    private static IdentityGraph graph;

    @BeforeAll
    static void importFixture(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.json"), MAIN.json());
        Files.writeString(dir.resolve("other.json"), OTHER.json());
        String policy = """
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Principal":{"AWS":"%s"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::data/*"},
                  {"Effect":"Allow","Principal":{"AWS":["%s","%s"]},"Action":"s3:PutObject","Resource":"arn:aws:s3:::data/*"},
                  {"Effect":"Deny","Principal":{"AWS":"%s"},"Action":"s3:*","Resource":"arn:aws:s3:::data/*"}]}"""
                .formatted(MAIN.arn("user", "guest"), OTHER.arn("user", "partner"), OTHER.arn("user", "stranger"),
                        MAIN.arn("user", "blocked"));
        Files.writeString(dir.resolve("buckets.json"), "{\"BucketPolicies\":[{\"Bucket\":\"data\",\"Account\":\"111111111111\","
                + "\"Policy\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(policy) + "}]}");
        graph = new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(dir), ProgressListener.NONE).graph();
    }

    private static List<Set<String>> access(String arn) {
        return relations(graph, RelationKind.CAN_ACCESS, arn, "arn:aws:s3:::data/*").stream().map(Relation::actions).toList();
    }

    @Test
    void anIdentityPolicyAloneStillGivesAccess() {
        assertEquals(List.of(Set.of("s3:GetObject")), access(MAIN.arn("user", "reader")));
    }

    @Test
    void aBucketPolicyDenyWinsOverTheIdentityPolicy() {
        assertEquals(List.of(), access(MAIN.arn("user", "blocked")));
    }

    @Test
    void aBucketPolicyAllowToAPrincipalOfTheSameAccountNeedsNoIdentityPolicy() {
        List<Relation> guest = relations(graph, RelationKind.CAN_ACCESS, MAIN.arn("user", "guest"), "arn:aws:s3:::data/*");
        assertEquals(List.of("AWS-S3-POLICY"), guest.stream().map(Relation::rule).toList());
        assertEquals(List.of("BucketPolicies[0].Policy.Statement[0]"),
                guest.get(0).evidence().stream().map(e -> e.location()).toList());
    }

    @Test
    void crossAccountAccessNeedsTheCallersIdentityPolicyToo() {
        List<Relation> partner = relations(graph, RelationKind.CAN_ACCESS, OTHER.arn("user", "partner"), "arn:aws:s3:::data/*");
        assertEquals(List.of("AWS-S3-POLICY-XACCT"), partner.stream().map(Relation::rule).toList());
        assertEquals(List.of(), access(OTHER.arn("user", "stranger")));
    }
}

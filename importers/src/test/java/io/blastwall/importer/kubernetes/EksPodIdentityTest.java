package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.AwsAccountFixture.allow;
import static io.blastwall.importer.kubernetes.AwsAccountFixture.arn;
import static io.blastwall.importer.kubernetes.AwsAccountFixture.podIdentityTrust;
import static io.blastwall.importer.kubernetes.KubeFixture.importAll;
import static io.blastwall.importer.kubernetes.KubeFixture.relations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.importer.DetectedSource;
import io.blastwall.importer.FormatDetector;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.ImportWarning;
import io.blastwall.importer.SourceFormat;
import io.blastwall.importer.SourceInput;
import io.blastwall.model.Confidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EKS Pod Identity (catalogue K8S-CLOUD-02): the association names the role, the role's trust decides. */
class EksPodIdentityTest {
    private static final String C = "k8s://shop";
    private static final String AGENT = C + "/serviceaccount/agents/summarizer";
    private static final String ROLE = arn("role", "summarizer");
    private static final String BOTH = "[\"sts:AssumeRole\",\"sts:TagSession\"]";

    @TempDir
    Path dir;

    private static final String DESCRIBE = """
            {"association": {"clusterName": "shop", "namespace": "agents", "serviceAccount": "summarizer",
             "roleArn": "%s", "associationArn": "arn:aws:eks:eu-west-1:111122223333:podidentityassociation/shop/a-1",
             "associationId": "a-1", "tags": {}, "disableSessionTags": %s}}
            """;

    private IdentityGraph snapshot(String trust, boolean disableTags) throws IOException {
        return importAll(inputs(trust, disableTags)).graph();
    }

    private List<Path> inputs(String trust, boolean disableTags) throws IOException {
        Path cluster = Files.createDirectories(dir.resolve("shop"));
        Files.writeString(cluster.resolve("pod-identity.json"), DESCRIBE.formatted(ROLE, disableTags));
        Path account = new AwsAccountFixture().role("summarizer", trust, allow("\"s3:GetObject\"", "arn:aws:s3:::shop-customer-data/*"))
                .write(dir);
        return List.of(cluster, account);
    }

    private List<Relation> assume(IdentityGraph g) {
        return relations(g, RelationKind.CAN_ASSUME, AGENT, ROLE);
    }

    @Test
    void theAssociationWithATrustForPodIdentityIsProven() throws IOException {
        List<Relation> edge = assume(snapshot(podIdentityTrust(BOTH, ""), false));
        assertEquals(List.of("K8S-CLOUD-02"), edge.stream().map(Relation::rule).toList());
        assertEquals(Confidence.PROVEN, edge.get(0).confidence());
        assertTrue(edge.get(0).grants().stream().anyMatch(g -> g.value().equals("k8s:pod-identity:shop:a-1")), edge.get(0).grants().toString());
        assertTrue(edge.get(0).grants().stream().anyMatch(g -> g.value().startsWith("aws:trust:" + ROLE + ":0:")), edge.get(0).grants().toString());
        assertTrue(edge.get(0).evidence().stream().anyMatch(e -> e.text().contains("pods.eks.amazonaws.com")));
    }

    @Test
    void withoutTagSessionOrWithAnotherServiceThereIsNoEdge() throws IOException {
        assertEquals(List.of(), assume(snapshot(podIdentityTrust("\"sts:AssumeRole\"", ""), false)));
        assertEquals(List.of(), assume(snapshot("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},
                 "Action":%s}]}""".formatted(BOTH), false)));
    }

    @Test
    void disabledSessionTagsNeedOnlyAssumeRole() throws IOException {
        assertEquals(List.of(Confidence.PROVEN), assume(snapshot(podIdentityTrust("\"sts:AssumeRole\"", ""), true)).stream()
                .map(Relation::confidence).toList());
    }

    @Test
    void sessionTagConditionsAreCheckedAndRecordedAsConditional() throws IOException {
        String same = "{\"StringEquals\":{\"aws:RequestTag/kubernetes-namespace\":\"agents\"}}";
        List<Relation> edge = assume(snapshot(podIdentityTrust(BOTH, same), false));
        assertEquals(List.of(Confidence.CONDITIONAL), edge.stream().map(Relation::confidence).toList());
        assertTrue(edge.get(0).conditions().get(0).contains("kubernetes-namespace"), edge.get(0).conditions().toString());
        String other = "{\"StringEquals\":{\"aws:RequestTag/kubernetes-namespace\":\"billing\"}}";
        assertEquals(List.of(), assume(snapshot(podIdentityTrust(BOTH, other), false)));
        String account = "{\"StringEquals\":{\"aws:SourceAccount\":\"999999999999\"}}";
        assertEquals(List.of(), assume(snapshot(podIdentityTrust(BOTH, account), false)));
    }

    @Test
    void aRoleOutsideTheSnapshotIsOnlyAHint() throws IOException {
        Path cluster = Files.createDirectories(dir.resolve("shop"));
        Files.writeString(cluster.resolve("pod-identity.json"), DESCRIBE.formatted(arn("role", "elsewhere"), false));
        IdentityGraph g = importAll(List.of(cluster)).graph();
        List<Relation> hint = relations(g, RelationKind.CAN_ASSUME, AGENT, arn("role", "elsewhere"));
        assertEquals(List.of(CloudEdges.POD_IDENTITY_HINT), hint.stream().map(Relation::rule).toList());
        assertEquals(Confidence.HEURISTIC, hint.get(0).confidence());
    }

    @Test
    void listOutputIsJoinedWithDescribeOutputAndAloneWarns() throws IOException {
        Path cluster = Files.createDirectories(dir.resolve("shop"));
        Files.writeString(cluster.resolve("list.json"), """
                {"associations": [{"clusterName": "shop", "namespace": "agents", "serviceAccount": "summarizer",
                  "associationArn": "arn:aws:eks:eu-west-1:111122223333:podidentityassociation/shop/a-1",
                  "associationId": "a-1"}, {"clusterName": "shop", "namespace": "ops", "serviceAccount": "cleaner",
                  "associationId": "a-2"}]}
                """);
        List<Path> in = inputs(podIdentityTrust(BOTH, ""), false);
        ImportResult r = importAll(in);
        assertEquals(List.of("K8S-CLOUD-02"), assume(r.graph()).stream().map(Relation::rule).toList());
        assertEquals(1L, r.warnings().stream().map(ImportWarning::message).filter(m -> m.contains("a-2") && m.contains("no roleArn")).count());
    }

    @Test
    void theThreeShapesAreRecognised() throws Exception {
        FormatDetector detector = new FormatDetector();
        for (String json : List.of(DESCRIBE.formatted(ROLE, false), "{\"associations\": [], \"nextToken\": null}",
                "[" + DESCRIBE.formatted(ROLE, false) + "]")) {
            DetectedSource s = detector.detect(new SourceInput("x.json", json.getBytes(StandardCharsets.UTF_8), true));
            assertEquals(SourceFormat.AWS_EKS_POD_IDENTITY, s.format(), json);
        }
    }
}

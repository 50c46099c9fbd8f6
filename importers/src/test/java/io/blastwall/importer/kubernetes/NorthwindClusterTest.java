package io.blastwall.importer.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.Cut;
import io.blastwall.importer.ImportResult;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import io.blastwall.sampledata.SampleDataset;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Northwind sample's EKS cluster, imported together with its AWS accounts. */
class NorthwindClusterTest {
    private static final String CLUSTER = "k8s://northwind-prod";
    private static final String TRIAGE = CLUSTER + "/serviceaccount/ai-agents/triage-agent";
    private static final String AGENT = CLUSTER + "/deployment/ai-agents/triage-agent";
    private static final String ROLE = "arn:aws:iam::111122223333:role/eks/eks-triage-agent";
    private static IdentityGraph graph;
    private static ImportResult result;

    @BeforeAll
    static void importSample(@TempDir Path dir) throws Exception {
        result = KubeFixture.importAll(List.of(SampleDataset.NORTHWIND.extractTo(dir)));
        graph = result.graph();
    }

    @Test
    void theClusterIsNamedByItsEksDescriptionAndIsACrownJewel() {
        var cluster = graph.require(EntityId.of(CLUSTER));
        assertEquals("Kubernetes::Cluster", cluster.nativeType());
        assertEquals("oidc.eks.eu-west-1.amazonaws.com/id/5C2F8A1B9E7D4C3A8B6F0E1D2C3B4A59", cluster.property("oidcIssuer"));
        assertTrue(cluster.isCrownJewel());
    }

    @Test
    void theTriageAgentIsOneAiAgentItsDeploymentRunningAsItsServiceAccount() {
        var agent = graph.require(EntityId.of(AGENT));
        assertEquals(EntityKind.AI_AGENT, agent.kind());
        assertEquals("Deployment ai-agents/triage-agent", agent.name());
        var account = graph.require(EntityId.of(TRIAGE));
        assertEquals(EntityKind.SERVICE_ACCOUNT, account.kind());
        assertEquals("Deployment ai-agents/triage-agent", account.property("aiAgent"));
        assertEquals(List.of(AGENT), graph.entities().stream().filter(e -> e.kind() == EntityKind.AI_AGENT)
                .map(e -> e.id().value()).filter(id -> id.startsWith(CLUSTER)).toList());
        assertEquals(List.of("K8S-ID-01"), KubeFixture.rules(graph, RelationKind.RUNS_AS, AGENT, TRIAGE));
        assertEquals(EntityKind.SERVICE_ACCOUNT, graph.require(EntityId.of(CLUSTER + "/serviceaccount/ai-agents/default")).kind());
    }

    @Test
    void theAgentsPathCrossesIntoAwsAndOneGrantClosesIt() {
        String tickets = "arn:aws:s3:::northwind-prod-customer-data/support-tickets/*";
        AttackPath path = new Analysis(graph).paths().shortest(EntityId.of(AGENT), EntityId.of(tickets)).orElseThrow();
        assertEquals(List.of("K8S-ID-01", "K8S-CLOUD-01", "AWS-ACCESS"), path.steps().stream().map(s -> s.relation().rule()).toList());
        assertTrue(path.steps().stream().allMatch(s -> s.relation().confidence() == Confidence.PROVEN));
        Cut cut = new Analysis(graph).cuts().minimumCut(EntityId.of(AGENT), Set.of(EntityId.of(tickets)));
        assertEquals(1, cut.grants().size(), cut.grants().toString());
    }

    @Test
    void theTriageAgentAssumesItsRoleThroughTheTrustPolicyNotTheAnnotation() {
        List<Relation> assume = KubeFixture.relations(graph, RelationKind.CAN_ASSUME, TRIAGE, ROLE);
        assertEquals(1, assume.size());
        assertEquals("K8S-CLOUD-01", assume.get(0).rule());
        assertEquals(Confidence.PROVEN, assume.get(0).confidence());
        assertTrue(assume.get(0).grants().get(0).value().startsWith("aws:trust:" + ROLE + ":0:"), assume.get(0).grants().toString());
        assertEquals(List.of(), KubeFixture.relations(graph, RelationKind.CAN_ASSUME,
                CLUSTER + "/serviceaccount/ai-agents/default", ROLE));
    }

    @Test
    void podCreatorsInTheNamespaceReachTheCustomerDataThroughTheAgent() {
        String devs = CLUSTER + "/group/northwind:ai-platform-devs";
        assertEquals(List.of("K8S-WL-01+K8S-WL-02"), KubeFixture.rules(graph, RelationKind.CAN_IMPERSONATE, devs, TRIAGE));
        AttackPath path = new Analysis(graph).paths()
                .shortest(EntityId.of(devs), EntityId.of("arn:aws:s3:::northwind-prod-customer-data/support-tickets/*"))
                .orElseThrow();
        assertEquals(List.of(TRIAGE, ROLE, "arn:aws:s3:::northwind-prod-customer-data/support-tickets/*"),
                path.steps().stream().map(s -> s.relation().to().value()).toList());
    }

    @Test
    void theIntendedCutTakesTheDeveloperGroupOutOfTheRoleBinding() {
        String devs = CLUSTER + "/group/northwind:ai-platform-devs";
        Cut cut = new Analysis(graph).cuts().minimumCut(EntityId.of(devs),
                Set.of(EntityId.of("arn:aws:s3:::northwind-prod-customer-data/support-tickets/*")));
        assertEquals(List.of("k8s:binding:northwind-prod/RoleBinding/ai-agents/ci-deploys-agents:Group:northwind:ai-platform-devs"),
                cut.grants().stream().map(g -> g.id().value()).toList());
    }

    @Test
    void awsAuthMapsThePlatformAdminRoleIntoSystemMasters() {
        String user = CLUSTER + "/user/platform-admin:*";
        assertEquals(List.of("K8S-AWS-AUTH"), KubeFixture.rules(graph, RelationKind.AUTHENTICATES_AS,
                "arn:aws:iam::111122223333:role/platform-admin", user));
        assertEquals(List.of("K8S-AWS-AUTH"), KubeFixture.rules(graph, RelationKind.MEMBER_OF, user, CLUSTER + "/group/system:masters"));
        assertEquals(List.of("K8S-ADMIN-MASTERS", "K8S-ADMIN-WILDCARD"), KubeFixture.rules(graph, RelationKind.ADMIN_OF,
                CLUSTER + "/group/system:masters", CLUSTER));
    }
}

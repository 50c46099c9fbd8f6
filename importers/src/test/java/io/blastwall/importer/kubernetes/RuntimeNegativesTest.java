package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.KubeFixture.cluster;
import static io.blastwall.importer.kubernetes.KubeFixture.relations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.Confidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The negative side of K8S-ID-01, K8S-NODE-02 and K8S-CLOUD-04/05, and the workload that is an AI agent. */
class RuntimeNegativesTest {
    private static final String C = "k8s://c1";

    @TempDir
    Path dir;

    @Test
    void aPodWithoutAMountedTokenRunsAsItsAccountOnlyHeuristically() {
        IdentityGraph g = cluster(dir, "c1", """
                apiVersion: v1
                kind: Pod
                metadata: {name: mounted, namespace: a}
                spec: {serviceAccountName: bot, containers: [{name: c, image: x}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: unmounted, namespace: a}
                spec: {serviceAccountName: bot, automountServiceAccountToken: false, containers: [{name: c, image: x}]}
                """);
        String bot = C + "/serviceaccount/a/bot";
        assertEquals(List.of(Confidence.PROVEN), confidences(relations(g, RelationKind.RUNS_AS, C + "/pod/a/mounted", bot)));
        List<Relation> unmounted = relations(g, RelationKind.RUNS_AS, C + "/pod/a/unmounted", bot);
        assertEquals(List.of(Confidence.HEURISTIC), confidences(unmounted));
        assertTrue(unmounted.get(0).conditions().get(0).contains("automountServiceAccountToken"));
        assertEquals(List.of(), relations(g, RelationKind.RUNS_AS, C + "/pod/a/mounted", C + "/serviceaccount/a/default"));
    }

    @Test
    void withoutNodesOrEscapesThereIsNoKubeletIdentity() {
        IdentityGraph g = cluster(dir, "c1", """
                apiVersion: v1
                kind: Pod
                metadata: {name: p, namespace: a}
                spec: {containers: [{name: c, image: x, securityContext: {runAsNonRoot: true}}]}
                """);
        assertTrue(g.entities().stream().noneMatch(e -> e.id().value().startsWith(C + "/user/system:node:")));
        assertTrue(g.relations().stream().noneMatch(r -> r.rule().contains("K8S-NODE-02")));
    }

    @Test
    void workloadIdentityNeedsAnAnnotationWithAValue() {
        IdentityGraph g = cluster(dir, "c1", """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: plain, namespace: a}
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: blank
                  namespace: a
                  annotations: {iam.gke.io/gcp-service-account: "", azure.workload.identity/client-id: " ",
                                eks.amazonaws.com/role-arn: "not-an-arn"}
                """);
        assertTrue(g.relations().stream().noneMatch(r -> r.rule().startsWith("K8S-CLOUD")), g.relations().toString());
    }

    @Test
    void anAgentControllersPodsArePartOfItAndADefaultAccountIsNoAgentByItsNamespace() {
        IdentityGraph g = cluster(dir, "c1", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: support-copilot, namespace: bots}
                spec: {template: {spec: {serviceAccountName: helper, containers: [{name: c, image: x}]}}}
                ---
                apiVersion: apps/v1
                kind: ReplicaSet
                metadata:
                  name: support-copilot-7d9f
                  namespace: bots
                  ownerReferences: [{kind: Deployment, name: support-copilot, controller: true}]
                spec: {template: {spec: {serviceAccountName: helper, containers: [{name: c, image: x}]}}}
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: support-copilot-7d9f-abcde
                  namespace: bots
                  ownerReferences: [{kind: ReplicaSet, name: support-copilot-7d9f, controller: true}]
                spec: {serviceAccountName: helper, containers: [{name: c, image: x}]}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: ai-agents}
                spec: {template: {metadata: {labels: {ai-agent: "true"}}, spec: {containers: [{name: c, image: x}]}}}
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: llm-runner, namespace: batch}
                """);
        List<String> agents = g.entities().stream().filter(e -> e.kind() == io.blastwall.model.EntityKind.AI_AGENT)
                .map(e -> e.id().value()).sorted().toList();
        assertEquals(List.of(C + "/deployment/ai-agents/web", C + "/deployment/bots/support-copilot",
                C + "/serviceaccount/batch/llm-runner"), agents, "one agent per controller; an account no workload runs as");
        assertEquals("Deployment bots/support-copilot", g.require(KubeDraft.id(C + "/pod/bots/support-copilot-7d9f-abcde"))
                .property("aiAgent"));
        assertEquals("Deployment bots/support-copilot", g.require(KubeDraft.id(C + "/serviceaccount/bots/helper")).property("aiAgent"));
        assertEquals(io.blastwall.model.EntityKind.SERVICE_ACCOUNT,
                g.require(KubeDraft.id(C + "/serviceaccount/ai-agents/default")).kind());
    }

    private static List<Confidence> confidences(List<Relation> relations) {
        return relations.stream().map(Relation::confidence).toList();
    }
}

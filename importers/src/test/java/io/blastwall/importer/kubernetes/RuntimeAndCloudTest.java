package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.KubeFixture.cluster;
import static io.blastwall.importer.kubernetes.KubeFixture.relations;
import static io.blastwall.importer.kubernetes.KubeFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.blastwall.model.Confidence;
import io.blastwall.model.EntityKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Provider;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runtime edges (§2.3), secrets (§2.2 SEC) and workload-identity annotations (§2.4). */
class RuntimeAndCloudTest {
    private static final String C = "k8s://c2";

    @TempDir
    Path dir;

    @Test
    void aPrivilegedPodReachesItsNodeAndTheTokensOfThePodsOnIt() {
        IdentityGraph g = cluster(dir, "c2", """
                apiVersion: v1
                kind: Node
                metadata: {name: n1}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: debug, namespace: tools}
                spec:
                  nodeName: n1
                  hostPID: true
                  containers: [{name: c, image: busybox, securityContext: {privileged: true}}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: api, namespace: prod}
                spec: {nodeName: n1, serviceAccountName: api, containers: [{name: c, image: api}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: plain, namespace: tools}
                spec: {nodeName: n1, containers: [{name: c, image: busybox}]}
                """);
        List<Relation> escape = relations(g, RelationKind.CAN_IMPERSONATE, C + "/pod/tools/debug", C + "/node/n1");
        assertEquals(List.of("K8S-CE-01+K8S-CE-02+K8S-CE-03+K8S-CE-04"), escape.stream().map(Relation::rule).toList());
        assertEquals(Confidence.HEURISTIC, escape.get(0).confidence());
        assertEquals(List.of("K8S-NODE-01"), rules(g, RelationKind.CAN_IMPERSONATE, C + "/node/n1", C + "/pod/prod/api"));
        assertEquals(List.of("K8S-ID-01"), rules(g, RelationKind.RUNS_AS, C + "/pod/prod/api", C + "/serviceaccount/prod/api"));
        assertEquals(List.of("K8S-ID-01"), rules(g, RelationKind.RUNS_AS, C + "/pod/tools/plain", C + "/serviceaccount/tools/default"));
        assertEquals(List.of(), relations(g, RelationKind.CAN_IMPERSONATE, C + "/pod/tools/plain", C + "/node/n1"));
    }

    @Test
    void aHostPathDaemonSetMayLandOnAnyNode() {
        IdentityGraph g = cluster(dir, "c2", """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent, namespace: mon}
                spec:
                  template:
                    spec:
                      serviceAccountName: agent
                      containers: [{name: c, image: agent}]
                      volumes: [{name: root, hostPath: {path: /}}]
                """);
        assertEquals(List.of("K8S-CE-05+K8S-CE-06+K8S-CE-07+K8S-CE-08+K8S-NODE-01"),
                rules(g, RelationKind.CAN_IMPERSONATE, C + "/daemonset/mon/agent", C + "/node/*"));
        assertEquals(List.of("K8S-ID-01"), rules(g, RelationKind.RUNS_AS, C + "/daemonset/mon/agent", C + "/serviceaccount/mon/agent"));
    }

    @Test
    void listingSecretsReachesTheAccountsOfTokenSecretsAndKeepsNoSecretValue() {
        IdentityGraph g = cluster(dir, "c2", """
                apiVersion: v1
                kind: Secret
                type: kubernetes.io/service-account-token
                metadata:
                  name: builder-token
                  namespace: ci
                  annotations: {kubernetes.io/service-account.name: builder}
                data: {token: c2VjcmV0LXRva2VuLXZhbHVl}
                stringData: {password: hunter2}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: reader, namespace: ci}
                rules: [{apiGroups: [''], resources: [secrets], verbs: [list]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: getter, namespace: ci}
                rules: [{apiGroups: [''], resources: [secrets], verbs: [get], resourceNames: [builder-token]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: r, namespace: ci}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
                subjects: [{kind: User, name: lister}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: g, namespace: ci}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: getter}
                subjects: [{kind: User, name: getter}]
                """);
        String builder = C + "/serviceaccount/ci/builder";
        assertEquals(List.of("K8S-SEC-01"), rules(g, RelationKind.CAN_IMPERSONATE, C + "/user/lister", builder));
        List<Relation> named = relations(g, RelationKind.CAN_IMPERSONATE, C + "/user/getter", builder);
        assertEquals(List.of(Confidence.PROVEN), named.stream().map(Relation::confidence).toList(),
                "the role names the token secret: nothing to guess (PolicyRuleTest: without resourceNames it is guessed)");
        assertEquals("kubernetes.io/service-account-token", g.require(KubeDraft.id(C + "/secret/ci/builder-token")).property("type"));
        String everything = g.entities().toString() + g.grants() + g.relations();
        assertFalse(everything.contains("c2VjcmV0LXRva2VuLXZhbHVl") || everything.contains("hunter2"), "a secret value was kept");
    }

    @Test
    void workloadIdentityAnnotationsAloneAreHeuristicHintsToPlaceholders() {
        IdentityGraph g = cluster(dir, "c2", """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: app
                  namespace: web
                  annotations:
                    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/app
                    iam.gke.io/gcp-service-account: app@proj.iam.gserviceaccount.com
                    azure.workload.identity/client-id: 0b7e6c52-1111-2222-3333-444455556666
                """);
        String app = C + "/serviceaccount/web/app";
        List<Relation> irsa = relations(g, RelationKind.CAN_ASSUME, app, "arn:aws:iam::123456789012:role/app");
        assertEquals(List.of(Confidence.HEURISTIC), irsa.stream().map(Relation::confidence).toList());
        assertEquals("true", g.require(KubeDraft.id("arn:aws:iam::123456789012:role/app")).property("placeholder"));
        assertEquals(List.of("K8S-CLOUD-04"), rules(g, RelationKind.CAN_IMPERSONATE, app, "gcp:serviceAccount:app@proj.iam.gserviceaccount.com"));
        assertEquals(List.of("K8S-CLOUD-05"), rules(g, RelationKind.CAN_IMPERSONATE, app, "azure:client:0b7e6c52-1111-2222-3333-444455556666"));
        var gsa = g.require(KubeDraft.id("gcp:serviceAccount:app@proj.iam.gserviceaccount.com"));
        assertEquals(List.of(EntityKind.EXTERNAL_ACCOUNT, Provider.GCP), List.of(gsa.kind(), gsa.provider()));
    }
}

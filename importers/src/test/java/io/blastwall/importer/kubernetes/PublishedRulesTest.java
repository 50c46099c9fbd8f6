package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.KubeFixture.cluster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.RelationKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published rule sets in {@code ../shared/data/privesc-techniques} (krane's risky roles, rbac-tool's default
 * rules, KubeHound's attack edges): for every rule Blastwall models, a fragment the rule flags produces the
 * corresponding catalogue edge; every other rule of the file is listed with the reason it is not an edge here,
 * so a rule added to a file fails this test until it is mapped.
 */
class PublishedRulesTest {
    private static final String C = "k8s://c9";
    private static final String ALICE = C + "/user/alice";
    private static final String BOT = C + "/serviceaccount/a/bot";
    private static final String WORLD = """
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: bot, namespace: a}
            ---
            apiVersion: v1
            kind: Secret
            type: kubernetes.io/service-account-token
            metadata:
              name: bot-token
              namespace: a
              annotations: {kubernetes.io/service-account.name: bot}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: a}
            spec: {serviceAccountName: bot, containers: [{name: c, image: web}]}
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: pod-maker, namespace: a}
            rules: [{apiGroups: [''], resources: [pods], verbs: [create]}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: bob, namespace: a}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-maker}
            subjects: [{kind: User, name: bob}]
            """;

    /** What a fragment must produce: an edge of this kind from alice to the target whose rule names {@code rule}. */
    private record Expect(boolean clusterWide, RelationKind kind, String target, String rule) {}

    private static Expect ns(RelationKind kind, String target, String rule) {
        return new Expect(false, kind, target, rule);
    }

    private static Expect wide(RelationKind kind, String target, String rule) {
        return new Expect(true, kind, target, rule);
    }

    @TempDir
    Path dir;

    private static final Expect TO_BOT_WL01 = ns(RelationKind.CAN_IMPERSONATE, BOT, "K8S-WL-01");
    private static final Expect TO_BOT_WL02 = ns(RelationKind.CAN_IMPERSONATE, BOT, "K8S-WL-02");

    private static final Map<String, Expect> KRANE = new LinkedHashMap<>();
    private static final Map<String, String> KRANE_NOT_EDGES = Map.ofEntries(
            Map.entry("example-rule", "disabled example"),
            Map.entry("unauthenticated-subject-access", "a binding review (who is bound), not an escalation edge"),
            Map.entry("subjects-with-privileged-psp-not-scoped-to-ns", "PodSecurityPolicy, removed in Kubernetes 1.25"),
            Map.entry("subjects-with-open-cluster-wide-access", "a review query; the wildcard itself is K8S-ADMIN-WILDCARD"),
            Map.entry("subjects-with-open-ns-level-access", "a review query over namespaced wildcards"),
            Map.entry("subjects-with-rbac-management", "a review query; the edges are K8S-RBAC-01 to 04"),
            Map.entry("subjects-with-non-existing-roles", "a warning at import (the binding grants nothing)"),
            Map.entry("subjects-with-many-roles", "a count, not an edge"),
            Map.entry("namespaces-with-many-subjects", "a count, not an edge"),
            Map.entry("risky-any-resource-delete", "deleting is damage, not a way to another identity"),
            Map.entry("risky-any-resource-deletecollection", "deleting is damage, not a way to another identity"));

    static {
        KRANE.put("risky-get-secrets", ns(RelationKind.CAN_IMPERSONATE, BOT, "K8S-SEC-02"));
        KRANE.put("risky-list-secrets", ns(RelationKind.CAN_IMPERSONATE, BOT, "K8S-SEC-01"));
        KRANE.put("risky-impersonate-privileged-groups", wide(RelationKind.ADMIN_OF, C, "K8S-IMP-01"));
        KRANE.put("risky-any-verb-secrets", ns(RelationKind.CAN_IMPERSONATE, BOT, "K8S-SEC-01"));
        KRANE.put("risky-any-verb-pods", TO_BOT_WL01);
        for (String controller : List.of("deployments", "daemonsets", "statefulsets", "replicationcontrollers", "replicasets",
                "cronjobs", "jobs")) {
            KRANE.put("risky-any-verb-" + controller, TO_BOT_WL02);
            KRANE.put("risky-create-" + controller, TO_BOT_WL02);
            KRANE.put("risky-update-" + controller, TO_BOT_WL02);
        }
        KRANE.put("risky-any-verb-roles", ns(RelationKind.CAN_IMPERSONATE, BOT, "K8S-RBAC-02"));
        KRANE.put("risky-any-verb-clusterroles", wide(RelationKind.ADMIN_OF, C, "K8S-RBAC-02"));
        KRANE.put("risky-any-verb-rolebindings", ns(RelationKind.CAN_ACCESS, C + "/namespace/a", "K8S-RBAC-03"));
        KRANE.put("risky-any-verb-clusterrolebindings", wide(RelationKind.CAN_ACCESS, C, "K8S-RBAC-03"));
        KRANE.put("risky-any-verb-users", wide(RelationKind.CAN_IMPERSONATE, C + "/user/bob", "K8S-IMP-01"));
        KRANE.put("risky-any-verb-groups", wide(RelationKind.ADMIN_OF, C, "K8S-IMP-01"));
        KRANE.put("risky-any-resource-create", TO_BOT_WL01);
        KRANE.put("risky-any-resource-list", ns(RelationKind.CAN_IMPERSONATE, BOT, "K8S-SEC-01"));
        KRANE.put("risky-any-resource-get", ns(RelationKind.CAN_IMPERSONATE, C + "/pod/a/web", "K8S-EXEC-01"));
        KRANE.put("risky-any-resource-impersonate", ns(RelationKind.CAN_IMPERSONATE, BOT, "K8S-IMP-01"));
        KRANE.put("risky-create-rolebinding-role", ns(RelationKind.CAN_IMPERSONATE, BOT, "K8S-RBAC-01"));
        KRANE.put("risky-create-rolebinding-clusterrole", ns(RelationKind.CAN_IMPERSONATE, BOT, "K8S-RBAC-01"));
        KRANE.put("risky-create-clusterrolebinding", wide(RelationKind.CAN_ACCESS, C, "K8S-RBAC-03"));
        KRANE.put("risky-exec-pods", ns(RelationKind.CAN_IMPERSONATE, C + "/pod/a/web", "K8S-EXEC-01"));
        KRANE.put("risky-attach-pods", ns(RelationKind.CAN_IMPERSONATE, C + "/pod/a/web", "K8S-EXEC-02"));
        KRANE.put("risky-add-rolebinding", ns(RelationKind.CAN_ACCESS, C + "/namespace/a", "K8S-RBAC-03"));
    }

    private static JsonNode published(String file) throws IOException {
        Path path = Path.of("..", "..", "shared", "data", "privesc-techniques", file);
        assumeTrue(Files.isRegularFile(path), "../shared/data not present: skipping");
        return new YAMLMapper().readTree(path.toFile());
    }

    /** Alice holds the rules through a Role in namespace a, or a ClusterRole cluster-wide. */
    private IdentityGraph alice(String rulesYaml, boolean clusterWide) {
        String kind = clusterWide ? "ClusterRole" : "Role";
        return cluster(dir, "c9", WORLD + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: %s
                metadata: {name: fragment%s}
                rules: %s
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: %s
                metadata: {name: alice%s}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: %s, name: fragment}
                subjects: [{kind: User, name: alice}]
                """.formatted(kind, clusterWide ? "" : ", namespace: a", rulesYaml, clusterWide ? "ClusterRoleBinding" : "RoleBinding",
                clusterWide ? "" : ", namespace: a", kind));
    }

    private static boolean produces(IdentityGraph g, Expect e) {
        return g.outgoing(KubeDraft.id(ALICE)).stream().anyMatch(r -> r.kind() == e.kind() && r.to().value().equals(e.target())
                && r.rule().contains(e.rule()));
    }

    @Test
    void everyKraneRiskyRoleWeModelProducesItsEdge() throws IOException {
        Set<String> unmapped = new TreeSet<>();
        Set<String> missed = new TreeSet<>();
        for (JsonNode rule : published("krane_rules.yaml").path("rules")) {
            String id = rule.path("id").asText();
            Expect e = KRANE.get(id);
            if (e == null) {
                if (!KRANE_NOT_EDGES.containsKey(id)) {
                    unmapped.add(id);
                }
                continue;
            }
            assertTrue(rule.path("match_rules").isArray(), id + " has match rules");
            IdentityGraph g = alice(rule.path("match_rules").toString(), e.clusterWide());
            if (!produces(g, e)) {
                missed.add(id + " -> " + e);
            }
        }
        assertEquals(Set.of(), unmapped, "krane rules neither modelled nor explained");
        assertEquals(Set.of(), missed, "krane rules whose fragment gives no edge");
    }

    private static final Map<String, String> RBAC_TOOL_FRAGMENTS = new LinkedHashMap<>();
    private static final Map<String, Expect> RBAC_TOOL = new LinkedHashMap<>();
    private static final Map<String, String> RBAC_TOOL_NOT_EDGES = Map.of(
            "Networking - Manipulate Networking and Network Access related resources", "network policy and routing, no identity",
            "Networking - Manipulate Gateway API Resources", "routing, no identity",
            "Installing or Modifying Cluster Extensions (CRDs)", "not in the catalogue (no source for an edge)",
            "Open Policy Agent (OPA) GateKeeper Administration", "policy engines: disabling one would unlock K8S-WL-03; not modelled",
            "Kyverno Administration", "policy engines: disabling one would unlock K8S-WL-03; not modelled",
            "Installing or Modifying Kubernetes Admission Policies", "admission policies: as policy engines, not modelled");

    static {
        fragment("Secret Readers", "[{apiGroups: [''], resources: [secrets], verbs: [get]}]", ns(RelationKind.CAN_IMPERSONATE, BOT, "K8S-SEC-02"));
        fragment("Workload Creators & Editors", "[{apiGroups: [''], resources: [pods], verbs: [create]}]", TO_BOT_WL01);
        fragment("Identify Privileges Escalators - via impersonate", "[{apiGroups: [''], resources: [serviceaccounts], verbs: [impersonate]}]",
                ns(RelationKind.CAN_IMPERSONATE, BOT, "K8S-IMP-01"));
        fragment("Identify Privileges Escalators - via bind or escalate", "[{apiGroups: [rbac.authorization.k8s.io], resources: [roles],"
                + " verbs: [escalate, update]}]", ns(RelationKind.CAN_IMPERSONATE, BOT, "K8S-RBAC-02"));
        fragment("Storage & Data - Manipulate Cluster Shared Resources", "[{apiGroups: [''], resources: [persistentvolumes], verbs: [create]}]",
                wide(RelationKind.CAN_IMPERSONATE, C + "/node/*", "K8S-PV-01"));
        fragment("Installing or Modifying Admission Controllers", "[{apiGroups: [admissionregistration.k8s.io],"
                + " resources: [mutatingwebhookconfigurations], verbs: [create]}]", wide(RelationKind.ADMIN_OF, C, "K8S-WH-01"));
        fragment("Create Node Proxy", "[{apiGroups: [''], resources: [nodes/proxy], verbs: [create]}]",
                wide(RelationKind.CAN_IMPERSONATE, C + "/node/*", "K8S-NODE-PROXY-01"));
        fragment("Create Ephemeral Containers in Running Pods", "[{apiGroups: [''], resources: [pods/ephemeralcontainers], verbs: [patch]}]",
                ns(RelationKind.CAN_IMPERSONATE, C + "/pod/a/web", "K8S-EXEC-03"));
        fragment("Exec into Pod", "[{apiGroups: [''], resources: [pods/exec], verbs: [create]}]",
                ns(RelationKind.CAN_IMPERSONATE, C + "/pod/a/web", "K8S-EXEC-01"));
    }

    private static void fragment(String name, String rules, Expect expect) {
        RBAC_TOOL_FRAGMENTS.put(name, rules);
        RBAC_TOOL.put(name, expect);
    }

    @Test
    void everyRbacToolRuleWeModelProducesItsEdge() throws IOException {
        Set<String> unmapped = new TreeSet<>();
        Set<String> missed = new TreeSet<>();
        for (JsonNode rule : published("rbac-tool_default-rules.yaml").path("Rules")) {
            String name = rule.path("Name").asText();
            Expect e = RBAC_TOOL.get(name);
            if (e == null) {
                if (!RBAC_TOOL_NOT_EDGES.containsKey(name)) {
                    unmapped.add(name);
                }
                continue;
            }
            if (!produces(alice(RBAC_TOOL_FRAGMENTS.get(name), e.clusterWide()), e)) {
                missed.add(name + " -> " + e);
            }
        }
        assertEquals(Set.of(), unmapped, "rbac-tool rules neither modelled nor explained");
        assertEquals(Set.of(), missed, "rbac-tool rules whose fragment gives no edge");
    }

    /** KubeHound attack edges: the catalogue rule each corresponds to, or why it is not an edge here. */
    private static final Map<String, String> KUBEHOUND = Map.ofEntries(
            Map.entry("CE_MODULE_LOAD", "K8S-CE-03"), Map.entry("CE_NSENTER", "K8S-CE-02"), Map.entry("CE_PRIV_MOUNT", "K8S-CE-01"),
            Map.entry("CE_SYS_TRACE", "K8S-CE-04"), Map.entry("CE_UMH_CORE_PATTERN", "K8S-CE-05"),
            Map.entry("CE_VAR_LOG_SYMLINK", "K8S-CE-06"), Map.entry("EXPLOIT_HOST_READ", "K8S-CE-07"),
            Map.entry("EXPLOIT_HOST_WRITE", "K8S-CE-07"), Map.entry("EXPLOIT_CONTAINERD_SOCK", "K8S-CE-08"),
            Map.entry("EXPLOIT_HOST_TRAVERSE", "K8S-NODE-01"), Map.entry("SHARE_PS_NAMESPACE", "K8S-CE-09"),
            Map.entry("TOKEN_STEAL", "K8S-NODE-01"), Map.entry("IDENTITY_ASSUME", "K8S-ID-01"),
            Map.entry("ENDPOINT_EXPLOIT", "K8S-EP-01"), Map.entry("POD_CREATE", "K8S-WL-01"), Map.entry("POD_PATCH", "K8S-WL-04"),
            Map.entry("POD_EXEC", "K8S-EXEC-01"), Map.entry("POD_ATTACH", "K8S-EXEC-02"), Map.entry("CONTAINER_ATTACH", "K8S-EXEC-02"),
            Map.entry("ROLE_BIND", "K8S-RBAC-01"), Map.entry("IDENTITY_IMPERSONATE", "K8S-IMP-01"),
            Map.entry("TOKEN_BRUTEFORCE", "K8S-SEC-02"), Map.entry("TOKEN_LIST", "K8S-SEC-01"),
            Map.entry("PERMISSION_DISCOVER", "-identity to its permissions: Blastwall expands permissions into edges"),
            Map.entry("VOLUME_ACCESS", "-discovery of a volume, not a way to an identity"),
            Map.entry("VOLUME_DISCOVER", "-discovery of a volume, not a way to an identity"));

    /** A runtime fragment (pod spec) for each KubeHound container edge, and the rule it must give the pod's escape. */
    private static final Map<String, String> KUBEHOUND_PODS = Map.ofEntries(
            Map.entry("CE_MODULE_LOAD", "containers: [{name: c, image: x, securityContext: {capabilities: {add: [SYS_MODULE]}}}]"),
            Map.entry("CE_NSENTER", "hostPID: true\ncontainers: [{name: c, image: x, securityContext: {privileged: true}}]"),
            Map.entry("CE_PRIV_MOUNT", "containers: [{name: c, image: x, securityContext: {privileged: true}}]"),
            Map.entry("CE_SYS_TRACE", "hostPID: true\ncontainers: [{name: c, image: x, securityContext: {capabilities: {add: [SYS_PTRACE,"
                    + " SYS_ADMIN]}}}]"),
            Map.entry("CE_UMH_CORE_PATTERN", hostPath("/proc", false)), Map.entry("CE_VAR_LOG_SYMLINK", hostPath("/var/log", false)),
            Map.entry("EXPLOIT_HOST_READ", hostPath("/etc", true)), Map.entry("EXPLOIT_HOST_WRITE", hostPath("/etc", false)),
            Map.entry("EXPLOIT_CONTAINERD_SOCK", hostPath("/run/containerd/containerd.sock", true)),
            Map.entry("EXPLOIT_HOST_TRAVERSE", hostPath("/var/lib/kubelet", true)),
            Map.entry("SHARE_PS_NAMESPACE", "shareProcessNamespace: true\ncontainers: [{name: a, image: a}, {name: b, image: b,"
                    + " securityContext: {privileged: true}}]"));

    private static String hostPath(String path, boolean readOnly) {
        return "containers: [{name: c, image: x, securityContext: {runAsUser: 0}, volumeMounts: [{name: h, mountPath: /h,"
                + " readOnly: " + readOnly + "}]}]\nvolumes: [{name: h, hostPath: {path: " + path + "}}]";
    }

    @Test
    void everyKubehoundAttackIsAnEdgeOrExplained() throws IOException {
        Set<String> unmapped = new TreeSet<>();
        for (JsonNode edge : published("kubehound_graph_schema_edges.yaml").path("spec").path("edges")) {
            if (!KUBEHOUND.containsKey(edge.path("label").asText())) {
                unmapped.add(edge.path("label").asText());
            }
        }
        assertEquals(Set.of(), unmapped, "KubeHound edges neither mapped nor explained");
        Set<String> missed = new TreeSet<>();
        KUBEHOUND_PODS.forEach((label, spec) -> {
            IdentityGraph g = cluster(dir, "c9", """
                    apiVersion: v1
                    kind: Pod
                    metadata: {name: p, namespace: a}
                    spec:
                    %s""".formatted(spec.indent(2)));
            boolean found = g.outgoing(KubeDraft.id(C + "/pod/a/p")).stream()
                    .anyMatch(r -> (r.kind() == RelationKind.RUNS_AS || r.kind() == RelationKind.CAN_IMPERSONATE)
                            && r.rule().contains(KUBEHOUND.get(label)));
            if (!found) {
                missed.add(label);
            }
        });
        assertEquals(Set.of(), missed, "KubeHound container attacks without their escape");
        Map<String, String> rbac = Map.of(
                "POD_CREATE", "[{apiGroups: [''], resources: [pods], verbs: [create]}]",
                "POD_PATCH", "[{apiGroups: [''], resources: [pods], verbs: [patch]}]",
                "POD_EXEC", "[{apiGroups: [''], resources: [pods/exec], verbs: [create]}]",
                "POD_ATTACH", "[{apiGroups: [''], resources: [pods/attach], verbs: [create]}]",
                "TOKEN_LIST", "[{apiGroups: [''], resources: [secrets], verbs: [list]}]",
                "TOKEN_BRUTEFORCE", "[{apiGroups: [''], resources: [secrets], verbs: [get]}]",
                "IDENTITY_IMPERSONATE", "[{apiGroups: [''], resources: [serviceaccounts], verbs: [impersonate]}]",
                "ROLE_BIND", "[{apiGroups: [rbac.authorization.k8s.io], resources: [roles], verbs: [bind]},"
                        + " {apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], verbs: [create]}]");
        rbac.forEach((label, rules) -> {
            IdentityGraph g = alice(rules, false);
            boolean found = g.outgoing(KubeDraft.id(ALICE)).stream().anyMatch(r -> r.rule().contains(KUBEHOUND.get(label)));
            if (!found) {
                missed.add(label);
            }
        });
        assertEquals(Set.of(), missed, "KubeHound RBAC attacks without their edge");
    }
}

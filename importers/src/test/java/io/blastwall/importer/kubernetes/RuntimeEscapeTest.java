package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.KubeFixture.cluster;
import static io.blastwall.importer.kubernetes.KubeFixture.relations;
import static io.blastwall.importer.kubernetes.KubeFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.Confidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Container escapes (catalogue §2.3, K8S-CE-01 to 09, K8S-NODE-01/02), exposed services (K8S-EP-01) and IMDS (K8S-CLOUD-03). */
class RuntimeEscapeTest {
    private static final String C = "k8s://c4";
    private static final String POD = C + "/pod/a/p";

    @TempDir
    Path dir;

    private IdentityGraph pod(String spec) {
        return cluster(dir, "c4", """
                apiVersion: v1
                kind: Pod
                metadata: {name: p, namespace: a}
                spec:
                %s
                """.formatted(spec.indent(2)));
    }

    /** The rules of the pod's escape to its node, split. */
    private static Set<String> escape(IdentityGraph g) {
        Set<String> out = new TreeSet<>();
        relations(g, RelationKind.CAN_IMPERSONATE, POD, C + "/node/*").forEach(r -> out.addAll(List.of(r.rule().split("\\+"))));
        return out;
    }

    private static String container(String securityContext) {
        return "containers: [{name: c, image: x, securityContext: " + securityContext + "}]";
    }

    private static String mount(String path, boolean readOnly, String securityContext) {
        return """
                containers:
                - name: c
                  image: x
                  securityContext: %s
                  volumeMounts: [{name: host, mountPath: /host, readOnly: %s}]
                volumes: [{name: host, hostPath: {path: %s}}]
                """.formatted(securityContext, readOnly, path);
    }

    static Stream<Arguments> escapes() {
        String root = "{runAsUser: 0}";
        return Stream.of(
                Arguments.of("privileged", container("{privileged: true}"), "K8S-CE-01"),
                Arguments.of("privileged loads modules", container("{privileged: true}"), "K8S-CE-03"),
                Arguments.of("CAP_SYS_ADMIN", container("{capabilities: {add: [SYS_ADMIN]}}"), "K8S-CE-01"),
                Arguments.of("privileged with hostPID", "hostPID: true\n" + container("{privileged: true}"), "K8S-CE-02"),
                Arguments.of("CAP_SYS_MODULE", container("{capabilities: {add: [CAP_SYS_MODULE]}}"), "K8S-CE-03"),
                Arguments.of("ptrace with hostPID", "hostPID: true\n" + container("{capabilities: {add: [SYS_PTRACE, SYS_ADMIN]},"
                        + " appArmorProfile: {type: Unconfined}}"), "K8S-CE-04"),
                Arguments.of("writable /proc as root", mount("/proc", false, root), "K8S-CE-05"),
                Arguments.of("writable /var/log as root", mount("/var/log", false, root), "K8S-CE-06"),
                Arguments.of("writable /etc", mount("/etc", false, "{}"), "K8S-CE-07"),
                Arguments.of("read-only /root/.ssh", mount("/root/.ssh", true, "{}"), "K8S-CE-07"),
                Arguments.of("read-only docker socket", mount("/var/run/docker.sock", true, "{}"), "K8S-CE-08"),
                Arguments.of("read-only kubelet pods", mount("/var/lib/kubelet/pods", true, "{}"), "K8S-NODE-01"),
                Arguments.of("shared process namespace", """
                        shareProcessNamespace: true
                        containers:
                        - {name: app, image: app}
                        - {name: debug, image: busybox, securityContext: {privileged: true}}
                        """, "K8S-CE-09"),
                Arguments.of("volume without volumeMounts", "containers: [{name: c, image: x}]\nvolumes: [{name: h, hostPath: {path: /}}]",
                        "K8S-NODE-01"),
                Arguments.of("subPath into the kubelet", """
                        containers:
                        - name: c
                          image: x
                          volumeMounts: [{name: h, mountPath: /k, subPath: kubelet/pods, readOnly: true}]
                        volumes: [{name: h, hostPath: {path: /var/lib/}}]
                        """, "K8S-NODE-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void aPodSpecThatEscapesReachesItsNode(String name, String spec, String rule) {
        IdentityGraph g = pod(spec);
        assertTrue(escape(g).contains(rule), name + ": " + escape(g));
        assertEquals(List.of(Confidence.HEURISTIC), relations(g, RelationKind.CAN_IMPERSONATE, POD, C + "/node/*").stream()
                .map(Relation::confidence).toList());
    }

    static Stream<Arguments> confined() {
        return Stream.of(
                Arguments.of("CAP_NET_ADMIN", container("{capabilities: {add: [NET_ADMIN]}}"), "K8S-CE-01"),
                Arguments.of("hostPID alone", "hostPID: true\n" + container("{}"), "K8S-CE-02"),
                Arguments.of("CAP_SYS_ADMIN without hostPID", container("{capabilities: {add: [SYS_ADMIN]}}"), "K8S-CE-02"),
                Arguments.of("SYS_PTRACE alone", "hostPID: true\n" + container("{capabilities: {add: [SYS_PTRACE]}}"), "K8S-CE-04"),
                Arguments.of("ptrace without hostPID", container("{capabilities: {add: [SYS_PTRACE, SYS_ADMIN]}}"), "K8S-CE-04"),
                Arguments.of("read-only /proc", mount("/proc/sys/kernel", true, "{runAsUser: 0}"), "K8S-CE-05"),
                Arguments.of("/proc as non-root", mount("/proc", false, "{runAsNonRoot: true}"), "K8S-CE-05"),
                Arguments.of("read-only /var/log", mount("/var/log", true, "{runAsUser: 0}"), "K8S-CE-06"),
                Arguments.of("/var/log as user 1000", mount("/var/log", false, "{runAsUser: 1000}"), "K8S-CE-06"),
                Arguments.of("writable /tmp", mount("/tmp", false, "{}"), "K8S-CE-07"),
                Arguments.of("an application socket", mount("/var/run/app.sock", false, "{}"), "K8S-CE-08"),
                Arguments.of("/var/lib/docker", mount("/var/lib/docker", true, "{}"), "K8S-NODE-01"),
                Arguments.of("shared namespace, nothing escapes", "shareProcessNamespace: true\ncontainers: [{name: a, image: a},"
                        + " {name: b, image: b}]", "K8S-CE-09"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("confined")
    void aPodSpecThatDoesNotEscapeGetsNoSuchRule(String name, String spec, String rule) {
        assertFalse(escape(pod(spec)).contains(rule), name + ": " + escape(pod(spec)));
    }

    @Test
    void ptraceUnderDefaultAppArmorIsConditionedOnIt() {
        IdentityGraph g = pod("hostPID: true\n" + container("{capabilities: {add: [SYS_PTRACE, SYS_ADMIN]}}"));
        Relation edge = relations(g, RelationKind.CAN_IMPERSONATE, POD, C + "/node/*").get(0);
        assertTrue(edge.conditions().stream().anyMatch(c -> c.contains("AppArmor")), edge.conditions().toString());
    }

    @Test
    void aNodeReachesItsKubeletIdentityInSystemNodes() {
        IdentityGraph g = cluster(dir, "c4", """
                apiVersion: v1
                kind: Node
                metadata: {name: n1}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: node-reader}
                rules: [{apiGroups: [''], resources: [secrets], verbs: [list]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: nodes}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: node-reader}
                subjects: [{kind: Group, name: system:nodes}]
                ---
                apiVersion: v1
                kind: Secret
                type: Opaque
                metadata: {name: db, namespace: a}
                """);
        String kubelet = C + "/user/system:node:n1";
        List<Relation> assume = relations(g, RelationKind.CAN_IMPERSONATE, C + "/node/n1", kubelet);
        assertEquals(List.of("K8S-NODE-02"), assume.stream().map(Relation::rule).toList());
        assertEquals(Confidence.HEURISTIC, assume.get(0).confidence());
        assertEquals(List.of("K8S-NODE-02"), rules(g, RelationKind.MEMBER_OF, kubelet, C + "/group/system:nodes"));
        assertEquals(List.of("K8S-SEC-01"), rules(g, RelationKind.CAN_ACCESS, C + "/group/system:nodes", C + "/secret/a/db"));
    }

    private static final String SERVICES = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: a}
            spec: {template: {metadata: {labels: {app: web, tier: front}}, spec: {containers: [{name: c, image: web}]}}}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: b}
            spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, image: web}]}}}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: db-0, namespace: a}
            spec: {containers: [{name: c, image: db}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: a}
            spec: {type: LoadBalancer, selector: {app: web}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: internal, namespace: a}
            spec: {selector: {app: api}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: db, namespace: a}
            spec: {clusterIP: None}
            ---
            apiVersion: discovery.k8s.io/v1
            kind: EndpointSlice
            metadata:
              name: db-abc
              namespace: a
              labels: {kubernetes.io/service-name: db}
            endpoints: [{addresses: [10.0.0.9], targetRef: {kind: Pod, name: db-0, namespace: a}}]
            """;

    @Test
    void anExternalServiceExposesThePodsItSelects() {
        IdentityGraph g = cluster(dir, "c4", SERVICES);
        String internet = C + "/network/internet";
        String web = C + "/service/a/web";
        assertEquals(List.of("K8S-EP-01"), rules(g, RelationKind.CAN_IMPERSONATE, internet, web));
        List<Relation> exposed = relations(g, RelationKind.CAN_IMPERSONATE, web, C + "/deployment/a/web");
        assertEquals(List.of("K8S-EP-01"), exposed.stream().map(Relation::rule).toList());
        assertEquals(Confidence.HEURISTIC, exposed.get(0).confidence());
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, web, C + "/deployment/b/web"), "another namespace");
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, internet, C + "/service/a/internal"), "ClusterIP");
        assertEquals(List.of(), g.outgoing(KubeDraft.id(C + "/service/a/internal")).stream()
                .filter(r -> r.kind().traversable()).toList(), "selects nothing");
        assertEquals(List.of("K8S-EP-01"), rules(g, RelationKind.CAN_IMPERSONATE, C + "/service/a/db", C + "/pod/a/db-0"));
    }

    @Test
    void everyPodReachesTheNodeInstanceRoleThroughImds() {
        IdentityGraph g = cluster(dir, "c4", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: aws-auth, namespace: kube-system}
                data:
                  mapRoles: |
                    - rolearn: arn:aws:iam::111122223333:role/nodes
                      username: system:node:{{EC2PrivateDNSName}}
                      groups: [system:bootstrappers, system:nodes]
                    - rolearn: arn:aws:iam::111122223333:role/ops
                      username: ops
                      groups: [ops]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: p, namespace: a}
                spec: {containers: [{name: c, image: x}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: h, namespace: a}
                spec: {hostNetwork: true, containers: [{name: c, image: x}]}
                """);
        String nodes = "arn:aws:iam::111122223333:role/nodes";
        List<Relation> imds = relations(g, RelationKind.CAN_ASSUME, POD, nodes);
        assertEquals(List.of("K8S-CLOUD-03"), imds.stream().map(Relation::rule).toList());
        assertEquals(Confidence.HEURISTIC, imds.get(0).confidence());
        assertTrue(relations(g, RelationKind.CAN_ASSUME, C + "/pod/a/h", nodes).get(0).conditions().get(0).contains("host network"));
        assertEquals(List.of("K8S-CLOUD-03"), rules(g, RelationKind.CAN_ASSUME, C + "/node/*", nodes));
        assertEquals(List.of(), rules(g, RelationKind.CAN_ASSUME, POD, "arn:aws:iam::111122223333:role/ops"));
    }
}

package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.AwsAccountFixture.allow;
import static io.blastwall.importer.kubernetes.AwsAccountFixture.arn;
import static io.blastwall.importer.kubernetes.AwsAccountFixture.podIdentityTrust;
import static io.blastwall.importer.kubernetes.KubeFixture.importAll;
import static io.blastwall.importer.kubernetes.KubeFixture.relations;
import static io.blastwall.importer.kubernetes.KubeFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.AttackPath;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.ImportWarning;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EKS access entries (AWS-EKS-01) and Pod Identity associations an AWS principal can create (AWS-EKS-03). */
class EksAccessEntryTest {
    private static final String C = "k8s://shop";
    private static final String CLUSTER_ARN = "arn:aws:eks:eu-west-1:111122223333:cluster/shop";
    private static final String OPS = arn("role", "ops");
    private static final String OPS_USER = C + "/user/arn:aws:sts::111122223333:assumed-role/ops/*";
    private static final String TRUST_ACCOUNT = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},
             "Action":"sts:AssumeRole"}]}""";

    @TempDir
    Path dir;

    private Path cluster(String mode, String extra) throws IOException {
        Path cluster = Files.createDirectories(dir.resolve("shop"));
        Files.writeString(cluster.resolve("cluster.json"), """
                {"cluster": {"name": "shop", "arn": "%s", "identity": {"oidc": {"issuer": ""}},
                 "accessConfig": {"authenticationMode": "%s"}}}""".formatted(CLUSTER_ARN, mode));
        Files.writeString(cluster.resolve("objects.yaml"), """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: bot, namespace: a}
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: other, namespace: b}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: platform}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
                subjects: [{kind: Group, name: platform-admins}]
                """ + extra);
        return cluster;
    }

    private static final String ENTRY = """
            {"accessEntry": {"clusterName": "shop", "principalArn": "%s", "kubernetesGroups": %s, "type": "%s",
             "username": "%s", "accessEntryArn": "arn:aws:eks:eu-west-1:111122223333:access-entry/shop/role/111122223333/ops/x"}}
            """;
    private static final String POLICIES = """
            {"clusterName": "shop", "principalArn": "%s", "associatedAccessPolicies": [{"policyArn":
             "arn:aws:eks::aws:cluster-access-policy/%s", "accessScope": %s}]}
            """;

    @Test
    void anAccessEntryWithTheClusterAdminPolicyIsAdmin() throws IOException {
        Path c = cluster("API_AND_CONFIG_MAP", "");
        Files.writeString(c.resolve("entry.json"), ENTRY.formatted(OPS, "[]", "STANDARD", ""));
        Files.writeString(c.resolve("policies.json"), POLICIES.formatted(OPS, "AmazonEKSClusterAdminPolicy", "{\"type\": \"cluster\"}"));
        IdentityGraph g = importAll(List.of(c)).graph();
        assertEquals(List.of("K8S-EKS-ACCESS-ENTRY"), rules(g, RelationKind.AUTHENTICATES_AS, OPS, OPS_USER));
        assertEquals(List.of("K8S-ADMIN-WILDCARD"), rules(g, RelationKind.ADMIN_OF, OPS_USER, C));
    }

    @Test
    void aNamespacedAdminPolicyGrantsInItsNamespacesOnly() throws IOException {
        Path c = cluster("API", "");
        Files.writeString(c.resolve("policies.json"), POLICIES.formatted(OPS, "AmazonEKSAdminPolicy",
                "{\"type\": \"namespace\", \"namespaces\": [\"a\"]}"));
        IdentityGraph g = importAll(List.of(c)).graph();
        assertEquals(List.of("K8S-WL-01+K8S-WL-02+K8S-SEC-03+K8S-IMP-01"), rules(g, RelationKind.CAN_IMPERSONATE, OPS_USER,
                C + "/serviceaccount/a/bot"));
        assertEquals(List.of(), rules(g, RelationKind.CAN_IMPERSONATE, OPS_USER, C + "/serviceaccount/b/other"));
        assertEquals(List.of(), rules(g, RelationKind.ADMIN_OF, OPS_USER, C));
    }

    @Test
    void entryGroupsAreBindingSubjectsAndNodeEntriesAreNodeRoles() throws IOException {
        Path c = cluster("API", "");
        Files.writeString(c.resolve("entries.json"), "[" + ENTRY.formatted(OPS, "[\"platform-admins\"]", "STANDARD", "ops") + ","
                + ENTRY.formatted(arn("role", "nodes"), "[]", "EC2_LINUX", "") + "]");
        IdentityGraph g = importAll(List.of(c)).graph();
        assertEquals(List.of("K8S-EKS-ACCESS-ENTRY"), rules(g, RelationKind.MEMBER_OF, C + "/user/ops", C + "/group/platform-admins"));
        assertEquals(List.of("K8S-EKS-ACCESS-ENTRY"), rules(g, RelationKind.MEMBER_OF, C + "/user/system:node:*",
                C + "/group/system:nodes"));
        assertEquals(List.of("K8S-CLOUD-03"), rules(g, RelationKind.CAN_ASSUME, C + "/node/*", arn("role", "nodes")));
    }

    @Test
    void anUnknownAccessPolicyWarnsAndGrantsNothing() throws IOException {
        Path c = cluster("API", "");
        Files.writeString(c.resolve("policies.json"), POLICIES.formatted(OPS, "AmazonEKSAutoNodePolicy", "{\"type\": \"cluster\"}"));
        ImportResult r = importAll(List.of(c));
        assertTrue(r.warnings().stream().map(ImportWarning::message).anyMatch(m -> m.contains("AmazonEKSAutoNodePolicy")));
        assertEquals(List.of(), r.graph().outgoing(KubeDraft.id(OPS_USER)).stream().filter(x -> x.kind().traversable()
                && x.kind() != RelationKind.MEMBER_OF).toList());
    }

    @Test
    void awsAuthIsIgnoredWhenTheClusterUsesAccessEntriesOnly() throws IOException {
        String awsAuth = """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: aws-auth, namespace: kube-system}
                data:
                  mapRoles: |
                    - rolearn: %s
                      username: ops
                      groups: [platform-admins]
                """.formatted(OPS);
        IdentityGraph api = importAll(List.of(cluster("API", awsAuth))).graph();
        assertEquals(List.of(), rules(api, RelationKind.AUTHENTICATES_AS, OPS, C + "/user/ops"));
        IdentityGraph both = importAll(List.of(cluster("API_AND_CONFIG_MAP", awsAuth))).graph();
        assertEquals(List.of("K8S-AWS-AUTH"), rules(both, RelationKind.AUTHENTICATES_AS, OPS, C + "/user/ops"));
    }

    private IdentityGraph withAccount(String mode, String extra, AwsAccountFixture account) throws IOException {
        return importAll(List.of(cluster(mode, extra), account.write(dir))).graph();
    }

    @Test
    void creatingAnAccessEntryWithTheAdminPolicyMakesAnAwsPrincipalClusterAdmin() throws IOException {
        String both = allow("[\"eks:CreateAccessEntry\",\"eks:AssociateAccessPolicy\"]", "*");
        List<Relation> admin = relations(withAccount("API", "", new AwsAccountFixture().role("ops", TRUST_ACCOUNT, both)),
                RelationKind.ADMIN_OF, OPS, C);
        assertEquals(List.of("AWS-EKS-01"), admin.stream().map(Relation::rule).toList());
        assertEquals(Confidence.PROVEN, admin.get(0).confidence());
        assertTrue(admin.get(0).grants().get(0).value().startsWith("aws:"), admin.get(0).grants().toString());
        List<Relation> unknownMode = relations(withAccount("", "", new AwsAccountFixture().role("ops", TRUST_ACCOUNT, both)),
                RelationKind.ADMIN_OF, OPS, C);
        assertEquals(List.of(Confidence.CONDITIONAL), unknownMode.stream().map(Relation::confidence).toList());
    }

    @Test
    void creatingAnEntryWithoutAssociatingOrWithAnotherPolicyIsNotAdmin() throws IOException {
        String createOnly = allow("\"eks:CreateAccessEntry\"", CLUSTER_ARN);
        IdentityGraph g = withAccount("API", "", new AwsAccountFixture().role("ops", TRUST_ACCOUNT, createOnly));
        assertEquals(List.of(), rules(g, RelationKind.ADMIN_OF, OPS, C));
        assertEquals(List.of("AWS-EKS-01"), rules(g, RelationKind.CAN_IMPERSONATE, OPS, C + "/group/platform-admins"),
                "an entry can name a group that is bound to cluster-admin");
        String viewOnly = allow("[\"eks:CreateAccessEntry\",\"eks:AssociateAccessPolicy\"]", "*").replace("}", ",\"Condition\":"
                + "{\"StringEquals\":{\"eks:policyArn\":\"arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy\"}}}");
        assertEquals(List.of(), rules(withAccount("API", "", new AwsAccountFixture().role("ops", TRUST_ACCOUNT, viewOnly)),
                RelationKind.ADMIN_OF, OPS, C));
        assertEquals(List.of(), rules(withAccount("CONFIG_MAP", "", new AwsAccountFixture().role("ops", TRUST_ACCOUNT,
                allow("\"eks:*\"", "*"))), RelationKind.ADMIN_OF, OPS, C), "access entries are off in CONFIG_MAP mode");
    }

    private static final String RUNNER_RBAC = """
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: aws-auth, namespace: kube-system}
            data:
              mapRoles: |
                - rolearn: arn:aws:iam::111122223333:role/ops
                  username: ops
                  groups: [deployers]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: deploy, namespace: a}
            rules: [{apiGroups: [apps], resources: [deployments], verbs: [create]}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: deployers, namespace: a}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: deploy}
            subjects: [{kind: Group, name: deployers}]
            """;

    @Test
    void aPodIdentityAssociationItCreatesGivesItAnyPodIdentityRole() throws IOException {
        String eks = allow("\"eks:CreatePodIdentityAssociation\"", CLUSTER_ARN);
        String pass = allow("\"iam:PassRole\"", arn("role", "data-reader"));
        AwsAccountFixture account = new AwsAccountFixture().role("ops", TRUST_ACCOUNT, eks, pass)
                .role("data-reader", podIdentityTrust("[\"sts:AssumeRole\",\"sts:TagSession\"]", ""));
        List<Relation> edge = relations(withAccount("API_AND_CONFIG_MAP", RUNNER_RBAC, account), RelationKind.CAN_PASS_ROLE, OPS,
                arn("role", "data-reader"));
        assertEquals(List.of("AWS-EKS-03"), edge.stream().map(Relation::rule).toList());
        assertTrue(edge.get(0).grants().stream().anyMatch(g -> g.value().startsWith("k8s:binding:shop/RoleBinding/a/deployers")),
                edge.get(0).grants().toString());
    }

    @Test
    void withoutAWayToRunPodsOrARoleForPodIdentityThereIsNoAssociationEdge() throws IOException {
        String eks = allow("\"eks:CreatePodIdentityAssociation\"", CLUSTER_ARN);
        String pass = allow("\"iam:PassRole\"", "*");
        String podTrust = podIdentityTrust("[\"sts:AssumeRole\",\"sts:TagSession\"]", "");
        AwsAccountFixture noPods = new AwsAccountFixture().role("ops", TRUST_ACCOUNT, eks, pass).role("data-reader", podTrust);
        assertEquals(List.of(), rules(withAccount("API_AND_CONFIG_MAP", "", noPods), RelationKind.CAN_PASS_ROLE, OPS,
                arn("role", "data-reader")));
        AwsAccountFixture lambdaRole = new AwsAccountFixture().role("ops", TRUST_ACCOUNT, eks, pass).role("data-reader",
                podTrust.replace("pods.eks.amazonaws.com", "lambda.amazonaws.com"));
        assertEquals(List.of(), rules(withAccount("API_AND_CONFIG_MAP", RUNNER_RBAC, lambdaRole), RelationKind.CAN_PASS_ROLE, OPS,
                arn("role", "data-reader")));
        String passToLambda = allow("\"iam:PassRole\"", "*").replace("}", ",\"Condition\":{\"StringEquals\":"
                + "{\"iam:PassedToService\":\"lambda.amazonaws.com\"}}}");
        AwsAccountFixture wrongService = new AwsAccountFixture().role("ops", TRUST_ACCOUNT, eks, passToLambda).role("data-reader", podTrust);
        assertEquals(List.of(), rules(withAccount("API_AND_CONFIG_MAP", RUNNER_RBAC, wrongService), RelationKind.CAN_PASS_ROLE, OPS,
                arn("role", "data-reader")));
    }

    @Test
    void anAdministratorOfTheAccountControlsTheClusterAndItsServiceAccounts() throws IOException {
        AwsAccountFixture account = new AwsAccountFixture().role("ops", TRUST_ACCOUNT, allow("\"*\"", "*"));
        IdentityGraph g = withAccount("API", "", account);
        assertEquals(List.of("AWS-EKS-01"), rules(g, RelationKind.CONTROLS, "arn:aws:iam::111122223333:root", C));
        assertEquals(List.of(), rules(g, RelationKind.ADMIN_OF, OPS, C), "covered once, through the account");
        AttackPath path = new Analysis(g).paths().shortest(EntityId.of(OPS), EntityId.of(C + "/serviceaccount/a/bot")).orElseThrow();
        assertEquals(List.of("arn:aws:iam::111122223333:root", C, C + "/serviceaccount/a/bot"),
                path.steps().stream().map(st -> st.relation().to().value()).toList());
    }

    @Test
    void anAwsAuthRoleArnWithoutItsPathMeansTheRoleUnderItsPath() throws IOException {
        String awsAuth = """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: aws-auth, namespace: kube-system}
                data:
                  mapRoles: |
                    - rolearn: arn:aws:iam::111122223333:role/deployer
                      username: deployer
                      groups: [platform-admins]
                """;
        IdentityGraph g = withAccount("API_AND_CONFIG_MAP", awsAuth, new AwsAccountFixture().roleAt("/ci/", "deployer", TRUST_ACCOUNT));
        assertEquals(List.of("K8S-AWS-AUTH"), rules(g, RelationKind.AUTHENTICATES_AS, arn("role", "ci/deployer"), C + "/user/deployer"));
        assertFalse(g.contains(EntityId.of(arn("role", "deployer"))), "no placeholder is left");
    }
}

package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.KubeFixture.importAll;
import static io.blastwall.importer.kubernetes.KubeFixture.relations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.Cut;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One snapshot with an AWS account and an EKS cluster: paths run from a pod creator through IRSA, or through an EKS
 * Pod Identity association, into S3, and one grant closes each.
 */
class MixedSnapshotTest {
    private static final String ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789";
    private static final String PROVIDER = "arn:aws:iam::123456789012:oidc-provider/" + ISSUER;
    private static final String ROLE = "arn:aws:iam::123456789012:role/reporter";
    private static final String OTHER_ROLE = "arn:aws:iam::123456789012:role/other-app";
    private static final String BUCKET = "arn:aws:s3:::acme-customer-data/*";
    private static final String C = "k8s://acme";
    private static final String DEV = C + "/user/dev";
    private static final String REPORTER = C + "/serviceaccount/reports/reporter";

    @TempDir
    Path dir;

    private IdentityGraph snapshot(boolean describeCluster) throws IOException {
        Path cluster = Files.createDirectories(dir.resolve("acme"));
        if (describeCluster) {
            Files.writeString(cluster.resolve("cluster.json"), """
                    {"cluster": {"name": "acme", "arn": "arn:aws:eks:eu-west-1:123456789012:cluster/acme",
                     "identity": {"oidc": {"issuer": "https://%s"}}}}
                    """.formatted(ISSUER));
        }
        Files.writeString(cluster.resolve("rbac.yaml"), """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: reporter
                  namespace: reports
                  annotations: {eks.amazonaws.com/role-arn: "%s"}
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: default, namespace: reports}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: deployer, namespace: reports}
                rules: [{apiGroups: [''], resources: [pods], verbs: [create]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: dev-deploys, namespace: reports}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer}
                subjects: [{kind: User, name: dev}]
                """.formatted(ROLE));
        Path gaad = dir.resolve("account-gaad.json");
        Files.writeString(gaad, """
                {"UserDetailList": [], "GroupDetailList": [], "Policies": [], "RoleDetailList": [%s, %s]}
                """.formatted(role("reporter", "AROAEXAMPLEREPORTER1", "system:serviceaccount:reports:reporter"),
                role("other-app", "AROAEXAMPLEOTHERAPP1", "system:serviceaccount:other:*")));
        return importAll(List.of(cluster, gaad)).graph();
    }

    private static String role(String name, String id, String sub) {
        return """
                {"Path": "/", "RoleName": "%s", "RoleId": "%s", "Arn": "arn:aws:iam::123456789012:role/%s",
                 "CreateDate": "2026-01-01T00:00:00+00:00",
                 "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                   "Principal": {"Federated": "%s"}, "Action": "sts:AssumeRoleWithWebIdentity",
                   "Condition": {"StringLike": {"%s:sub": "%s"}, "StringEquals": {"%s:aud": "sts.amazonaws.com"}}}]},
                 "InstanceProfileList": [], "AttachedManagedPolicies": [], "Tags": [],
                 "RolePolicyList": [{"PolicyName": "read", "PolicyDocument": {"Version": "2012-10-17", "Statement": [
                   {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "%s"}]}}]}
                """.formatted(name, id, name, PROVIDER, ISSUER, sub, ISSUER, BUCKET);
    }

    @Test
    void theTrustPolicyDecidesWhichServiceAccountAssumesTheRole() throws IOException {
        IdentityGraph g = snapshot(true);
        List<Relation> assume = relations(g, RelationKind.CAN_ASSUME, REPORTER, ROLE);
        assertEquals(List.of("K8S-CLOUD-01"), assume.stream().map(Relation::rule).toList());
        assertEquals(Confidence.PROVEN, assume.get(0).confidence());
        assertEquals(List.of(), relations(g, RelationKind.CAN_ASSUME, C + "/serviceaccount/reports/default", ROLE));
        assertEquals(List.of(), relations(g, RelationKind.CAN_ASSUME, REPORTER, OTHER_ROLE));
        assertEquals("AWS::IAM::Role", g.require(EntityId.of(ROLE)).nativeType());
        assertEquals("", g.require(EntityId.of(ROLE)).property("placeholder"));
    }

    @Test
    void withoutTheClusterDescriptionTheAnnotatedRolesProviderIsTakenConditionally() throws IOException {
        IdentityGraph g = snapshot(false);
        List<Relation> assume = relations(g, RelationKind.CAN_ASSUME, REPORTER, ROLE);
        assertEquals(List.of(Confidence.CONDITIONAL), assume.stream().map(Relation::confidence).toList());
        assertEquals(List.of("K8S-CLOUD-01"), assume.stream().map(Relation::rule).toList());
    }

    @Test
    void aPodCreatorReachesTheSensitiveBucketAndOneCutClosesThePath() throws IOException {
        IdentityGraph g = snapshot(true);
        Analysis analysis = new Analysis(g);
        AttackPath path = analysis.paths().shortest(EntityId.of(DEV), EntityId.of(BUCKET)).orElseThrow();
        assertEquals(List.of(REPORTER, ROLE, BUCKET), path.steps().stream().map(s -> s.relation().to().value()).toList());
        assertTrue(g.require(EntityId.of(BUCKET)).isCrownJewel());

        Cut cut = analysis.cuts().minimumCut(EntityId.of(DEV), Set.of(EntityId.of(BUCKET)));
        assertEquals(1, cut.grants().size());
        Set<GrantId> removed = Set.copyOf(cut.grants().stream().map(Grant::id).toList());
        IdentityGraph.Builder after = IdentityGraph.builder();
        g.entities().forEach(after::entity);
        g.grants().forEach(after::grant);
        g.relations().stream().filter(r -> r.grants().stream().noneMatch(removed::contains)).forEach(after::relation);
        assertEquals(Optional.empty(), new Analysis(after.build()).paths().shortest(EntityId.of(DEV), EntityId.of(BUCKET)));
    }

    private IdentityGraph podIdentitySnapshot() throws IOException {
        Path cluster = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(cluster.resolve("cluster.json"), """
                {"cluster": {"name": "acme", "arn": "arn:aws:eks:eu-west-1:123456789012:cluster/acme",
                 "identity": {"oidc": {"issuer": "https://%s"}}, "accessConfig": {"authenticationMode": "API_AND_CONFIG_MAP"}}}
                """.formatted(ISSUER));
        Files.writeString(cluster.resolve("rbac.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: reporter, namespace: reports}
                spec: {template: {spec: {serviceAccountName: reporter, containers: [{name: c, image: reporter}]}}}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: deployer, namespace: reports}
                rules: [{apiGroups: [apps], resources: [deployments], verbs: [create, patch]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: dev-deploys, namespace: reports}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer}
                subjects: [{kind: User, name: dev}]
                """);
        Files.writeString(cluster.resolve("pod-identity-associations.json"), """
                [{"association": {"clusterName": "acme", "namespace": "reports", "serviceAccount": "reporter",
                  "roleArn": "%s", "associationId": "a-1234567890abcdef0",
                  "associationArn": "arn:aws:eks:eu-west-1:123456789012:podidentityassociation/acme/a-1234567890abcdef0"}}]
                """.formatted(ROLE));
        Path gaad = dir.resolve("account-gaad.json");
        Files.writeString(gaad, """
                {"UserDetailList": [], "GroupDetailList": [], "Policies": [], "RoleDetailList": [{"Path": "/",
                 "RoleName": "reporter", "RoleId": "AROAEXAMPLEREPORTER1", "Arn": "%s", "CreateDate": "2026-01-01T00:00:00+00:00",
                 "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                   "Principal": {"Service": "pods.eks.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:TagSession"],
                   "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}}}]},
                 "InstanceProfileList": [], "AttachedManagedPolicies": [], "Tags": [],
                 "RolePolicyList": [{"PolicyName": "read", "PolicyDocument": {"Version": "2012-10-17", "Statement": [
                   {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "%s"}]}}]}]}
                """.formatted(ROLE, BUCKET));
        return importAll(List.of(cluster, gaad)).graph();
    }

    @Test
    void aPodIdentityAssociationCarriesTheDeployerIntoTheBucketAndOneCutClosesIt() throws IOException {
        IdentityGraph g = podIdentitySnapshot();
        List<Relation> assume = relations(g, RelationKind.CAN_ASSUME, REPORTER, ROLE);
        assertEquals(List.of("K8S-CLOUD-02"), assume.stream().map(Relation::rule).toList());
        assertEquals(Confidence.PROVEN, assume.get(0).confidence());
        Analysis analysis = new Analysis(g);
        AttackPath path = analysis.paths().shortest(EntityId.of(DEV), EntityId.of(BUCKET)).orElseThrow();
        assertEquals(List.of(REPORTER, ROLE, BUCKET), path.steps().stream().map(s -> s.relation().to().value()).toList());
        Cut cut = analysis.cuts().minimumCut(EntityId.of(DEV), Set.of(EntityId.of(BUCKET)));
        assertEquals(1, cut.grants().size());
        Set<GrantId> removed = Set.copyOf(cut.grants().stream().map(Grant::id).toList());
        IdentityGraph.Builder after = IdentityGraph.builder();
        g.entities().forEach(after::entity);
        g.grants().forEach(after::grant);
        g.relations().stream().filter(r -> r.grants().stream().noneMatch(removed::contains)).forEach(after::relation);
        assertEquals(Optional.empty(), new Analysis(after.build()).paths().shortest(EntityId.of(DEV), EntityId.of(BUCKET)));
    }
}

package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.KubeFixture.importAll;
import static io.blastwall.importer.kubernetes.KubeFixture.relations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.model.Confidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * K8S-CLOUD-01: the role's trust, not the annotation, decides whether a service account assumes an IRSA role (issuer
 * of this cluster, {@code AssumeRoleWithWebIdentity}, {@code sub} naming the account exactly or by a wildcard,
 * {@code aud} sts.amazonaws.com). A role in the snapshot whose trust does not let the account in gives no edge,
 * even when the annotation names it.
 */
class IrsaTrustTest {
    private static final String ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789";
    private static final String OTHER_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/FFFFFFFFFFFFFFFF";
    private static final String ROLE = "arn:aws:iam::123456789012:role/reporter";
    private static final String SA = "k8s://acme/serviceaccount/reports/reporter";

    @TempDir
    Path dir;

    private static String condition(String operator, String issuer, String sub, String aud) {
        String subject = "\"%s:sub\": \"%s\"".formatted(issuer, sub);
        String audience = "\"%s:aud\": \"%s\"".formatted(issuer, aud);
        return operator.equals("StringEquals") ? "{\"StringEquals\": {" + subject + ", " + audience + "}}"
                : "{\"" + operator + "\": {" + subject + "}, \"StringEquals\": {" + audience + "}}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "exact sub and aud                 | ISSUER       | sts:AssumeRoleWithWebIdentity | StringEquals | system:serviceaccount:reports:reporter | sts.amazonaws.com | PROVEN",
            "sub by wildcard                   | ISSUER       | sts:AssumeRoleWithWebIdentity | StringLike   | system:serviceaccount:reports:*        | sts.amazonaws.com | PROVEN",
            "sub of another account            | ISSUER       | sts:AssumeRoleWithWebIdentity | StringEquals | system:serviceaccount:reports:default  | sts.amazonaws.com | NONE",
            "wildcard in StringEquals is literal | ISSUER     | sts:AssumeRoleWithWebIdentity | StringEquals | system:serviceaccount:reports:*        | sts.amazonaws.com | NONE",
            "another audience: a minted token  | ISSUER       | sts:AssumeRoleWithWebIdentity | StringEquals | system:serviceaccount:reports:reporter | api://other       | CONDITIONAL",
            "another cluster's issuer          | OTHER_ISSUER | sts:AssumeRoleWithWebIdentity | StringEquals | system:serviceaccount:reports:reporter | sts.amazonaws.com | NONE",
            "plain AssumeRole                  | ISSUER       | sts:AssumeRole                | StringEquals | system:serviceaccount:reports:reporter | sts.amazonaws.com | NONE",
    })
    void theTrustDecides(String name, String issuer, String action, String operator, String sub, String aud, String expected)
            throws IOException {
        String trusted = issuer.equals("ISSUER") ? ISSUER : OTHER_ISSUER;
        Path cluster = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(cluster.resolve("cluster.json"), """
                {"cluster": {"name": "acme", "arn": "arn:aws:eks:eu-west-1:123456789012:cluster/acme",
                 "identity": {"oidc": {"issuer": "https://%s"}}}}
                """.formatted(ISSUER));
        Files.writeString(cluster.resolve("rbac.yaml"), """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: reporter
                  namespace: reports
                  annotations: {eks.amazonaws.com/role-arn: "%s"}
                """.formatted(ROLE));
        Path gaad = dir.resolve("account-gaad.json");
        Files.writeString(gaad, """
                {"UserDetailList": [], "GroupDetailList": [], "Policies": [], "RoleDetailList": [
                 {"Path": "/", "RoleName": "reporter", "RoleId": "AROAEXAMPLEREPORTER1", "Arn": "%1$s",
                  "CreateDate": "2026-01-01T00:00:00+00:00",
                  "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                    "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/%2$s"}, "Action": "%3$s",
                    "Condition": %4$s}]},
                  "InstanceProfileList": [], "AttachedManagedPolicies": [], "Tags": [], "RolePolicyList": []}]}
                """.formatted(ROLE, trusted, action, condition(operator, trusted, sub, aud)));
        IdentityGraph g = importAll(List.of(cluster, gaad)).graph();
        List<Relation> assume = relations(g, RelationKind.CAN_ASSUME, SA, ROLE);
        if (expected.equals("NONE")) {
            assertEquals(List.of(), assume, "the annotation alone does not make the edge when the role says otherwise");
        } else {
            assertEquals(List.of("K8S-CLOUD-01"), assume.stream().map(Relation::rule).toList());
            assertEquals(Confidence.valueOf(expected), assume.get(0).confidence());
        }
    }
}

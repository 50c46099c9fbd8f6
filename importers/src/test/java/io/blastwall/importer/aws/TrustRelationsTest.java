package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.GaadFixture.allow;
import static io.blastwall.importer.aws.GaadFixture.deny;
import static io.blastwall.importer.aws.GaadFixture.relations;
import static io.blastwall.importer.aws.GaadFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.ImportResult;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustRelationsTest {
    private static final String A = "111111111111";
    private static final String B = "222222222222";
    private static final String OIDC = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com";
    private static final GaadFixture ACCOUNT_A = new GaadFixture(A);
    private static final GaadFixture ACCOUNT_B = new GaadFixture(B);
    private static ImportResult result;
    private static IdentityGraph graph;

    @BeforeAll
    static void importFixture(@TempDir Path dir) throws Exception {
        String root = "{\"AWS\":\"arn:aws:iam::" + A + ":root\"}";
        ACCOUNT_A
                .user("allowed", "AIDAALLOWED000000001", List.of(), allow("sts:AssumeRole", "*"))
                .user("plain", "AIDAPLAIN00000000001", List.of())
                .user("denied", "AIDADENIED0000000001", List.of(), deny("sts:AssumeRole", "*"))
                .user("recreated", "AIDANEWNEWNEWNEWNEW1", List.of())
                .role("root-trusted", trust(root, ""), "")
                .role("plain-trusted", trust("{\"AWS\":\"" + ACCOUNT_A.arn("user", "plain") + "\"}", ""), "")
                .role("id-trusted", trust("{\"AWS\":\"AIDAPLAIN00000000001\"}", ""), "")
                .role("denied-trusted", trust("{\"AWS\":\"" + ACCOUNT_A.arn("user", "denied") + "\"}", ""), "")
                .role("recreated-trusted", trust("{\"AWS\":\"AIDAOLDOLDOLDOLDOLD1\"}", ""), "")
                .role("vendor", trust("{\"AWS\":\"arn:aws:iam::999999999999:root\"}",
                        "{\"StringEquals\":{\"sts:ExternalId\":\"abc-123\"}}"), "")
                .role("mfa", trust(root, "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}"), "")
                .role("tag-gated", trust(root, "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"ops\"}}"), "")
                .role("ci", trust("{\"Federated\":\"" + OIDC + "\"}", """
                        {"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"},
                         "StringLike":{"token.actions.githubusercontent.com:sub":"repo:acme/app:*"}}"""), "")
                .role("ci-open", trust("{\"Federated\":\"" + OIDC + "\"}",
                        "{\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"}}"), "");
        ACCOUNT_B.role("cross", trust(root, ""), "");
        result = GaadFixture.importFiles(dir, ImportOptions.defaults(), ACCOUNT_A, ACCOUNT_B);
        graph = result.graph();
    }

    private static List<Relation> assume(String from, String to) {
        return relations(graph, RelationKind.CAN_ASSUME, from, to);
    }

    private static GrantId trustGrant(String roleArn, String principal) {
        return GrantId.of("aws:trust:" + roleArn + ":0:" + principal);
    }

    @Test
    void accountRootTrustNeedsTheCallersOwnPermissionAndBothGrants() {
        String role = ACCOUNT_A.arn("role", "root-trusted");
        List<Relation> allowed = assume(ACCOUNT_A.arn("user", "allowed"), role);
        assertEquals(1, allowed.size());
        assertEquals(List.of(GrantId.of("aws:inline:" + ACCOUNT_A.arn("user", "allowed") + ":p0"),
                trustGrant(role, "arn:aws:iam::" + A + ":root")), allowed.get(0).grants());
        assertEquals("AWS-STS-01", allowed.get(0).rule());
        assertEquals(List.of(), assume(ACCOUNT_A.arn("user", "plain"), role));
    }

    @Test
    void principalNamedDirectlyNeedsNoPermissionOfItsOwn() {
        String role = ACCOUNT_A.arn("role", "plain-trusted");
        List<Relation> direct = assume(ACCOUNT_A.arn("user", "plain"), role);
        assertEquals(1, direct.size());
        assertEquals(List.of(trustGrant(role, ACCOUNT_A.arn("user", "plain"))), direct.get(0).grants());
        assertEquals(Confidence.PROVEN, direct.get(0).confidence());
    }

    @Test
    void principalNamedByUniqueIdMatchesThePrincipalWithThatId() {
        assertEquals(1, assume(ACCOUNT_A.arn("user", "plain"), ACCOUNT_A.arn("role", "id-trusted")).size());
    }

    @Test
    void explicitDenyOfAssumeRoleBlocksEvenADirectlyNamedPrincipal() {
        assertEquals(List.of(), assume(ACCOUNT_A.arn("user", "denied"), ACCOUNT_A.arn("role", "denied-trusted")));
    }

    @Test
    void uniqueIdOfADeletedPrincipalDoesNotMatchItsRecreatedNamesakeAndIsReported() {
        String role = ACCOUNT_A.arn("role", "recreated-trusted");
        assertTrue(graph.incoming(EntityId.of(role)).stream()
                .noneMatch(r -> r.kind() == RelationKind.CAN_ASSUME));
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains("AIDAOLDOLDOLDOLDOLD1")
                && w.message().contains("no principal in the snapshot has")));
    }

    @Test
    void externalIdTrustFromAnAccountOutsideTheSnapshotIsConditionalAndThirdParty() {
        String external = "arn:aws:iam::999999999999:root";
        List<Relation> vendor = assume(external, ACCOUNT_A.arn("role", "vendor"));
        assertEquals(1, vendor.size());
        assertEquals(Confidence.CONDITIONAL, vendor.get(0).confidence());
        assertEquals(List.of("{\"StringEquals\":{\"sts:ExternalId\":\"abc-123\"}}"), vendor.get(0).conditions());
        assertEquals("AWS-STS-02", vendor.get(0).rule());
        assertEquals("true", graph.require(EntityId.of(external)).property("thirdParty"));
    }

    @Test
    void mfaConditionMakesTheTrustConditional() {
        List<Relation> mfa = assume(ACCOUNT_A.arn("user", "allowed"), ACCOUNT_A.arn("role", "mfa"));
        assertEquals(1, mfa.size());
        assertEquals(Confidence.CONDITIONAL, mfa.get(0).confidence());
        assertEquals(List.of("{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}"), mfa.get(0).conditions());
    }

    @Test
    void principalTagConditionIsEvaluatedAgainstTheCaller() {
        assertEquals(List.of(), assume(ACCOUNT_A.arn("user", "allowed"), ACCOUNT_A.arn("role", "tag-gated")));
    }

    @Test
    void oidcTrustWithASubjectConditionIsConditional() {
        List<Relation> ci = assume(OIDC, ACCOUNT_A.arn("role", "ci"));
        assertEquals(1, ci.size());
        assertEquals("AWS-STS-03", ci.get(0).rule());
        assertEquals(Confidence.CONDITIONAL, ci.get(0).confidence());
        assertEquals(2, ci.get(0).conditions().size());
    }

    @Test
    void oidcTrustWithoutASubjectConditionIsReportedAsUnrestricted() {
        List<Relation> open = assume(OIDC, ACCOUNT_A.arn("role", "ci-open"));
        assertEquals(1, open.size());
        assertEquals("AWS-STS-03-UNRESTRICTED", open.get(0).rule());
        assertTrue(open.get(0).conditions().contains(
                "no sub condition: any identity of " + OIDC + " may assume the role"));
    }

    @Test
    void crossAccountTrustBetweenAccountsOfTheSnapshotNeedsTheCallersPermission() {
        List<Relation> cross = assume(ACCOUNT_A.arn("user", "allowed"), ACCOUNT_B.arn("role", "cross"));
        assertEquals(1, cross.size());
        assertEquals("AWS-STS-02", cross.get(0).rule());
        assertEquals(List.of(), assume(ACCOUNT_A.arn("user", "plain"), ACCOUNT_B.arn("role", "cross")));
    }
}

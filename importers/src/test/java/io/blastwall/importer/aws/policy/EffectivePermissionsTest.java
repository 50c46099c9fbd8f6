package io.blastwall.importer.aws.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.Confidence;
import io.blastwall.model.GrantId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EffectivePermissionsTest {
    private static final String ALICE = "arn:aws:iam::111122223333:user/alice";
    private static final RequestContext ALICE_CONTEXT = RequestContext.builder()
            .value("aws:username", "alice")
            .value("aws:PrincipalArn", ALICE)
            .absentUnlessGiven("aws:PrincipalTag/")
            .build();

    private static AttachedPolicy policy(String name, String json) throws PolicyFormatException {
        return new AttachedPolicy(new PolicyParser().parse(json, name, PolicyParser.Kind.IDENTITY),
                List.of(GrantId.of("grant:" + name)), name);
    }

    private static EffectivePermissions of(AttachedPolicy... policies) {
        return EffectivePermissions.of(ALICE_CONTEXT, List.of(policies), Optional.empty());
    }

    @Test
    void notActionThatExcludesOtherIamVerbsStillAllowsPutUserPolicy() throws Exception {
        EffectivePermissions p = of(policy("fn4", """
                {"Statement":{"Effect":"Allow","NotAction":["iam:Update*","iam:Create*","iam:Attach*"],"Resource":"*"}}"""));
        assertEquals(Decision.Outcome.ALLOWED, p.evaluate("iam:PutUserPolicy", ALICE).outcome());
        assertEquals(Decision.Outcome.IMPLICIT_DENY, p.evaluate("iam:CreateAccessKey", ALICE).outcome());
    }

    @Test
    void denyInAnotherPolicyWinsOverAllow() throws Exception {
        EffectivePermissions p = of(
                policy("allow", """
                        {"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"""),
                policy("deny", """
                        {"Statement":[{"Effect":"Deny","Action":"s3:Delete*","Resource":"arn:aws:s3:::prod/*"}]}"""));
        assertEquals(Decision.Outcome.EXPLICIT_DENY, p.evaluate("s3:DeleteObject", "arn:aws:s3:::prod/x").outcome());
        assertEquals(Decision.Outcome.ALLOWED, p.evaluate("s3:DeleteObject", "arn:aws:s3:::dev/x").outcome());
    }

    @Test
    void permissionsBoundaryMustAlsoAllowAndItsDenyDenies() throws Exception {
        AttachedPolicy identity = policy("admin", """
                {"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""");
        PolicyDocument boundary = new PolicyParser().parse("""
                {"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"},
                              {"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"}]}""", "boundary",
                PolicyParser.Kind.IDENTITY);
        EffectivePermissions p = EffectivePermissions.of(ALICE_CONTEXT, List.of(identity),
                Optional.of(new PermissionBoundary("arn:aws:iam::111122223333:policy/boundary", Optional.of(boundary))));
        assertEquals(Decision.Outcome.IMPLICIT_DENY, p.evaluate("iam:PutUserPolicy", ALICE).outcome());
        assertEquals(Decision.Outcome.EXPLICIT_DENY, p.evaluate("s3:DeleteBucket", "arn:aws:s3:::b").outcome());
        assertEquals(Decision.Outcome.ALLOWED, p.evaluate("s3:GetObject", "arn:aws:s3:::b/k").outcome());
    }

    @Test
    void boundaryWithoutItsDocumentLeavesEveryAllowConditional() throws Exception {
        EffectivePermissions p = EffectivePermissions.of(ALICE_CONTEXT,
                List.of(policy("s3", """
                        {"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""")),
                Optional.of(new PermissionBoundary("arn:aws:iam::aws:policy/Unknown", Optional.empty())));
        Decision d = p.evaluate("s3:GetObject", "arn:aws:s3:::b/k");
        assertEquals(Decision.Outcome.CONDITIONAL, d.outcome());
        assertEquals(List.of("within permissions boundary arn:aws:iam::aws:policy/Unknown (document not available)"),
                d.allowances().get(0).conditions());
    }

    @Test
    void allowUnderAnUnknownConditionIsConditionalAndRecordsTheCondition() throws Exception {
        EffectivePermissions p = of(policy("mfa", """
                {"Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*",
                  "Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"""));
        Decision d = p.evaluate("ec2:RunInstances", "*");
        assertEquals(Decision.Outcome.CONDITIONAL, d.outcome());
        assertEquals(List.of("{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}"), d.allowances().get(0).conditions());
    }

    @Test
    void denyUnderAnUnknownConditionKeepsTheAllowAsPossiblyDenied() throws Exception {
        EffectivePermissions p = of(
                policy("allow", """
                        {"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"""),
                policy("ipdeny", """
                        {"Statement":[{"Effect":"Deny","Action":"*","Resource":"*",
                          "Condition":{"NotIpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}]}"""));
        Decision d = p.evaluate("s3:GetObject", "arn:aws:s3:::b/k");
        assertEquals(Decision.Outcome.CONDITIONAL, d.outcome());
        assertEquals(List.of("possibly denied (ipdeny): {\"NotIpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}"), d.reasons());
    }

    @Test
    void conditionOnAKnownKeyIsDecided() throws Exception {
        EffectivePermissions p = of(policy("tagged", """
                {"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*",
                  "Condition":{"StringEquals":{"aws:PrincipalTag/team":"data"}}}]}"""));
        assertEquals(Decision.Outcome.IMPLICIT_DENY, p.evaluate("s3:GetObject", "arn:aws:s3:::b/k").outcome());
    }

    @Test
    void substitutesTheUserNameInResources() throws Exception {
        EffectivePermissions p = of(policy("self", """
                {"Statement":[{"Effect":"Allow","Action":"iam:CreateAccessKey",
                  "Resource":"arn:aws:iam::111122223333:user/${aws:username}"}]}"""));
        assertEquals(Decision.Outcome.ALLOWED, p.evaluate("iam:CreateAccessKey", ALICE).outcome());
        assertEquals(Decision.Outcome.IMPLICIT_DENY,
                p.evaluate("iam:CreateAccessKey", "arn:aws:iam::111122223333:user/bob").outcome());
    }

    @Test
    void eachAllowingPolicyIsAnAlternativeWithItsOwnGrants() throws Exception {
        EffectivePermissions p = of(
                policy("one", """
                        {"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}"""),
                policy("two", """
                        {"Statement":[{"Effect":"Allow","Action":"sts:*","Resource":"arn:aws:iam::*:role/*"}]}"""));
        Decision d = p.evaluate("sts:AssumeRole", "arn:aws:iam::111122223333:role/r");
        assertEquals(List.of(List.of(GrantId.of("grant:one")), List.of(GrantId.of("grant:two"))),
                d.allowances().stream().map(Allowance::grants).toList());
    }

    @Test
    void starOnStarIsNotFullWhenAnyPartIsDenied() throws Exception {
        AttachedPolicy admin = policy("admin", """
                {"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""");
        AttachedPolicy denyIam = policy("deny", """
                {"Statement":[{"Effect":"Deny","Action":"iam:*","Resource":"*"}]}""");
        assertEquals(Decision.Outcome.ALLOWED, of(admin).evaluateAll("*", "*").outcome());
        assertEquals(Decision.Outcome.EXPLICIT_DENY, of(admin, denyIam).evaluateAll("*", "*").outcome());
    }

    @Test
    void accessGrantsDropFullyDeniedPairsAndNotePartialDenies() throws Exception {
        EffectivePermissions p = of(
                policy("allow", """
                        {"Statement":[{"Effect":"Allow","Action":["s3:GetObject","iam:PassRole"],"Resource":"*"}]}"""),
                policy("deny", """
                        {"Statement":[{"Effect":"Deny","Action":"iam:*","Resource":"*"},
                                      {"Effect":"Deny","Action":"s3:GetObject","Resource":"arn:aws:s3:::secret/*"}]}"""));
        List<AccessGrant> grants = p.accessGrants();
        assertEquals(1, grants.size());
        assertEquals(List.of("s3:GetObject"), grants.get(0).actions());
        assertEquals(List.of("except what deny denies: s3:GetObject on arn:aws:s3:::secret/*"), grants.get(0).notes());
        assertEquals(Confidence.PROVEN, grants.get(0).confidence());
    }

    @Test
    void accessGrantsNarrowToAPermissionsBoundaryPattern() throws Exception {
        AttachedPolicy identity = policy("s3", """
                {"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""");
        PolicyDocument boundary = new PolicyParser().parse("""
                {"Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"arn:aws:s3:::public/*"}]}""", "b",
                PolicyParser.Kind.IDENTITY);
        EffectivePermissions p = EffectivePermissions.of(ALICE_CONTEXT, List.of(identity),
                Optional.of(new PermissionBoundary("arn:aws:iam::111122223333:policy/b", Optional.of(boundary))));
        AccessGrant only = p.accessGrants().get(0);
        assertEquals("arn:aws:s3:::public/*", only.resource());
        assertEquals(List.of("s3:Get*"), only.actions());
        assertTrue(p.accessGrants().size() == 1, "one narrowed grant");
    }
}

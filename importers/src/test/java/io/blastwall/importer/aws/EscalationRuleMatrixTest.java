package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.GaadFixture.allow;
import static io.blastwall.importer.aws.GaadFixture.deny;
import static io.blastwall.importer.aws.GaadFixture.relations;
import static io.blastwall.importer.aws.GaadFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.importer.ImportOptions;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every IAM manipulation rule (catalogue §1.2) on a minimal fragment: the permission on the target gives the edge;
 * a missing permission, a Deny in another policy, a resource outside the allowed scope or a permissions boundary
 * that does not allow the action gives none.
 */
class EscalationRuleMatrixTest {
    private static final GaadFixture NAMES = new GaadFixture("111111111111");
    private static final String BOUNDARY = NAMES.arn("policy", "s3-only");

    /** How the attacker's permission is given (or not). */
    enum Variant {
        ALLOWED(1),
        MISSING_PERMISSION(0),
        DENIED_IN_ANOTHER_POLICY(0),
        OUT_OF_RESOURCE_SCOPE(0),
        OUTSIDE_BOUNDARY(0);

        final int expected;

        Variant(int expected) {
            this.expected = expected;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (TargetRule rule : TargetRule.ALL) {
            for (Variant v : Variant.values()) {
                out.add(Arguments.of(rule, v));
            }
        }
        return out.stream();
    }

    /** The ARN the permission must be on, and the identity the edge reaches. */
    private static List<String> target(TargetRule rule) {
        return switch (rule.targets()) {
            case USERS, USERS_WITH_PASSWORD, USERS_WITHOUT_PASSWORD -> List.of(NAMES.arn("user", "victim"), NAMES.arn("user", "victim"));
            case ROLES -> List.of(NAMES.arn("role", "victim-role"), NAMES.arn("role", "victim-role"));
            case GROUP_MEMBERS -> List.of(NAMES.arn("group", "grp"), NAMES.arn("user", "victim"));
            case POLICY_HOLDERS, POLICY_HOLDERS_WITH_OTHER_VERSIONS -> List.of(NAMES.arn("policy", "customer"), NAMES.arn("user", "victim"));
        };
    }

    private static String attacker(String name, String boundary, String... documents) {
        StringBuilder inline = new StringBuilder();
        for (int i = 0; i < documents.length; i++) {
            inline.append(i == 0 ? "" : ",").append("{\"PolicyName\":\"p").append(i).append("\",\"PolicyDocument\":")
                    .append(documents[i]).append('}');
        }
        return """
                {"UserName":"%s","UserId":"AIDAATTACKER00000001","Arn":"%s","Path":"/","GroupList":[],
                 "AttachedManagedPolicies":[],"UserPolicyList":[%s]%s}"""
                .formatted(name, NAMES.arn("user", name), inline, boundary.isEmpty() ? ""
                        : ",\"PermissionsBoundary\":{\"PermissionsBoundaryType\":\"Policy\",\"PermissionsBoundaryArn\":\"" + boundary + "\"}");
    }

    private static IdentityGraph fragment(Path dir, TargetRule rule, Variant v) throws Exception {
        String on = target(rule).get(0);
        String attacker = switch (v) {
            case ALLOWED -> attacker("attacker", "", allow(rule.action(), on));
            case MISSING_PERMISSION -> attacker("attacker", "", allow("iam:GetUser", on));
            case DENIED_IN_ANOTHER_POLICY -> attacker("attacker", "", allow(rule.action(), on), deny(rule.action(), on));
            case OUT_OF_RESOURCE_SCOPE -> attacker("attacker", "", allow(rule.action(), on + "-elsewhere"));
            case OUTSIDE_BOUNDARY -> attacker("attacker", BOUNDARY, allow(rule.action(), on));
        };
        GaadFixture account = new GaadFixture("111111111111")
                .raw("users", attacker)
                .raw("users", """
                        {"UserName":"victim","UserId":"AIDAVICTIM0000000001","Arn":"%s","Path":"/","GroupList":["grp"],
                         "AttachedManagedPolicies":[{"PolicyName":"customer","PolicyArn":"%s"}],"UserPolicyList":[]}"""
                        .formatted(NAMES.arn("user", "victim"), NAMES.arn("policy", "customer")))
                .group("grp")
                .role("victim-role", trust("{\"Service\":\"lambda.amazonaws.com\"}", ""), "")
                .raw("policies", managed("customer", allow("s3:GetObject", "*"), allow("s3:PutObject", "*")))
                .raw("policies", managed("s3-only", allow("s3:*", "*")));
        return GaadFixture.importFiles(dir, ImportOptions.defaults(), account).graph();
    }

    /** A customer-managed policy whose default version is v1, with any other documents stored as v2, v3... */
    static String managed(String name, String document, String... otherVersions) {
        StringBuilder others = new StringBuilder();
        for (int i = 0; i < otherVersions.length; i++) {
            others.append(",{\"VersionId\":\"v").append(i + 2).append("\",\"IsDefaultVersion\":false,\"Document\":")
                    .append(otherVersions[i]).append('}');
        }
        return """
                {"PolicyName":"%s","Arn":"%s","DefaultVersionId":"v1","PolicyVersionList":[
                  {"VersionId":"v1","IsDefaultVersion":true,"Document":%s}%s]}""".formatted(name, NAMES.arn("policy", name), document, others);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void ruleGivesItsEdgeOnlyWhenThePermissionIsEffective(TargetRule rule, Variant v, @TempDir Path dir) throws Exception {
        IdentityGraph graph = fragment(dir, rule, v);
        List<Relation> edges = relations(graph, rule.kind(), NAMES.arn("user", "attacker"), target(rule).get(1)).stream()
                .filter(r -> List.of(r.rule().split("\\+")).contains(rule.rule()))
                .toList();
        assertEquals(v.expected, edges.size(), rule.rule() + " " + v + ": " + edges);
    }

    @Test
    void notActionThatLeavesOutOtherIamVerbsStillGivesPutUserPolicy(@TempDir Path dir) throws Exception {
        String notAction = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":["iam:Update*","iam:Create*","iam:Attach*"],
                  "Resource":"%s"}]}""".formatted(NAMES.arn("user", "victim"));
        GaadFixture account = new GaadFixture("111111111111")
                .raw("users", attacker("attacker", "", notAction))
                .user("victim", "AIDAVICTIM0000000001", List.of());
        IdentityGraph graph = GaadFixture.importFiles(dir, ImportOptions.defaults(), account).graph();
        List<String> rules = relations(graph, RelationKind.CAN_CHANGE_POLICIES, NAMES.arn("user", "attacker"),
                NAMES.arn("user", "victim")).stream().map(Relation::rule).toList();
        assertEquals(List.of("AWS-IAM-06"), rules);
    }

    @Test
    void aRoleNamedInATrustPolicyIsStillStoppedByItsOwnBoundary(@TempDir Path dir) throws Exception {
        String trustsCaller = trust("{\"AWS\":\"" + NAMES.arn("role", "caller") + "\"}", "");
        GaadFixture account = new GaadFixture("111111111111")
                .raw("roles", """
                        {"RoleName":"caller","RoleId":"AROACALLER0000000001","Arn":"%s","Path":"/",
                         "AssumeRolePolicyDocument":%s,"AttachedManagedPolicies":[],"RolePolicyList":[],"InstanceProfileList":[],
                         "PermissionsBoundary":{"PermissionsBoundaryType":"Policy","PermissionsBoundaryArn":"%s"}}"""
                        .formatted(NAMES.arn("role", "caller"), trust("{\"Service\":\"ec2.amazonaws.com\"}", ""), BOUNDARY))
                .role("target", trustsCaller, "")
                .role("free-caller", trust("{\"Service\":\"ec2.amazonaws.com\"}", ""), "")
                .role("target-2", trust("{\"AWS\":\"" + NAMES.arn("role", "free-caller") + "\"}", ""), "")
                .raw("policies", managed("s3-only", allow("s3:*", "*")));
        IdentityGraph graph = GaadFixture.importFiles(dir, ImportOptions.defaults(), account).graph();
        assertEquals(List.of(0, 1), List.of(
                relations(graph, RelationKind.CAN_ASSUME, NAMES.arn("role", "caller"), NAMES.arn("role", "target")).size(),
                relations(graph, RelationKind.CAN_ASSUME, NAMES.arn("role", "free-caller"), NAMES.arn("role", "target-2")).size()));
    }
}

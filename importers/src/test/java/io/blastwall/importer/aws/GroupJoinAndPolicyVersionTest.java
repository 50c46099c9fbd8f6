package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.EscalationRuleMatrixTest.managed;
import static io.blastwall.importer.aws.GaadFixture.allow;
import static io.blastwall.importer.aws.GaadFixture.deny;
import static io.blastwall.importer.aws.GaadFixture.relations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.importer.ImportOptions;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS-IAM-09 for groups that are not admin (the escalation step to the group and the access its policies would add),
 * and AWS-IAM-01/02 admin paths under a permissions boundary or a Deny that the new version does not replace.
 */
class GroupJoinAndPolicyVersionTest {
    private static final GaadFixture ACCOUNT = new GaadFixture("111111111111");
    private static final String ROOT = "arn:aws:iam::111111111111:root";
    private static final String READERS = ACCOUNT.arn("group", "readers");
    private static final String OTHERS = ACCOUNT.arn("group", "others");
    private static final String DATA = "arn:aws:s3:::data/*";
    private static final String APP = ACCOUNT.arn("policy", "app");
    private static final String STORED = ACCOUNT.arn("policy", "stored");
    private static final String NARROW = ACCOUNT.arn("policy", "narrow");
    private static final String WIDE = ACCOUNT.arn("policy", "wide-boundary");
    private static IdentityGraph graph;

    /** A user with a managed policy attached (or none), a boundary (or none) and inline documents. */
    private static String user(String name, String policyArn, String boundaryArn, List<String> groups, String... inline) {
        StringBuilder docs = new StringBuilder();
        for (int i = 0; i < inline.length; i++) {
            docs.append(i == 0 ? "" : ",").append("{\"PolicyName\":\"p").append(i).append("\",\"PolicyDocument\":")
                    .append(inline[i]).append('}');
        }
        String attached = policyArn.isEmpty() ? "" : "{\"PolicyName\":\"x\",\"PolicyArn\":\"" + policyArn + "\"}";
        String boundary = boundaryArn.isEmpty() ? ""
                : ",\"PermissionsBoundary\":{\"PermissionsBoundaryType\":\"Policy\",\"PermissionsBoundaryArn\":\"" + boundaryArn + "\"}";
        String id = ("AIDA" + name.toUpperCase().replaceAll("[^A-Z0-9]", "0") + "00000000000000000000").substring(0, 21);
        return """
                {"UserName":"%s","UserId":"%s","Arn":"%s","Path":"/","GroupList":%s,
                 "AttachedManagedPolicies":[%s],"UserPolicyList":[%s]%s}"""
                .formatted(name, id, ACCOUNT.arn("user", name),
                        groups.stream().map(g -> "\"" + g + "\"").toList(), attached, docs, boundary);
    }

    private static String two(String first, String second) {
        return """
                {"Version":"2012-10-17","Statement":[%s,%s]}""".formatted(statement(first), statement(second));
    }

    private static String statement(String document) {
        return document.substring(document.indexOf('[') + 1, document.lastIndexOf(']'));
    }

    @BeforeAll
    static void importFixture(@TempDir Path dir) throws Exception {
        ACCOUNT
                .group("readers", allow("s3:GetObject", DATA))
                .group("others", allow("sqs:SendMessage", "*"))
                .raw("users", user("joiner", "", "", List.of(), allow("iam:AddUserToGroup", READERS)))
                .raw("users", user("looker", "", "", List.of(), allow("iam:GetGroup", READERS)))
                .raw("users", user("denied-joiner", "", "", List.of(),
                        allow("iam:AddUserToGroup", READERS), deny("iam:AddUserToGroup", "*")))
                .raw("users", user("other-joiner", "", "", List.of(), allow("iam:AddUserToGroup", OTHERS)))
                .raw("users", user("fenced-joiner", "", NARROW, List.of(), allow("iam:AddUserToGroup", READERS)))
                .raw("users", user("iam-only-joiner", "", ACCOUNT.arn("policy", "iam-only"), List.of(),
                        allow("iam:AddUserToGroup", READERS)))
                .raw("users", user("member", "", "", List.of("readers"), allow("iam:AddUserToGroup", READERS)))
                .raw("users", user("writer", APP, "", List.of(), allow("iam:CreatePolicyVersion", APP)))
                .raw("users", user("fenced-writer", APP, NARROW, List.of(), allow("iam:CreatePolicyVersion", APP)))
                .raw("users", user("wide-fenced-writer", APP, WIDE, List.of(), allow("iam:CreatePolicyVersion", APP)))
                .raw("users", user("denied-fenced-writer", APP, WIDE, List.of(),
                        two(allow("iam:CreatePolicyVersion", APP), deny("iam:CreatePolicyVersion", "*"))))
                .raw("users", user("s3-fenced-writer", APP, ACCOUNT.arn("policy", "s3-only"), List.of(),
                        allow("iam:CreatePolicyVersion", APP)))
                .raw("users", user("scoped-fenced-writer", APP, WIDE, List.of(), allow("iam:CreatePolicyVersion", APP + "-other")))
                .raw("users", user("denied-writer", APP, "", List.of(),
                        two(allow("iam:CreatePolicyVersion", APP), deny("s3:*", "*"))))
                .raw("users", user("fenced-versioner", STORED, NARROW, List.of(), allow("iam:SetDefaultPolicyVersion", STORED)))
                .raw("users", user("wide-fenced-versioner", STORED, WIDE, List.of(),
                        allow("iam:SetDefaultPolicyVersion", STORED)))
                .raw("policies", managed("app", allow("s3:GetObject", "*")))
                .raw("policies", managed("stored", allow("s3:GetObject", "*"), allow("*", "*")))
                .raw("policies", managed("narrow", two(allow("iam:*", "*"), allow("s3:GetObject", "*"))))
                .raw("policies", managed("iam-only", allow("iam:*", "*")))
                .raw("policies", managed("s3-only", allow("s3:*", "*")))
                .raw("policies", managed("wide-boundary", allow("*", "*")));
        graph = GaadFixture.importFiles(dir, ImportOptions.defaults(), ACCOUNT).graph();
    }

    private static String userArn(String name) {
        return ACCOUNT.arn("user", name);
    }

    private static List<Relation> joins(String user, String group) {
        return relations(graph, RelationKind.CAN_CHANGE_PERMISSIONS, userArn(user), group).stream()
                .filter(r -> r.rule().contains(GroupJoinRules.RULE)).toList();
    }

    private static List<Relation> accessThroughJoining(String user) {
        return graph.outgoing(EntityId.of(userArn(user))).stream()
                .filter(r -> r.kind() == RelationKind.CAN_ACCESS && r.rule().contains(GroupJoinRules.RULE)).toList();
    }

    private static Set<String> adminRules(String user) {
        return graph.outgoing(EntityId.of(userArn(user))).stream()
                .filter(r -> r.kind() == RelationKind.ADMIN_OF && r.to().value().equals(ROOT))
                .map(Relation::rule).flatMap(rule -> Stream.of(rule.split("\\+"))).collect(Collectors.toSet());
    }

    @Test
    void joiningANonAdminGroupIsAnEscalationToItAndGivesItsAccess() {
        List<Relation> joins = joins("joiner", READERS);
        assertEquals(1, joins.size());
        assertEquals(List.of(Ids.inline(userArn("joiner"), "p0").value()),
                joins.get(0).grants().stream().map(GrantId::value).toList());
        assertEquals(Set.of("iam:AddUserToGroup"), joins.get(0).actions());
        List<Relation> access = accessThroughJoining("joiner");
        assertEquals(List.of(DATA), access.stream().map(r -> r.to().value()).toList());
        assertEquals(Set.of(Ids.inline(userArn("joiner"), "p0").value(), Ids.inline(READERS, "p0").value()),
                access.get(0).grants().stream().map(GrantId::value).collect(Collectors.toSet()));
        assertTrue(access.get(0).evidence().stream().anyMatch(e -> e.text().contains("iam:AddUserToGroup")));
        assertTrue(access.get(0).evidence().stream().anyMatch(e -> e.text().contains("s3:GetObject")));
        assertEquals(Set.of(), adminRules("joiner"), "the group is not admin");
    }

    @Test
    void noJoinWithoutThePermissionWhenDeniedOutOfScopeOrOutsideTheBoundaryOrAlreadyAMember() {
        for (String user : List.of("looker", "denied-joiner", "other-joiner", "fenced-joiner", "member")) {
            if (!user.equals("fenced-joiner")) {
                assertEquals(List.of(), joins(user, READERS), user);
                assertEquals(List.of(), accessThroughJoining(user).stream()
                        .filter(r -> r.grants().contains(Ids.inline(READERS, "p0"))).toList(), user);
            }
        }
        assertEquals(1, joins("other-joiner", OTHERS).size(), "its own group is in scope");
    }

    @Test
    void theBoundaryAlsoCapsWhatTheGroupWouldGive() {
        assertEquals(1, joins("fenced-joiner", READERS).size(), "the boundary allows iam:* and s3:GetObject");
        assertEquals(1, accessThroughJoining("fenced-joiner").size());
        assertEquals(1, joins("iam-only-joiner", READERS).size());
        assertEquals(List.of(), accessThroughJoining("iam-only-joiner"), "s3 is outside its boundary");
    }

    @Test
    void aNewPolicyVersionIsAdminOnlyWhenTheBoundaryAndEveryDenyStillAllowEverything() {
        assertEquals(Set.of("AWS-IAM-01"), adminRules("writer"));
        assertEquals(Set.of("AWS-IAM-01"), adminRules("wide-fenced-writer"));
        assertEquals(Set.of(), adminRules("fenced-writer"), "the boundary caps the new version");
        assertEquals(Set.of(), adminRules("denied-writer"), "the Deny in another policy stays");
        assertEquals(Set.of(), adminRules("denied-fenced-writer"), "the permission is denied");
        assertEquals(Set.of(), adminRules("s3-fenced-writer"), "the permission is outside the boundary");
        assertEquals(Set.of(), adminRules("scoped-fenced-writer"), "the permission is on another policy");
    }

    @Test
    void aStoredAdminVersionIsAdminOnlyWithinTheBoundary() {
        assertEquals(Set.of("AWS-IAM-02"), adminRules("wide-fenced-versioner"));
        assertEquals(Set.of(), adminRules("fenced-versioner"));
    }
}

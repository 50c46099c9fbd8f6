package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.EscalationRuleMatrixTest.managed;
import static io.blastwall.importer.aws.GaadFixture.allow;
import static io.blastwall.importer.aws.GaadFixture.deny;
import static io.blastwall.importer.aws.GaadFixture.relations;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** AWS-IAM-09 (join a group) and AWS-IAM-02 (make a stored policy version the default) as admin paths. */
class SelfEscalationAdminTest {
    private static final GaadFixture ACCOUNT = new GaadFixture("111111111111");
    private static final String ROOT = "arn:aws:iam::111111111111:root";
    private static final String ADMINS = ACCOUNT.arn("group", "admins");
    private static final String READERS = ACCOUNT.arn("group", "readers");
    private static final String WIDE = ACCOUNT.arn("policy", "wide");
    private static final String FLAT = ACCOUNT.arn("policy", "flat");
    private static IdentityGraph graph;

    private static String userWithPolicy(String name, String id, String policyArn, String... inline) {
        StringBuilder docs = new StringBuilder();
        for (int i = 0; i < inline.length; i++) {
            docs.append(i == 0 ? "" : ",").append("{\"PolicyName\":\"p").append(i).append("\",\"PolicyDocument\":")
                    .append(inline[i]).append('}');
        }
        return """
                {"UserName":"%s","UserId":"%s","Arn":"%s","Path":"/","GroupList":[],
                 "AttachedManagedPolicies":[{"PolicyName":"x","PolicyArn":"%s"}],"UserPolicyList":[%s]}"""
                .formatted(name, id, ACCOUNT.arn("user", name), policyArn, docs);
    }

    @BeforeAll
    static void importFixture(@TempDir Path dir) throws Exception {
        ACCOUNT
                .group("admins", allow("*", "*"))
                .group("readers", allow("s3:GetObject", "*"))
                .group("iam-admins", allow("iam:*", "*"))
                .group("key-admins", allow("iam:CreateAccessKey", "*"))
                .user("iam-joiner", "AIDAIAMJOINER0000001", List.of(), allow("iam:AddUserToGroup", ACCOUNT.arn("group", "iam-admins")))
                .user("key-joiner", "AIDAKEYJOINER0000001", List.of(), allow("iam:AddUserToGroup", ACCOUNT.arn("group", "key-admins")))
                .user("joiner", "AIDAJOINER0000000001", List.of(), allow("iam:AddUserToGroup", ADMINS))
                .user("no-permission", "AIDANOPERM0000000001", List.of(), allow("iam:GetGroup", ADMINS))
                .user("denied-joiner", "AIDADENIED0000000001", List.of(), allow("iam:AddUserToGroup", ADMINS),
                        deny("iam:AddUserToGroup", "*"))
                .user("other-group-joiner", "AIDAOTHERG0000000001", List.of(), allow("iam:AddUserToGroup", READERS))
                .raw("users", userWithPolicy("versioner", "AIDAVERSIONER0000001", WIDE,
                        allow("iam:SetDefaultPolicyVersion", WIDE)))
                .raw("users", userWithPolicy("flat-versioner", "AIDAFLAT000000000001", FLAT,
                        allow("iam:SetDefaultPolicyVersion", FLAT)))
                .raw("users", userWithPolicy("scoped-versioner", "AIDASCOPED0000000001", WIDE,
                        allow("iam:SetDefaultPolicyVersion", WIDE + "-other")))
                .raw("users", userWithPolicy("denied-versioner", "AIDADENIEDV000000001", WIDE,
                        allow("iam:SetDefaultPolicyVersion", WIDE), deny("iam:SetDefaultPolicyVersion", WIDE)))
                .raw("users", userWithPolicy("flat-holder", "AIDAFLATHOLDER000001", FLAT))
                .raw("policies", managed("wide", allow("s3:GetObject", "*"), allow("*", "*")))
                .raw("policies", managed("flat", allow("s3:GetObject", "*")));
        graph = GaadFixture.importFiles(dir, ImportOptions.defaults(), ACCOUNT).graph();
    }

    private static Set<String> adminRules(String user) {
        return graph.outgoing(EntityId.of(ACCOUNT.arn("user", user))).stream()
                .filter(r -> r.kind() == RelationKind.ADMIN_OF && r.to().value().equals(ROOT))
                .map(Relation::rule).flatMap(rule -> Stream.of(rule.split("\\+"))).collect(Collectors.toSet());
    }

    @Test
    void addingItselfToAnAdminGroupIsAdminAndRestsOnTheGroupPolicy() {
        assertEquals(Set.of("AWS-IAM-09"), adminRules("joiner"));
        List<String> grants = graph.outgoing(EntityId.of(ACCOUNT.arn("user", "joiner"))).stream()
                .filter(r -> r.kind() == RelationKind.ADMIN_OF)
                .flatMap(r -> r.grants().stream()).map(GrantId::value).sorted().toList();
        assertEquals(List.of(Ids.inline(ADMINS, "p0").value(), Ids.inline(ACCOUNT.arn("user", "joiner"), "p0").value()), grants);
    }

    @Test
    void joiningAGroupThatOnlyLetsMembersRewriteTheirOwnPoliciesIsAdminAndRestsOnBoth() {
        assertEquals(Set.of("AWS-IAM-09"), adminRules("iam-joiner"));
        List<String> grants = graph.outgoing(EntityId.of(ACCOUNT.arn("user", "iam-joiner"))).stream()
                .filter(r -> r.kind() == RelationKind.ADMIN_OF)
                .flatMap(r -> r.grants().stream()).map(GrantId::value).distinct().sorted().toList();
        assertEquals(List.of(Ids.inline(ACCOUNT.arn("group", "iam-admins"), "p0").value(),
                Ids.inline(ACCOUNT.arn("user", "iam-joiner"), "p0").value()), grants);
        // a group that only lets members create access keys does not let them change their own policies
        assertEquals(Set.of(), adminRules("key-joiner"));
    }

    @Test
    void joiningWithoutThePermissionWithADenyOrANonAdminGroupIsNotAdmin() {
        assertEquals(List.of(Set.of(), Set.of(), Set.of()),
                List.of(adminRules("no-permission"), adminRules("denied-joiner"), adminRules("other-group-joiner")));
    }

    @Test
    void settingAStoredAdminVersionAsDefaultIsAdmin() {
        assertEquals(Set.of("AWS-IAM-02"), adminRules("versioner"));
    }

    @Test
    void setDefaultVersionIsNotAdminWithoutAnAdminStoredVersionOutOfScopeOrDenied() {
        assertEquals(List.of(Set.of(), Set.of(), Set.of()),
                List.of(adminRules("flat-versioner"), adminRules("scoped-versioner"), adminRules("denied-versioner")));
    }

    private static List<String> setDefaultEdges(String from, String to) {
        return relations(graph, RelationKind.CAN_CHANGE_POLICIES, ACCOUNT.arn("user", from), ACCOUNT.arn("user", to)).stream()
                .map(Relation::rule).filter(r -> List.of(r.split("\\+")).contains("AWS-IAM-02")).toList();
    }

    /** The allowed case (a policy with a stored non-default version) is in {@link EscalationRuleMatrixTest}. */
    @Test
    void setDefaultVersionGivesNoRelationToHoldersOfAPolicyWithoutANonDefaultVersion() {
        assertEquals(List.of(), setDefaultEdges("flat-versioner", "flat-holder"));
    }
}

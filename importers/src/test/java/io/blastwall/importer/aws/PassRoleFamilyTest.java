package io.blastwall.importer.aws;

import static io.blastwall.importer.aws.GaadFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.importer.ImportOptions;
import io.blastwall.model.Confidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@link PassRoleRule#ALL} (catalogue §1.4), each with one positive caller (exactly the rule's
 * permissions) and three negative ones: a step missing, a step denied, and the permission out of scope (PassRole on
 * another role, or the existing-resource actions on one named resource only).
 */
class PassRoleFamilyTest {
    private static final GaadFixture ACCOUNT = new GaadFixture("111111111111");
    private static final String EC2_PROFILES = "ec2.amazonaws.com/instance-profile@111111111111";
    private static final String SSM_INSTANCES = "ec2.amazonaws.com/ssm-managed-instance@111111111111";
    private static IdentityGraph graph;

    private static String document(List<String> statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    private static String statement(String effect, String action, String resource) {
        return "{\"Effect\":\"" + effect + "\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}";
    }

    /** The role a row's positive caller passes or reaches through the service: one per trusted service. */
    private static String roleName(PassRoleRule rule) {
        if (rule.profile() == PassRoleRule.Profile.ABSENT) {
            return "ec2-bare";
        }
        if (rule.needsInstanceProfile()) {
            return "ec2-profile";
        }
        return "svc-" + rule.passedToService().replaceAll("[^a-z0-9]", "-");
    }

    /** Where the positive caller's relation goes: the role itself, or for existing-resource rules the account's hub. */
    private static String target(PassRoleRule rule) {
        if (rule.passRole()) {
            return ACCOUNT.arn("role", roleName(rule));
        }
        if (rule.needsInstanceProfile()) {
            return rule.roleNeeds().isEmpty() ? EC2_PROFILES : SSM_INSTANCES;
        }
        return rule.passedToService() + "@111111111111";
    }

    private static List<String> steps(PassRoleRule rule, int groups, String resource) {
        List<String> out = new ArrayList<>();
        if (rule.passRole()) {
            out.add(statement("Allow", "iam:PassRole", resource.equals("*") ? ACCOUNT.arn("role", roleName(rule)) : resource));
        }
        rule.actionGroups().stream().limit(groups)
                .forEach(g -> out.add(statement("Allow", g.get(0), rule.passRole() ? "*" : resource)));
        out.add(statement("Allow", "s3:ListAllMyBuckets", "*"));
        return out;
    }

    @BeforeAll
    static void importFixture(@TempDir Path dir) throws Exception {
        Map<String, String> services = new LinkedHashMap<>();
        PassRoleRule.ALL.stream().filter(r -> !r.passedToService().startsWith("ec2."))
                .forEach(r -> services.put(roleName(r), r.passedToService()));
        services.forEach((name, service) -> ACCOUNT.role(name, trust("{\"Service\":\"" + service + "\"}", ""), ""));
        String ec2 = trust("{\"Service\":\"ec2.amazonaws.com\"}", "");
        ACCOUNT.role("ec2-profile", ec2, profile("ec2-profile"), GaadFixture.allow("ssmmessages:CreateControlChannel", "*"))
                .role("ec2-no-agent", ec2, profile("ec2-no-agent"))
                .role("ec2-managed", ec2, profile("ec2-managed") + ",\"AttachedManagedPolicies\":[{\"PolicyName\":"
                        + "\"AmazonSSMManagedInstanceCore\",\"PolicyArn\":\"arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore\"}]")
                .role("ec2-bare", ec2, "")
                .role("other", trust("{\"Service\":\"states.amazonaws.com\"}", ""), "");
        for (int i = 0; i < PassRoleRule.ALL.size(); i++) {
            PassRoleRule rule = PassRoleRule.ALL.get(i);
            int groups = rule.actionGroups().size();
            List<String> denied = new ArrayList<>(steps(rule, groups, "*"));
            denied.add(statement("Deny", rule.actionGroups().get(groups - 1).get(0), "*"));
            String named = rule.passRole() ? ACCOUNT.arn("role", "other") : "arn:aws:" + rule.actionGroups().get(0).get(0)
                    .split(":")[0] + ":us-east-1:111111111111:thing/one";
            ACCOUNT.user("pos-" + i, id("POS", i), List.of(), document(steps(rule, groups, "*")))
                    .user("missing-" + i, id("MIS", i), List.of(), document(steps(rule, groups - 1, "*")))
                    .user("denied-" + i, id("DEN", i), List.of(), document(denied))
                    .user("scope-" + i, id("SCO", i), List.of(), document(steps(rule, groups, named)));
        }
        graph = GaadFixture.importFiles(dir, ImportOptions.defaults(), ACCOUNT).graph();
    }

    private static String profile(String name) {
        return "\"InstanceProfileList\":[{\"InstanceProfileName\":\"%s\",\"Arn\":\"arn:aws:iam::111111111111:instance-profile/%s\"}]"
                .formatted(name, name);
    }

    private static String id(String prefix, int i) {
        return "AIDA" + prefix + "%013d".formatted(i);
    }

    static Stream<Arguments> rows() {
        return IntStream.range(0, PassRoleRule.ALL.size()).mapToObj(i -> {
            PassRoleRule r = PassRoleRule.ALL.get(i);
            return Arguments.of(i, r.rule() + " " + r.actionGroups());
        });
    }

    /** The relations from a caller that one of the given rule ids produced. */
    private static List<Relation> byRule(String user, String rule) {
        String from = ACCOUNT.arn("user", user);
        return graph.relations().stream()
                .filter(r -> r.kind() == RelationKind.CAN_PASS_ROLE && r.from().value().equals(from))
                .filter(r -> List.of(r.rule().split("\\+")).contains(rule))
                .toList();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rows")
    void theRulesPermissionsReachTheRoleAndEachMissingPieceBreaksIt(int i, String name) {
        PassRoleRule rule = PassRoleRule.ALL.get(i);
        List<Relation> found = byRule("pos-" + i, rule.rule()).stream()
                .filter(r -> r.to().value().equals(target(rule))).toList();
        assertFalse(found.isEmpty(), name + ": no relation to " + target(rule));
        for (Relation r : found) {
            boolean heuristic = r.confidence() == Confidence.HEURISTIC;
            if (rule.assumes()) {
                assertTrue(heuristic, name + " assumes a resource: heuristic");
                assertTrue(r.conditions().contains("assumes " + rule.assumption()), r.conditions().toString());
            }
            assertEquals(rule.passRole(), r.actions().contains("iam:PassRole"), r.actions().toString());
        }
        assertEquals(List.of(), byRule("missing-" + i, rule.rule()), name + ": a step missing");
        assertEquals(List.of(), byRule("denied-" + i, rule.rule()), name + ": a step denied");
        assertEquals(List.of(), byRule("scope-" + i, rule.rule()), name + ": out of scope");
    }

    @Test
    void roleWithoutAnInstanceProfileIsReachedOnlyByMakingOne() {
        List<String> rules = graph.relations().stream()
                .filter(r -> r.kind() == RelationKind.CAN_PASS_ROLE && r.to().value().equals(ACCOUNT.arn("role", "ec2-bare")))
                .flatMap(r -> Stream.of(r.rule().split("\\+"))).distinct().toList();
        assertEquals(List.of("AWS-EC2-02"), rules);
    }

    @Test
    void ssmReachesOnlyRolesWhoseInstancesCanRunTheAgent() {
        List<Relation> ssm = graph.relations().stream()
                .filter(r -> r.kind() == RelationKind.CAN_ASSUME && r.from().value().equals(SSM_INSTANCES))
                .sorted(java.util.Comparator.comparing(r -> r.to().value())).toList();
        assertEquals(List.of(ACCOUNT.arn("role", "ec2-managed"), ACCOUNT.arn("role", "ec2-profile")),
                ssm.stream().map(r -> r.to().value()).toList());
        // the AWS-managed policy that would allow the channel is not in the export: assumed, and said
        assertEquals(Confidence.CONDITIONAL, ssm.get(0).confidence());
        assertEquals(List.of("assumes the role is allowed ssmmessages:CreateControlChannel by "
                + "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore, whose document is not in the export"), ssm.get(0).conditions());
        assertEquals(Confidence.PROVEN, ssm.get(1).confidence());
        List<String> profiles = graph.relations().stream()
                .filter(r -> r.kind() == RelationKind.CAN_ASSUME && r.from().value().equals(EC2_PROFILES))
                .map(r -> r.to().value()).sorted().toList();
        assertEquals(List.of(ACCOUNT.arn("role", "ec2-managed"), ACCOUNT.arn("role", "ec2-no-agent"),
                ACCOUNT.arn("role", "ec2-profile")), profiles);
    }
}

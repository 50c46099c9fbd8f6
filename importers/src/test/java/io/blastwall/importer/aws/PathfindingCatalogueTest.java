package io.blastwall.importer.aws;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.AttackPathFinder;
import io.blastwall.importer.ImportOptions;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every AWS privilege-escalation path of pathfinding.cloud (65 paths, read in place from
 * {@code ../shared/data/privesc-techniques/pathfinding.cloud_paths.json}), a catalogue written independently of
 * this code: for each, an account holding what the path's admin prerequisites describe (an admin role trusting each
 * service, an admin user and an admin group, a plain role and policy to modify) and an attacker whose only
 * permissions are the path's required ones. The attacker must reach the account's admin sink; the same attacker with
 * the path's last required permission explicitly denied must not (except where that permission is not needed:
 * {@link #NOT_NEEDED}).
 */
class PathfindingCatalogueTest {
    private static final String ACCOUNT_ID = "111111111111";
    private static final String ROOT = "arn:aws:iam::" + ACCOUNT_ID + ":root";
    private static final Path FILE = Path.of("..", "..", "shared", "data", "privesc-techniques", "pathfinding.cloud_paths.json");
    /** Services whose roles the paths pass or reach; each gets an admin role trusting it. */
    private static final List<String> SERVICES = List.of("ec2.amazonaws.com", "lambda.amazonaws.com",
            "cloudformation.amazonaws.com", "codebuild.amazonaws.com", "sagemaker.amazonaws.com", "glue.amazonaws.com",
            "ecs-tasks.amazonaws.com", "datapipeline.amazonaws.com", "tasks.apprunner.amazonaws.com",
            "bedrock-agentcore.amazonaws.com");
    /**
     * Paths whose last permission that acts is not needed for the escalation, so denying it leaves a path: a new
     * access key is enough while the target user has fewer than two (it has none here); new code in an existing
     * function runs when the function is next invoked by whatever invokes it (lambda-003, a heuristic relation).
     */
    private static final List<String> NOT_NEEDED = List.of("iam-003", "lambda-004", "lambda-005");

    static Stream<Arguments> paths() throws Exception {
        if (!Files.isRegularFile(FILE)) {
            return Stream.of(Arguments.of("absent", List.of()));
        }
        JsonNode all = new ObjectMapper().readTree(FILE.toFile());
        List<Arguments> out = new ArrayList<>();
        for (JsonNode path : all) {
            List<String> required = new ArrayList<>();
            path.path("permissions").path("required").forEach(p -> required.add(p.path("permission").asText()));
            out.add(Arguments.of(path.path("id").asText() + " " + path.path("name").asText(), required));
        }
        return out.stream();
    }

    private static String document(List<String> statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    private static String statement(String effect, String action, String resource) {
        return "{\"Effect\":\"" + effect + "\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}";
    }

    private static String managed(GaadFixture account, String name, String document) {
        return """
                {"PolicyName":"%s","Arn":"%s","DefaultVersionId":"v1","AttachmentCount":1,"PolicyVersionList":[
                  {"VersionId":"v1","IsDefaultVersion":true,"Document":%s}]}""".formatted(name, account.arn("policy", name), document);
    }

    /** Whether the path escalates a role itself (its own policies), so the attacker must be a role. */
    private static boolean attackerIsRole(List<String> required) {
        return required.size() == 1 && (required.contains("iam:PutRolePolicy") || required.contains("iam:AttachRolePolicy"));
    }

    /**
     * The account for one path: the attacker's permissions are a customer-managed policy attached to it (so that a
     * new version of "a policy attached to the actor" exists) and, as a user, it is in a group of its own.
     */
    private static IdentityGraph account(Path dir, List<String> required, boolean denyLast) throws Exception {
        GaadFixture a = new GaadFixture(ACCOUNT_ID);
        String admin = document(List.of(statement("Allow", "*", "*")));
        String root = GaadFixture.trust("{\"AWS\":\"" + ROOT + "\"}", "");
        a.role("admin-role", root, "", admin)
                .role("plain-role", root, "\"AttachedManagedPolicies\":[{\"PolicyName\":\"plain-policy\",\"PolicyArn\":\""
                        + a.arn("policy", "plain-policy") + "\"}]")
                .user("admin-user", "AIDAADMINUSER0000001", List.of(), admin)
                .user("plain-user", "AIDAPLAINUSER0000001", List.of())
                .group("admin-group", admin)
                .group("attacker-group")
                .raw("policies", managed(a, "plain-policy", document(List.of(statement("Allow", "s3:GetObject", "*")))));
        for (String service : SERVICES) {
            String name = "admin-" + service.replaceAll("[^a-z0-9]", "-");
            String profile = service.startsWith("ec2.") ? "\"InstanceProfileList\":[{\"InstanceProfileName\":\"" + name
                    + "\",\"Arn\":\"" + a.arn("instance-profile", name) + "\"}]" : "";
            a.role(name, GaadFixture.trust("{\"Service\":\"" + service + "\"}", ""), profile, admin);
        }
        List<String> statements = new ArrayList<>();
        for (String permission : required) {
            statements.add(statement("Allow", permission, resource(a, required, permission)));
        }
        if (denyLast) {
            statements.add(statement("Deny", lastActing(required), "*"));
        }
        a.raw("policies", managed(a, "attacker-policy", document(statements)));
        String attached = "\"AttachedManagedPolicies\":[{\"PolicyName\":\"attacker-policy\",\"PolicyArn\":\""
                + a.arn("policy", "attacker-policy") + "\"}]";
        if (attackerIsRole(required)) {
            a.role("attacker", GaadFixture.trust("{\"Service\":\"states.amazonaws.com\"}", ""), attached);
        } else {
            a.raw("users", """
                    {"UserName":"attacker","UserId":"AIDAATTACKER00000001","Arn":"%s","Path":"/","GroupList":["attacker-group"],
                     %s,"UserPolicyList":[]}""".formatted(a.arn("user", "attacker"), attached));
        }
        return GaadFixture.importFiles(dir, ImportOptions.defaults(), a).graph();
    }

    /**
     * Where a permission applies. A pair of IAM permissions ("modify, then reach": iam-014 to iam-021) is scoped to
     * the one identity it modifies and reaches, as those paths require, so that neither half works alone; sts-001 to
     * the admin role; everything else to every resource.
     */
    private static String resource(GaadFixture a, List<String> required, String permission) {
        boolean pair = required.size() == 2 && required.stream().allMatch(p -> p.startsWith("iam:") || p.startsWith("sts:"))
                && required.stream().anyMatch(p -> p.matches("iam:(Attach|Put)(Role|User)Policy|iam:CreatePolicyVersion"));
        if (permission.equalsIgnoreCase("sts:AssumeRole")) {
            return a.arn("role", pair ? "plain-role" : "admin-role");
        }
        if (!pair) {
            return "*";
        }
        if (permission.equals("iam:CreatePolicyVersion")) {
            return a.arn("policy", "plain-policy");
        }
        return permission.contains("Role") ? a.arn("role", "plain-role") : a.arn("user", "plain-user");
    }

    /** The last required permission that does something (not a Describe, List or Get used to look around). */
    private static String lastActing(List<String> required) {
        List<String> acting = required.stream().filter(p -> !p.split(":")[1].matches("(Describe|List|Get).*")).toList();
        return acting.get(acting.size() - 1);
    }

    private static Optional<AttackPath> toAdmin(IdentityGraph graph, List<String> required) {
        String attacker = "arn:aws:iam::" + ACCOUNT_ID + ":" + (attackerIsRole(required) ? "role" : "user") + "/attacker";
        return new AttackPathFinder(graph).shortest(EntityId.of(attacker), EntityId.of(ROOT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void theRequiredPermissionsReachAdmin(String name, List<String> required, @TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(FILE), "../shared/data/privesc-techniques not present: skipping");
        Optional<AttackPath> path = toAdmin(account(dir, required, false), required);
        assertTrue(path.isPresent(), name + ": no path from the attacker to " + ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void denyingTheLastRequiredPermissionBreaksThePath(String name, List<String> required, @TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(FILE), "../shared/data/privesc-techniques not present: skipping");
        assumeTrue(NOT_NEEDED.stream().noneMatch(id -> name.startsWith(id + " ")), "the last permission is not needed");
        Optional<AttackPath> path = toAdmin(account(dir, required, true), required);
        assertFalse(path.isPresent(), () -> name + ": still a path with " + lastActing(required) + " denied: "
                + path.get().steps());
    }
}

package io.blastwall.importer.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public authorization-details export in ../shared/data/aws-gaad, imported one at a time. */
class GaadImportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Path> exports() throws IOException {
        List<Path> files = SharedData.files("aws-gaad", ".json").toList();
        return files.isEmpty() ? Stream.of(Path.of("..", "..", "shared", "data", "aws-gaad", "absent.json")) : files.stream();
    }

    private static ImportResult importFile(Path file) throws Exception {
        assumeTrue(file.toFile().isFile(), "../shared/data not present: skipping");
        return new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(file), ProgressListener.NONE);
    }

    private static Set<String> ids(IdentityGraph graph, String nativeType) {
        return graph.entities().stream()
                .filter(e -> e.nativeType().equals(nativeType) && e.kind() != EntityKind.RESOURCE)
                .map(e -> e.id().value()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> arns(JsonNode root, String list) {
        Set<String> out = new TreeSet<>();
        root.path(list).forEach(n -> out.add(n.path("Arn").asText()));
        return out;
    }

    @ParameterizedTest
    @MethodSource("exports")
    void importsEveryUserGroupRoleAndManagedPolicyOfTheExport(Path file) throws Exception {
        IdentityGraph graph = importFile(file).graph();
        JsonNode root = MAPPER.readTree(file.toFile());
        assertEquals(arns(root, "UserDetailList"), ids(graph, "AWS::IAM::User"));
        assertEquals(arns(root, "GroupDetailList"), ids(graph, "AWS::IAM::Group"));
        assertEquals(arns(root, "RoleDetailList"), ids(graph, "AWS::IAM::Role"));
        Set<String> policies = arns(root, "Policies");
        for (String list : List.of("UserDetailList", "GroupDetailList", "RoleDetailList")) {
            root.path(list).forEach(h -> attached(h).forEach(policies::add));
        }
        assertEquals(policies, ids(graph, "AWS::IAM::ManagedPolicy"));
    }

    @ParameterizedTest
    @MethodSource("exports")
    void findsPrincipalsWithAdministratorAccessAndNoDenyAsAdminEquivalent(Path file) throws Exception {
        IdentityGraph graph = importFile(file).graph();
        JsonNode root = MAPPER.readTree(file.toFile());
        Set<String> expected = new TreeSet<>();
        for (String list : List.of("UserDetailList", "RoleDetailList")) {
            for (JsonNode principal : root.path(list)) {
                if (hasAdministratorAccess(root, principal) && !hasDeny(principal)) {
                    expected.add(principal.path("Arn").asText());
                }
            }
        }
        Set<String> admins = graph.entities().stream().filter(e -> e.property("adminEquivalent").equals("true"))
                .map(e -> e.id().value()).collect(Collectors.toSet());
        assertTrue(admins.containsAll(expected), "missing admins: " + difference(expected, admins));
        for (String admin : admins) {
            Entity e = graph.require(EntityId.of(admin));
            assertEquals(Sensitivity.CRITICAL, e.sensitivity());
            assertFalse(e.property("adminReason").isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("exports")
    void classifiesAiAgentsByTrustTagsAndNames(Path file) throws Exception {
        IdentityGraph graph = importFile(file).graph();
        JsonNode root = MAPPER.readTree(file.toFile());
        Pattern names = Pattern.compile(ImportOptions.DEFAULT_AI_AGENT_NAME_PATTERN);
        Set<String> expected = new TreeSet<>();
        for (JsonNode role : root.path("RoleDetailList")) {
            String trust = role.path("AssumeRolePolicyDocument").toString();
            if (trust.contains("bedrock.amazonaws.com") || trust.contains("bedrock-agentcore.amazonaws.com")
                    || names.matcher(role.path("RoleName").asText()).matches()) {
                expected.add(role.path("Arn").asText());
            }
        }
        for (JsonNode user : root.path("UserDetailList")) {
            if (names.matcher(user.path("UserName").asText()).matches()) {
                expected.add(user.path("Arn").asText());
            }
        }
        Set<String> agents = graph.entities().stream().filter(e -> e.kind() == EntityKind.AI_AGENT)
                .map(e -> e.id().value()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, agents);
    }

    @ParameterizedTest
    @MethodSource("exports")
    void givesTheSameGraphOnEveryImport(Path file) throws Exception {
        IdentityGraph first = importFile(file).graph();
        IdentityGraph second = importFile(file).graph();
        assertEquals(new ArrayList<>(first.entities()), new ArrayList<>(second.entities()));
        assertEquals(new ArrayList<>(first.relations()), new ArrayList<>(second.relations()));
        assertEquals(new ArrayList<>(first.grants()), new ArrayList<>(second.grants()));
    }

    @ParameterizedTest
    @MethodSource("exports")
    void backsEveryAccessAndTrustRelationWithGrantsAndEvidenceFromTheFile(Path file) throws Exception {
        IdentityGraph graph = importFile(file).graph();
        for (Relation r : graph.relations()) {
            if (r.kind() == RelationKind.CONTROLS) {
                assertTrue(r.grants().isEmpty(), "account control is structural, not a grant: " + r.id());
                continue;
            }
            assertFalse(r.grants().isEmpty(), "relation without grants: " + r.id());
            for (var g : r.grants()) {
                var grant = graph.grant(g).orElseThrow();
                assertFalse(grant.evidence().location().isEmpty() && grant.evidence().text().isEmpty(), "no evidence: " + g);
            }
        }
        for (Entity e : graph.entities()) {
            if (e.nativeType().startsWith("AWS::IAM::")) {
                assertFalse(e.property("arn").isEmpty(), "no arn: " + e.id());
                assertFalse(e.property("account").isEmpty(), "no account: " + e.id());
            }
        }
    }

    private static List<String> attached(JsonNode holder) {
        JsonNode list = holder.path("AttachedManagedPolicies");
        List<String> out = new ArrayList<>();
        if (list.isObject()) {
            out.add(list.path("PolicyArn").asText());
        }
        list.forEach(a -> {
            if (a.isObject()) {
                out.add(a.path("PolicyArn").asText());
            }
        });
        return out;
    }

    private static boolean hasAdministratorAccess(JsonNode root, JsonNode principal) {
        if (attached(principal).stream().anyMatch(a -> a.endsWith(":policy/AdministratorAccess"))) {
            return true;
        }
        String account = principal.path("Arn").asText().split(":")[4];
        for (JsonNode name : principal.path("GroupList")) {
            for (JsonNode group : root.path("GroupDetailList")) {
                boolean same = group.path("GroupName").asText().equals(name.asText())
                        && group.path("Arn").asText().split(":")[4].equals(account);
                if (same && attached(group).stream().anyMatch(a -> a.endsWith(":policy/AdministratorAccess"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDeny(JsonNode principal) {
        return principal.toString().contains("\"Deny\"") || principal.has("PermissionsBoundary");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}

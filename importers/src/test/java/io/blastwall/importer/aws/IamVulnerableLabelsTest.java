package io.blastwall.importer.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.blastwall.analysis.AttackPathFinder;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The iam-vulnerable principals in {@code ../shared/data/aws-gaad/cloudsplaining_example.json}, read in place: its
 * test cases are labelled by name, {@code fn*} (an escalation naive tools miss: a split across policies, a
 * wildcard resource, a condition that can be met, NotAction) and {@code fp*} (one they wrongly report: Allow and Deny
 * in one or several policies, a resource out of scope, a condition that can no longer be met). Each user and role
 * of an {@code fn} case must reach the account's admin sink and none of an {@code fp} case may.
 */
class IamVulnerableLabelsTest {
    private static final Path FILE = Path.of("..", "..", "shared", "data", "aws-gaad", "cloudsplaining_example.json");
    private static final String ROOT = "arn:aws:iam::200611803367:root";
    private static IdentityGraph graph;

    @BeforeAll
    static void importExport() throws Exception {
        if (Files.isRegularFile(FILE)) {
            graph = new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(FILE), ProgressListener.NONE).graph();
        }
    }

    /** Every labelled principal (name starting with the prefix), with whether it reaches the admin sink. */
    private static Map<String, Boolean> reachesAdmin(String prefix) {
        assumeTrue(graph != null, "../shared/data/aws-gaad not present: skipping");
        AttackPathFinder paths = new AttackPathFinder(graph);
        Map<String, Boolean> out = new TreeMap<>();
        graph.entities().stream().filter(Entity::isIdentity).filter(e -> e.name().startsWith(prefix))
                .forEach(e -> out.put(e.name(), paths.shortest(e.id(), EntityId.of(ROOT)).isPresent()));
        return out;
    }

    @Test
    void everyFalseNegativeCaseIsFound() {
        Map<String, Boolean> found = reachesAdmin("fn");
        assertEquals(8, found.size(), found.toString());
        found.forEach((name, reaches) -> assertEquals(true, reaches, name));
    }

    @Test
    void noFalsePositiveCaseIsReported() {
        Map<String, Boolean> found = reachesAdmin("fp");
        assertEquals(10, found.size(), found.toString());
        found.forEach((name, reaches) -> assertEquals(false, reaches, name));
    }

    @Test
    void joiningAGroupWhosePolicyAllowsIamStarIsAnEscalation() {
        assertEquals(Map.of("privesc13-AddUserToGroup-role", false, "privesc13-AddUserToGroup-user", true),
                reachesAdmin("privesc13-"));
    }

    @Test
    void changingAnotherIdentitysPoliciesWithoutActingAsItIsNot() {
        // a role allowed iam:PutUserPolicy / iam:AttachUserPolicy on every user cannot act as any user
        assertEquals(Map.of("privesc10-PutUserPolicy-role", false, "privesc10-PutUserPolicy-user", true),
                reachesAdmin("privesc10-"));
        assertEquals(Map.of("privesc7-AttachUserPolicy-role", false, "privesc7-AttachUserPolicy-user", true),
                reachesAdmin("privesc7-"));
    }
}

package io.blastwall.analysis;

import static io.blastwall.analysis.TestGraph.id;
import static io.blastwall.analysis.TestGraph.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.RelationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class KShortestPathsTest {
    /**
     * A reads db directly (r001), through B (r002, r003), through B by a second trust (r004, r003), and
     * through C and D (r005, r006, r007). C also loops back to A (r008), which no path may use.
     */
    private static IdentityGraph graph() {
        return TestGraph.create().roles("A", "B", "C", "D").crownJewel("db")
                .access("A", "db", AccessLevel.LIST, "s3:ListBucket", "g1")
                .assume("A", "B", "g2")
                .access("B", "db", AccessLevel.READ, "s3:GetObject", "g3")
                .assume("A", "B", "g4")
                .assume("A", "C", "g5")
                .assume("C", "D", "g6")
                .access("D", "db", AccessLevel.ADMIN, "s3:*", "g7")
                .relation("C", "A", RelationKind.CAN_PASS_ROLE, "g8")
                .build();
    }

    @Test
    void pathsComeFewestHopsFirstAndParallelRelationsAreDifferentPaths() {
        IdentityGraph g = graph();

        List<AttackPath> paths = new AttackPathFinder(g).kShortest(id("A"), id("db"), 10);

        assertEquals(List.of(
                path(g, "A", "db", "r001"),
                path(g, "A", "db", "r002", "r003"),
                path(g, "A", "db", "r004", "r003"),
                path(g, "A", "db", "r005", "r006", "r007")), paths);
    }

    @Test
    void kLimitsTheNumberAndTheFirstIsTheShortest() {
        IdentityGraph g = graph();
        AttackPathFinder finder = new AttackPathFinder(g);

        List<AttackPath> two = finder.kShortest(id("A"), id("db"), 2);

        assertEquals(List.of(path(g, "A", "db", "r001"), path(g, "A", "db", "r002", "r003")), two);
        assertEquals(finder.shortest(id("A"), id("db")).orElseThrow(), two.get(0));
    }

    @Test
    void toAnIdentityOnlyTraversableRelationsCount() {
        IdentityGraph g = graph();

        assertEquals(List.of(path(g, "A", "D", "r005", "r006")),
                new AttackPathFinder(g).kShortest(id("A"), id("D"), 3));
        assertEquals(List.of(), new AttackPathFinder(g).kShortest(id("db"), id("A"), 3));
        assertThrows(IllegalArgumentException.class, () -> new AttackPathFinder(g).kShortest(id("A"), id("D"), 0));
    }
}

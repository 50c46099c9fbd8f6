package io.blastwall.analysis;

import static io.blastwall.analysis.TestGraph.id;
import static io.blastwall.analysis.TestGraph.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.RelationKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttackPathFinderTest {

    @Test
    void shortestTakesTheFewestHopsAndCarriesTheGrantsWithTheirEvidence() {
        IdentityGraph g = TestGraph.create().roles("A", "B", "C", "D", "X")
                .grant("trust-D", GrantKind.TRUST_STATEMENT, "D", "2026-11-30")
                .assume("A", "B", "pA").assume("B", "C", "pB").assume("C", "D", "pC")
                .assume("A", "X", "pA2").assume("X", "D", "pX", "trust-D")
                .build();

        Optional<AttackPath> path = new AttackPathFinder(g).shortest(id("A"), id("D"));

        assertEquals(Optional.of(path(g, "A", "D", "r004", "r005")), path);
        assertEquals(List.of(g.grant(GrantId.of("pX")).orElseThrow(),
                g.grant(GrantId.of("trust-D")).orElseThrow()), path.orElseThrow().steps().get(1).grants());
    }

    @Test
    void equallyShortPathsAreChosenByRelationIdNotByInsertionOrder() {
        IdentityGraph g = TestGraph.create().roles("A", "P", "Q", "T")
                .add("r-b", "A", "Q", RelationKind.CAN_ASSUME, AccessLevel.NONE, Set.of(), Confidence.PROVEN)
                .add("r-d", "Q", "T", RelationKind.CAN_ASSUME, AccessLevel.NONE, Set.of(), Confidence.PROVEN)
                .add("r-c", "P", "T", RelationKind.CAN_ASSUME, AccessLevel.NONE, Set.of(), Confidence.PROVEN)
                .add("r-a", "A", "P", RelationKind.CAN_ASSUME, AccessLevel.NONE, Set.of(), Confidence.PROVEN)
                .build();

        assertEquals(Optional.of(path(g, "A", "T", "r-a", "r-c")), new AttackPathFinder(g).shortest(id("A"), id("T")));
    }

    @Test
    void theLastHopMayBeAccessToAResource() {
        IdentityGraph g = TestGraph.create().roles("A", "B").resources("db")
                .assume("A", "B")
                .access("B", "db", AccessLevel.READ, "s3:GetObject")
                .build();

        assertEquals(Optional.of(path(g, "A", "db", "r001", "r002")), new AttackPathFinder(g).shortest(id("A"), id("db")));
    }

    @Test
    void accessIsNotFollowedFurther() {
        IdentityGraph g = TestGraph.create().roles("A", "B", "C")
                .access("A", "B", AccessLevel.WRITE, "iam:UpdateRole")
                .assume("B", "C")
                .build();
        AttackPathFinder finder = new AttackPathFinder(g);

        assertEquals(Optional.of(path(g, "A", "B", "r001")), finder.shortest(id("A"), id("B")));
        assertEquals(Optional.empty(), finder.shortest(id("A"), id("C")));
    }

    @Test
    void noPathWhenTheTargetIsOutOfReachAndAnEmptyPathToItself() {
        IdentityGraph g = TestGraph.create().roles("A", "B").assume("A", "B").build();
        AttackPathFinder finder = new AttackPathFinder(g);

        assertEquals(Optional.empty(), finder.shortest(id("B"), id("A")));
        assertEquals(Optional.of(new AttackPath(id("A"), id("A"), List.of())), finder.shortest(id("A"), id("A")));
        assertThrows(IllegalArgumentException.class, () -> finder.shortest(id("A"), id("nope")));
    }

    @Test
    void oneShortestPathPerCrownJewelNearestFirst() {
        IdentityGraph g = TestGraph.create().roles("A", "B", "C").crownJewel("far").crownJewel("near")
                .crownJewel("unreached")
                .assume("A", "B").assume("B", "C")
                .access("C", "far", AccessLevel.READ, "s3:GetObject")
                .access("A", "near", AccessLevel.READ, "s3:GetObject")
                .access("B", "far", AccessLevel.ADMIN, "s3:*")
                .build();

        assertEquals(List.of(path(g, "A", "near", "r004"), path(g, "A", "far", "r001", "r005")),
                new AttackPathFinder(g).toCrownJewels(id("A")));
    }
}

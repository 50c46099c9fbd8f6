package io.blastwall.analysis;

import static io.blastwall.analysis.TestGraph.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.blastwall.analysis.IdentityDiff.Presence;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Sensitivity;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {
    /** Before: A assumes R, R reads db and lists logs. */
    private static IdentityGraph before() {
        return TestGraph.create().roles("A", "R", "OLD").resources("logs").crownJewel("db")
                .assume("A", "R", "gA")
                .access("R", "db", AccessLevel.READ, "s3:GetObject", "gR")
                .access("R", "logs", AccessLevel.LIST, "logs:List", "gL")
                .build();
    }

    /** After: A no longer assumes R but assumes the new role N, which writes logs; OLD is gone. */
    private static IdentityGraph after() {
        return TestGraph.create().roles("A", "R", "N").resources("logs").crownJewel("db")
                .assume("A", "N", "gN")
                .access("R", "db", AccessLevel.READ, "s3:GetObject", "gR")
                .access("N", "logs", AccessLevel.WRITE, "logs:Put", "gW")
                .build();
    }

    @Test
    void eachIdentityGetsWhatItGainedAndLost() {
        SnapshotDiff diff = SnapshotDiff.compare(new Analysis(before()), new Analysis(after()), ProgressListener.NONE);

        assertEquals(List.of(
                new IdentityDiff(id("A"), Presence.BOTH, List.of(id("N")), List.of(id("R")),
                        List.of(new AccessChange(id("db"), AccessLevel.READ, AccessLevel.NONE),
                                new AccessChange(id("logs"), AccessLevel.LIST, AccessLevel.WRITE)),
                        List.of(), List.of(id("db"))),
                new IdentityDiff(id("N"), Presence.ADDED, List.of(), List.of(),
                        List.of(new AccessChange(id("logs"), AccessLevel.NONE, AccessLevel.WRITE)), List.of(), List.of()),
                new IdentityDiff(id("OLD"), Presence.REMOVED, List.of(), List.of(), List.of(), List.of(), List.of()),
                new IdentityDiff(id("R"), Presence.BOTH, List.of(), List.of(),
                        List.of(new AccessChange(id("logs"), AccessLevel.LIST, AccessLevel.NONE)), List.of(), List.of())),
                diff.changes());
        IdentityDiff a = diff.of(id("A")).orElseThrow();
        assertEquals(List.of(new AccessChange(id("db"), AccessLevel.READ, AccessLevel.NONE)), a.resourcesLost());
        assertEquals(List.of(new AccessChange(id("logs"), AccessLevel.LIST, AccessLevel.WRITE)), a.accessChanged());
    }

    @Test
    void aNewCrownJewelMarkingIsAGainEvenWithoutNewAccess() {
        IdentityGraph earlier = TestGraph.create().roles("A").resources("logs")
                .access("A", "logs", AccessLevel.READ, "logs:Get", "g").build();
        IdentityGraph later = TestGraph.create().roles("A").entity("logs", EntityKind.RESOURCE, Sensitivity.CRITICAL)
                .access("A", "logs", AccessLevel.READ, "logs:Get", "g").build();

        SnapshotDiff diff = SnapshotDiff.compare(new Analysis(earlier), new Analysis(later), ProgressListener.NONE);

        assertEquals(List.of(new IdentityDiff(id("A"), Presence.BOTH, List.of(), List.of(), List.of(),
                List.of(id("logs")), List.of())), diff.changes());
    }

    @Test
    void identicalSnapshotsHaveNoChanges() {
        assertEquals(List.of(), SnapshotDiff.compare(new Analysis(before()), new Analysis(before()),
                ProgressListener.NONE).changes());
    }

    @Test
    void anInterruptedComparisonStops() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> SnapshotDiff.compare(new Analysis(before()),
                    new Analysis(after()), ProgressListener.NONE));
        } finally {
            Thread.interrupted();
        }
    }
}

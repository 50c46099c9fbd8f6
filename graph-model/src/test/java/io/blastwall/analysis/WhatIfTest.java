package io.blastwall.analysis;

import static io.blastwall.analysis.TestGraph.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhatIfTest {
    /** A assumes R (gA) and B (gB); R reads db (gR), B writes logs (gL); db is the crown jewel. */
    private static IdentityGraph graph() {
        return TestGraph.create().roles("A", "B", "R").resources("logs").crownJewel("db")
                .assume("A", "R", "gA")
                .assume("A", "B", "gB")
                .access("R", "db", AccessLevel.READ, "s3:GetObject", "gR")
                .access("B", "logs", AccessLevel.WRITE, "logs:Put", "gL")
                .build();
    }

    @Test
    void removingAGrantShrinksTheRadiusAndTheOriginalIsUntouched() {
        Analysis before = new Analysis(graph());

        Analysis after = before.withoutGrants(Set.of(GrantId.of("gA")));

        assertEquals(List.of(id("B"), id("R")), identities(before.radii().radius(id("A"))));
        assertEquals(List.of(id("B")), identities(after.radii().radius(id("A"))));
        assertEquals(List.of(), after.radii().radius(id("A")).crownJewels());
        assertEquals(List.of(id("db")), before.radii().radius(id("A")).crownJewels());
        assertEquals(Set.of(GrantId.of("gA")), after.removedGrants());
        assertSame(before.graph(), after.graph());
    }

    @Test
    void theWhatIfAgreesWithEveryAnalysisOfTheView() {
        Analysis after = new Analysis(graph()).withoutGrants(Set.of(GrantId.of("gR")));

        assertEquals(List.of(), after.paths().toCrownJewels(id("A")));
        assertEquals(List.of(), after.radii().reachersOf(id("db")));
        assertEquals(List.of(new RadiusSummary(id("A"), 2, 1, 0, 6), new RadiusSummary(id("B"), 0, 1, 0, 4),
                new RadiusSummary(id("R"), 0, 0, 0, 0)), after.radii().all(ProgressListener.NONE));
        assertEquals(true, after.cuts().minimumCutToCrownJewels(id("A")).isEmpty());
    }

    @Test
    void removalsAddUpAndUndoIsTheOriginalAnalysis() {
        Analysis before = new Analysis(graph());
        Analysis one = before.withoutGrants(Set.of(GrantId.of("gA")));

        Analysis two = one.withoutGrants(Set.of(GrantId.of("gB")));

        assertEquals(Set.of(GrantId.of("gA"), GrantId.of("gB")), two.removedGrants());
        assertEquals(0, two.radii().radius(id("A")).size());
        assertEquals(4, before.radii().radius(id("A")).size());
        assertEquals(Set.of(), before.removedGrants());
    }

    @Test
    void theDiffOfAWhatIfShowsWhatEachIdentityLoses() {
        Analysis before = new Analysis(graph());

        SnapshotDiff diff = SnapshotDiff.compare(before, before.withoutGrants(Set.of(GrantId.of("gR"))),
                ProgressListener.NONE);

        assertEquals(List.of(
                new IdentityDiff(id("A"), IdentityDiff.Presence.BOTH, List.of(), List.of(),
                        List.of(new AccessChange(id("db"), AccessLevel.READ, AccessLevel.NONE)), List.of(), List.of(id("db"))),
                new IdentityDiff(id("R"), IdentityDiff.Presence.BOTH, List.of(), List.of(),
                        List.of(new AccessChange(id("db"), AccessLevel.READ, AccessLevel.NONE)), List.of(), List.of(id("db")))),
                diff.changes());
    }

    @Test
    void aRoleOnlyNamedByItsOwnAssumePermissionAfterTheCutIsAnIdentityLostNotAResourceGained() {
        // A may assume R by the trust (gT) and by its own permission (gP), which also gives a CAN_ACCESS on R.
        IdentityGraph g = TestGraph.create().roles("A", "R").resources("db")
                .assume("A", "R", "gT", "gP")
                .access("A", "R", AccessLevel.WRITE, "sts:AssumeRole", "gP")
                .access("R", "db", AccessLevel.READ, "s3:GetObject", "gR")
                .build();
        Analysis before = new Analysis(g);
        Analysis after = before.withoutGrants(Set.of(GrantId.of("gT")));

        IdentityDiff diff = SnapshotDiff.ofIdentity(before, after, id("A"));

        assertEquals(List.of(id("R")), identities(before.radii().radius(id("A"))));
        assertEquals(List.of(id("R")), after.radii().radius(id("A")).resources().stream()
                .map(ReachedResource::resource).toList());
        assertEquals(new IdentityDiff(id("A"), IdentityDiff.Presence.BOTH, List.of(), List.of(id("R")),
                List.of(new AccessChange(id("db"), AccessLevel.READ, AccessLevel.NONE)), List.of(), List.of(),
                List.of(id("R"))), diff);
        assertEquals(List.of(), diff.resourcesGained());
    }

    @Test
    void anIdentityActedAsOnlyAfterwardsIsAnIdentityGainedNotAResourceLost() {
        IdentityGraph g = TestGraph.create().roles("A", "R")
                .assume("A", "R", "gT")
                .access("A", "R", AccessLevel.WRITE, "sts:AssumeRole", "gP")
                .build();
        Analysis whole = new Analysis(g);

        IdentityDiff diff = SnapshotDiff.ofIdentity(whole.withoutGrants(Set.of(GrantId.of("gT"))), whole, id("A"));

        assertEquals(new IdentityDiff(id("A"), IdentityDiff.Presence.BOTH, List.of(id("R")), List.of(), List.of(),
                List.of(), List.of()), diff);
    }

    @Test
    void anUnknownGrantIsRefused() {
        Analysis before = new Analysis(graph());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> before.withoutGrants(Set.of(GrantId.of("nope"))));

        assertEquals("no grant nope in this graph", e.getMessage());
    }

    private static List<EntityId> identities(BlastRadius r) {
        return r.identities().stream().map(ReachedIdentity::identity).toList();
    }
}

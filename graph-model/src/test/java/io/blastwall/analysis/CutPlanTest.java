package io.blastwall.analysis;

import static io.blastwall.analysis.TestGraph.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.IdentityGraph;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CutPlanTest {

    private static Grant grant(IdentityGraph g, String id) {
        return g.grant(GrantId.of(id)).orElseThrow();
    }

    private static List<Grant> grants(IdentityGraph g, String... ids) {
        return Arrays.stream(ids).map(i -> grant(g, i)).toList();
    }

    /** A assumes R (gA), R reads the crown jewel db (gR): two single cuts of equal cost. */
    private static IdentityGraph chain() {
        return TestGraph.create().roles("A", "R").crownJewel("db")
                .assume("A", "R", "gA")
                .access("R", "db", AccessLevel.READ, "s3:GetObject", "gR")
                .build();
    }

    @Test
    void cheapestCutIsNotTheOneWithFewestGrants() {
        IdentityGraph g = TestGraph.create().roles("A", "R").crownJewel("db")
                .grant("pA", GrantKind.MANAGED_POLICY_ATTACHMENT, "A", "2026-11-30")
                .grant("m1", GrantKind.GROUP_MEMBERSHIP, "R", "")
                .grant("m2", GrantKind.GROUP_MEMBERSHIP, "R", "")
                .assume("A", "R", "pA")
                .access("R", "db", AccessLevel.READ, "s3:GetObject", "m1")
                .access("R", "db", AccessLevel.WRITE, "s3:PutObject", "m2")
                .build();

        CutPlan plan = new CutAdvisor(g).plan(CutQuery.from(id("A")));

        assertEquals(grants(g, "m1", "m2"), plan.cheapest().grants());
        assertEquals(1.8, plan.cheapest().cost(), 1e-9);
        assertEquals(2.0, new CutAdvisor(g).costOf(grant(g, "pA")));
    }

    @Test
    void closestCutIsAtTheIdentityAndCheapestAtTheTargetWhenBothCostTheMinimum() {
        IdentityGraph g = chain();

        CutPlan plan = new CutAdvisor(g).plan(CutQuery.from(id("A")));

        assertEquals(new Cut(id("A"), List.of(id("db")), grants(g, "gA"), 1.0, 2, 0, List.of()), plan.closest());
        assertEquals(new Cut(id("A"), List.of(id("db")), grants(g, "gR"), 1.0, 2, 1,
                List.of(new CutCollateral(id("R"), List.of(id("db"))))), plan.cheapest());
        assertTrue(plan.closestDiffers());
        assertEquals(List.of(), plan.uncuttable());
    }

    @Test
    void aSetOfSourcesIsCutAtTheGrantTheyShare() {
        IdentityGraph g = TestGraph.create().roles("X", "Y", "R").crownJewel("db")
                .assume("X", "R", "gX")
                .assume("Y", "R", "gY")
                .access("R", "db", AccessLevel.READ, "s3:GetObject", "gR")
                .build();
        CutAdvisor advisor = new CutAdvisor(g);

        CutPlan plan = advisor.plan(CutQuery.from(Set.of(id("Y"), id("X"))));

        assertEquals(new Cut(id("X"), List.of(id("db")), grants(g, "gR"), 1.0, 2, 1,
                List.of(new CutCollateral(id("R"), List.of(id("db"))))), plan.closest());
        assertEquals(plan.closest(), plan.cheapest());
        assertEquals(grants(g, "gX"), advisor.plan(CutQuery.from(id("X"))).closest().grants());
    }

    @Test
    void aKeptGrantForcesAnotherCut() {
        IdentityGraph g = chain();
        CutAdvisor advisor = new CutAdvisor(g);

        CutPlan keepA = advisor.plan(CutQuery.from(id("A")).keeping(Set.of(GrantId.of("gA"))));
        CutPlan keepR = advisor.plan(CutQuery.from(id("A")).keeping(Set.of(GrantId.of("gR"))));

        assertEquals(grants(g, "gR"), keepA.closest().grants());
        assertEquals(grants(g, "gR"), keepA.cheapest().grants());
        assertEquals(grants(g, "gA"), keepR.cheapest().grants());
    }

    @Test
    void keepingEveryGrantOnThePathLeavesTheTargetUncuttable() {
        IdentityGraph g = chain();

        CutPlan plan = new CutAdvisor(g).plan(
                CutQuery.from(id("A")).keeping(Set.of(GrantId.of("gA"), GrantId.of("gR"))));

        assertEquals(List.of(id("db")), plan.uncuttable());
        assertTrue(plan.cheapest().isEmpty());
        assertEquals(List.of(id("db")), plan.cheapest().targets());
        assertEquals(2, plan.cheapest().radiusAfter());
    }

    @Test
    void aCutAboveTheBudgetIsReportedAsOutsideIt() {
        IdentityGraph g = chain();
        CutAdvisor advisor = new CutAdvisor(g);

        CutPlan tight = advisor.plan(CutQuery.from(id("A")).withMaxCost(0.5));
        CutPlan enough = advisor.plan(CutQuery.from(id("A")).withMaxCost(1.0));

        assertFalse(tight.withinBudget());
        assertEquals(1.0, tight.cheapest().cost());
        assertTrue(enough.withinBudget());
        assertTrue(CutQuery.from(id("A")).withMaxCost(1.0).hasBudget());
        assertThrows(IllegalArgumentException.class, () -> CutQuery.from(id("A")).withMaxCost(-1));
    }

    @Test
    void explicitTargetsReplaceTheCrownJewels() {
        IdentityGraph g = chain();

        CutPlan plan = new CutAdvisor(g).plan(CutQuery.from(id("A")).withTargets(Set.of(id("R"))));

        assertEquals(List.of(id("R")), plan.closest().targets());
        assertEquals(grants(g, "gA"), plan.cheapest().grants());
    }
}

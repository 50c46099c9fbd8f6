package io.blastwall.analysis;

import static io.blastwall.analysis.TestGraph.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.RelationKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CutAdvisorTest {

    private static Grant grant(IdentityGraph g, String id) {
        return g.grant(GrantId.of(id)).orElseThrow();
    }

    @Test
    void cutsTheSingleCheapestGrant() {
        IdentityGraph g = TestGraph.create().roles("A", "R").crownJewel("db")
                .grant("gR", GrantKind.INLINE_POLICY, "R", "2026-11-01")
                .assume("A", "R", "gA")
                .access("R", "db", AccessLevel.ADMIN, "s3:*", "gR")
                .build();

        Cut cut = new CutAdvisor(g).minimumCutToCrownJewels(id("A"));

        assertEquals(new Cut(id("A"), List.of(id("db")), List.of(grant(g, "gA")), 1.0, 2, 0, List.of()), cut);
    }

    @Test
    void aRelationNeedsAllItsGrantsSoTheCheapestOneIsEnough() {
        IdentityGraph g = TestGraph.create().roles("A", "B")
                .grant("used", GrantKind.MANAGED_POLICY_ATTACHMENT, "A", "2026-10-01")
                .grant("trust", GrantKind.TRUST_STATEMENT, "B", "")
                .assume("A", "B", "used", "trust")
                .build();

        Cut cut = new CutAdvisor(g).minimumCut(id("A"), Set.of(id("B")));

        assertEquals(List.of(grant(g, "trust")), cut.grants());
        assertEquals(0.9, cut.cost());
    }

    @Test
    void parallelRelationsAreAlternativesSoEachMustBeCut() {
        IdentityGraph g = TestGraph.create().roles("A", "B")
                .assume("A", "B", "g1")
                .assume("A", "B", "g2")
                .build();

        Cut cut = new CutAdvisor(g).minimumCut(id("A"), Set.of(id("B")));

        assertEquals(List.of(grant(g, "g1"), grant(g, "g2")), cut.grants());
        assertEquals(2.0, cut.cost());
        assertEquals(0, cut.radiusAfter());
    }

    @Test
    void ownUnusedPolicyIsCheaperThanASharedTrustStatement() {
        IdentityGraph g = sharedTrust("");

        Cut cut = new CutAdvisor(g).minimumCutToCrownJewels(id("A"));

        assertEquals(new Cut(id("A"), List.of(id("db")), List.of(grant(g, "pA")), 1.0, 2, 0, List.of()), cut);
    }

    @Test
    void cuttingASharedTrustStatementReportsTheCollateral() {
        IdentityGraph g = sharedTrust("2026-11-20");

        Cut cut = new CutAdvisor(g).minimumCutToCrownJewels(id("A"));

        assertEquals(new Cut(id("A"), List.of(id("db")), List.of(grant(g, "T")), 1.4, 2, 0,
                List.of(new CutCollateral(id("B"), List.of(id("R"), id("db"))),
                        new CutCollateral(id("C"), List.of(id("R"), id("db"))))), cut);
    }

    @Test
    void identitiesThatReachTheCutThroughSomeoneElsesPathAreCollateralToo() {
        // A reaches R two ways, both in use; R's one unused policy to db is the cheapest cut;
        // Y assumes R, X assumes Y: both lose db; not listed: Z (reaches R only through A, the source), Adm (only
        // as an administrator of the account that controls R) and W (only by minting Y's credentials)
        IdentityGraph g = TestGraph.create().roles("A", "R", "X", "Y", "Z", "Adm", "W").crownJewel("db")
                .entity("acct", io.blastwall.model.EntityKind.EXTERNAL_ACCOUNT, io.blastwall.model.Sensitivity.NONE)
                .grant("gR", GrantKind.INLINE_POLICY, "R", "")
                .grant("g1", GrantKind.INLINE_POLICY, "A", "2026-11-01")
                .grant("g2", GrantKind.INLINE_POLICY, "A", "2026-11-02")
                .assume("A", "R", "g1").assume("A", "R", "g2")
                .assume("Y", "R", "gY").assume("X", "Y", "gX").assume("Z", "A", "gZ")
                .relation("Adm", "acct", RelationKind.ADMIN_OF, "gAdm").relation("acct", "R", RelationKind.CONTROLS)
                .relation("W", "Y", RelationKind.CAN_WRITE_CREDENTIALS, "gW")
                .access("R", "db", AccessLevel.READ, "s3:GetObject", "gR")
                .build();

        Cut cut = new CutAdvisor(g).minimumCutToCrownJewels(id("A"));

        assertEquals(List.of(grant(g, "gR")), cut.grants());
        assertEquals(List.of(new CutCollateral(id("R"), List.of(id("db"))), new CutCollateral(id("Y"), List.of(id("db"))),
                new CutCollateral(id("X"), List.of(id("db")))), cut.collateral());
    }

    /** A, B and C may assume R, each through its own policy and R's one trust statement; R reads db. */
    private static IdentityGraph sharedTrust(String lastUseOfA) {
        return TestGraph.create().roles("A", "B", "C", "R").crownJewel("db")
                .grant("T", GrantKind.TRUST_STATEMENT, "R", "")
                .grant("pA", GrantKind.INLINE_POLICY, "A", lastUseOfA)
                .grant("gR", GrantKind.INLINE_POLICY, "R", "2026-11-01")
                .assume("A", "R", "pA", "T").assume("B", "R", "pB", "T").assume("C", "R", "pC", "T")
                .access("R", "db", AccessLevel.READ, "s3:GetObject", "gR")
                .build();
    }

    @Test
    void theCheapestCutCanHaveMoreGrantsThanTheSmallest() {
        IdentityGraph g = TestGraph.create().roles("A", "M", "B", "C", "O1", "O2", "O3", "O4").crownJewel("J")
                .grant("X", GrantKind.MANAGED_POLICY_ATTACHMENT, "A", "2026-10-01")
                .grant("g3", GrantKind.INLINE_POLICY, "B", "2026-10-02")
                .grant("g4", GrantKind.INLINE_POLICY, "C", "2026-10-03")
                .assume("A", "M", "X")
                .assume("O1", "M", "X").assume("O2", "M", "X").assume("O3", "M", "X").assume("O4", "M", "X")
                .assume("M", "B", "g1").assume("M", "C", "g2")
                .access("B", "J", AccessLevel.READ, "s3:GetObject", "g3")
                .access("C", "J", AccessLevel.READ, "s3:GetObject", "g4")
                .build();
        CutAdvisor advisor = new CutAdvisor(g);

        Cut cut = advisor.minimumCutToCrownJewels(id("A"));

        assertEquals(List.of(grant(g, "g1"), grant(g, "g2")), cut.grants());
        assertEquals(2.0, cut.cost());
        assertEquals(3.0, advisor.costOf(grant(g, "X")), "one grant would do, but it costs more");
        assertTrue(cut.grants().size() > 1);
    }

    @Test
    void emptyCutWhenNoTargetIsReachable() {
        IdentityGraph g = TestGraph.create().roles("A", "B").crownJewel("J")
                .access("B", "J", AccessLevel.READ, "s3:GetObject", "g")
                .build();

        Cut cut = new CutAdvisor(g).minimumCutToCrownJewels(id("A"));

        assertEquals(new Cut(id("A"), List.of(), List.of(), 0.0, 0, 0, List.of()), cut);
        assertTrue(cut.isEmpty());
    }

    @Test
    void targetsReachableOnlyOverRelationsWithoutGrantsStayInTheTargets() {
        IdentityGraph g = TestGraph.create().roles("A", "B").crownJewel("J").crownJewel("K")
                .grant("h", GrantKind.INLINE_POLICY, "B", "2026-09-09")
                .access("A", "J", AccessLevel.READ, "s3:GetObject")
                .assume("A", "B", "g")
                .access("B", "K", AccessLevel.READ, "s3:GetObject", "h")
                .build();

        Cut cut = new CutAdvisor(g).minimumCutToCrownJewels(id("A"));

        assertEquals(new Cut(id("A"), List.of(id("J"), id("K")), List.of(grant(g, "g")), 1.0, 3, 1, List.of()), cut);
    }

    @Test
    void costIsExplainedPartByPart() {
        TestGraph t = TestGraph.create().roles("R", "A", "B", "C")
                .grant("T", GrantKind.TRUST_STATEMENT, "R", "2026-11-01")
                .assume("A", "R", "T").assume("B", "R", "T").assume("C", "R", "T");
        IdentityGraph g = t.build();
        CutAdvisor advisor = new CutAdvisor(g);

        assertEquals(List.of(new ScorePart("removing a grant (edit the trust policy)", 1.0),
                new ScorePart("narrow change: takes out one principal and nothing else", -0.1),
                new ScorePart("in use (last used 2026-11-01)", 1.0),
                new ScorePart("2 other identities rely on it", 0.5)), advisor.costParts(grant(g, "T")));
        assertEquals(2.4, advisor.costOf(grant(g, "T")));
    }

    @Test
    void otherIdentitiesRaiseTheCostUpToACap() {
        TestGraph t = TestGraph.create().roles("R").grant("S", GrantKind.MANAGED_POLICY_ATTACHMENT, "R", "");
        for (int i = 0; i < 12; i++) {
            t.roles("u" + i).assume("u" + i, "R", "S");
        }
        IdentityGraph g = t.build();

        assertEquals(3.0, new CutAdvisor(g).costOf(grant(g, "S")));
    }
}

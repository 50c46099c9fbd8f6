package io.blastwall.analysis;

import static io.blastwall.analysis.TestGraph.id;
import static io.blastwall.analysis.TestGraph.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class BlastRadiusAnalyzerTest {

    @Test
    void radiusFollowsAChainOfRoleAssumptionsWithHopsAndPaths() {
        IdentityGraph g = TestGraph.create().roles("A", "B", "C").resources("db")
                .assume("A", "B", "gAB")
                .assume("B", "C", "gBC")
                .access("C", "db", AccessLevel.READ, "s3:GetObject", "gC")
                .build();

        BlastRadius radius = new BlastRadiusAnalyzer(g).radius(id("A"));

        BlastRadius expected = new BlastRadius(id("A"),
                List.of(new ReachedIdentity(id("B"), 1, path(g, "A", "B", "r001")),
                        new ReachedIdentity(id("C"), 2, path(g, "A", "C", "r001", "r002"))),
                List.of(new ReachedResource(id("db"), AccessLevel.READ, Set.of("s3:GetObject"), 3,
                        path(g, "A", "db", "r001", "r002", "r003"))),
                List.of(),
                4.0,
                List.of(new ScorePart("1 resource with read access", 2.0), new ScorePart("2 identities reached", 2.0)));
        assertEquals(expected, radius);
    }

    @Test
    void strongestAccessIsKeptWithTheActionsOfThatLevelAndTheFewestHops() {
        IdentityGraph g = TestGraph.create().roles("A", "B").resources("db")
                .access("A", "db", AccessLevel.READ, "s3:GetObject")
                .assume("A", "B")
                .access("B", "db", AccessLevel.WRITE, "s3:PutObject")
                .access("B", "db", AccessLevel.WRITE, "s3:DeleteObject")
                .build();

        List<ReachedResource> resources = new BlastRadiusAnalyzer(g).radius(id("A")).resources();

        assertEquals(List.of(new ReachedResource(id("db"), AccessLevel.WRITE, Set.of("s3:PutObject", "s3:DeleteObject"),
                1, path(g, "A", "db", "r002", "r003"))), resources);
    }

    @Test
    void nonTraversableRelationsAreNotFollowed() {
        IdentityGraph g = TestGraph.create().roles("A", "B").resources("db")
                .entity("P", EntityKind.POLICY, Sensitivity.NONE)
                .relation("A", "P", RelationKind.HAS_POLICY)
                .relation("A", "B", RelationKind.OWNS)
                .access("A", "B", AccessLevel.READ, "iam:GetRole")
                .access("B", "db", AccessLevel.ADMIN, "s3:*")
                .build();

        BlastRadius radius = new BlastRadiusAnalyzer(g).radius(id("A"));

        assertEquals(List.of(), radius.identities());
        assertEquals(List.of(new ReachedResource(id("B"), AccessLevel.READ, Set.of("iam:GetRole"), 1,
                path(g, "A", "B", "r003"))), radius.resources());
    }

    @Test
    void cyclesAreFollowedOnceAndTheIdentityIsNotPartOfItsOwnRadius() {
        IdentityGraph g = TestGraph.create().roles("A", "B", "C").resources("db")
                .assume("A", "B").assume("B", "C").assume("C", "A")
                .access("C", "db", AccessLevel.WRITE, "s3:PutObject")
                .build();
        BlastRadiusAnalyzer analyzer = new BlastRadiusAnalyzer(g);

        BlastRadius radius = analyzer.radius(id("B"));

        assertEquals(List.of(new ReachedIdentity(id("C"), 1, path(g, "B", "C", "r002")),
                new ReachedIdentity(id("A"), 2, path(g, "B", "A", "r002", "r003"))), radius.identities());
        assertEquals(List.of(new ReachedResource(id("db"), AccessLevel.WRITE, Set.of("s3:PutObject"), 2,
                path(g, "B", "db", "r002", "r004"))), radius.resources());
        assertEquals(List.of(new RadiusSummary(id("A"), 2, 1, 0, 6.0), new RadiusSummary(id("B"), 2, 1, 0, 6.0),
                new RadiusSummary(id("C"), 2, 1, 0, 6.0)), analyzer.all(ProgressListener.NONE));
    }

    @Test
    void entityThatIsNotAnIdentityReachedOverATraversableRelationIsAnAdminResource() {
        IdentityGraph g = TestGraph.create().roles("A").resources("account")
                .relation("A", "account", RelationKind.ADMIN_OF)
                .build();

        BlastRadius radius = new BlastRadiusAnalyzer(g).radius(id("A"));

        assertEquals(List.of(new ReachedResource(id("account"), AccessLevel.ADMIN, Set.of("ADMIN_OF"), 1,
                path(g, "A", "account", "r001"))), radius.resources());
    }

    @Test
    void crownJewelsComeNearestFirstAndTheScoreIsExplained() {
        IdentityGraph g = TestGraph.create().roles("A").resources("s")
                .entity("B", EntityKind.ROLE, Sensitivity.CRITICAL)
                .crownJewel("j1").crownJewel("j2")
                .entity("s", EntityKind.RESOURCE, Sensitivity.HIGH)
                .assume("A", "B")
                .access("A", "j2", AccessLevel.ADMIN, "kms:*")
                .access("B", "j1", AccessLevel.READ, "secretsmanager:GetSecretValue")
                .access("A", "s", AccessLevel.WRITE, "s3:PutObject")
                .build();

        BlastRadius radius = new BlastRadiusAnalyzer(g).radius(id("A"));

        assertEquals(List.of(id("B"), id("j2"), id("j1")), radius.crownJewels());
        assertEquals(List.of(new ScorePart("3 crown jewels reached", 150.0),
                new ScorePart("1 resource with admin access", 110.0),
                new ScorePart("1 resource with write access", 28.0),
                new ScorePart("1 resource with read access", 22.0),
                new ScorePart("1 identity reached", 11.0)), radius.scoreParts());
        assertEquals(321.0, radius.score());
    }

    @Test
    void relationsThatAreNotProvenStillCountAndPathsCarryTheirConfidence() {
        IdentityGraph g = TestGraph.create().roles("A", "B")
                .add("r1", "A", "B", RelationKind.CAN_ASSUME, AccessLevel.NONE, Set.of("sts:AssumeRole"),
                        Confidence.CONDITIONAL, "trust")
                .build();

        List<ReachedIdentity> identities = new BlastRadiusAnalyzer(g).radius(id("A")).identities();

        assertEquals(List.of(id("B")), identities.stream().map(ReachedIdentity::identity).toList());
        assertEquals(Confidence.CONDITIONAL, identities.get(0).path().confidence());
    }

    @Test
    void radiusOfAnUnknownIdentityIsRejected() {
        BlastRadiusAnalyzer analyzer = new BlastRadiusAnalyzer(TestGraph.create().roles("A").build());

        assertThrows(IllegalArgumentException.class, () -> analyzer.radius(id("nope")));
    }

    @Test
    void crownJewelsAreTheCriticalEntities() {
        IdentityGraph g = TestGraph.create().roles("A").crownJewel("j").resources("k")
                .entity("admin", EntityKind.ROLE, Sensitivity.CRITICAL)
                .build();

        assertEquals(Set.of(id("admin"), id("j")), new BlastRadiusAnalyzer(g).crownJewels());
    }

    @Test
    void allListsOnlyIdentitiesBestScoreFirstAndReportsProgress() {
        IdentityGraph g = TestGraph.create().roles("A", "B", "C").crownJewel("j").resources("k")
                .assume("B", "A")
                .access("A", "j", AccessLevel.READ, "s3:GetObject")
                .access("C", "k", AccessLevel.READ, "s3:GetObject")
                .build();
        List<Long> done = new ArrayList<>();

        List<RadiusSummary> all = new BlastRadiusAnalyzer(g).all((message, n, total) -> done.add(n));

        assertEquals(List.of(new RadiusSummary(id("B"), 1, 1, 1, 73.0), new RadiusSummary(id("A"), 0, 1, 1, 72.0),
                new RadiusSummary(id("C"), 0, 1, 0, 2.0)), all);
        assertEquals(3L, done.get(done.size() - 1));
    }

    @Test
    void allStopsWhenTheThreadIsInterrupted() {
        BlastRadiusAnalyzer analyzer = new BlastRadiusAnalyzer(TestGraph.create().roles("A", "B").assume("A", "B").build());

        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> analyzer.all(ProgressListener.NONE));
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt flag stays set for the caller");
        }
    }
}

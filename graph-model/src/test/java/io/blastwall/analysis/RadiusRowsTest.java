package io.blastwall.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The radius whose rows are made on demand against the eager radius it replaced ({@link ReferenceRadius}). */
class RadiusRowsTest {

    @ParameterizedTest
    @ValueSource(longs = {3, 11, 42, 77, 2026})
    void everyRadiusEqualsTheEagerOneRowForRow(long seed) {
        IdentityGraph g = RadiusSweepPropertyTest.randomGraph(new Random(seed), 50, 30);
        GraphIndex index = new GraphIndex(g);
        RadiusAssembler lazy = new RadiusAssembler(index);
        ReferenceRadius eager = new ReferenceRadius(index);
        int nonTrivial = 0;
        for (Entity e : g.entities()) {
            if (e.isIdentity()) {
                int v = index.require(e.id());
                BlastRadius expected = eager.radius(v, new BitSet());
                BlastRadius actual = lazy.radius(v, new BitSet());
                assertEquals(expected, actual, e.id().toString());
                assertEquals(expected.hashCode(), actual.hashCode());
                nonTrivial += actual.resources().size() > 5 && actual.identities().size() > 3 ? 1 : 0;
            }
        }
        assertTrue(nonTrivial > 5, "the random graph has non-trivial radii");
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 8, 13})
    void hiddenRelationsAndWhatIfViewsGiveTheSameRadiiAsTheEagerOne(long seed) {
        Random random = new Random(seed);
        IdentityGraph g = RadiusSweepPropertyTest.randomGraph(random, 50, 30);
        Analysis whatIf = new Analysis(g).withoutGrants(Set.of(GrantId.of("g1"), GrantId.of("g2"), GrantId.of("g3")));
        GraphIndex view = whatIf.index();
        BitSet hidden = new BitSet();
        for (int r = 0; r < view.relationCount(); r++) {
            hidden.set(r, random.nextInt(5) == 0);
        }
        for (Entity e : g.entities()) {
            if (e.isIdentity()) {
                int v = view.require(e.id());
                assertEquals(new ReferenceRadius(view).radius(v, new BitSet()), whatIf.radii().radius(e.id()));
                assertEquals(new ReferenceRadius(view).radius(v, hidden), new RadiusAssembler(view).radius(v, hidden));
            }
        }
    }

    @Test
    void rowsAreMadeWhenReadAndTheListsCannotBeChanged() {
        IdentityGraph g = TestGraph.create().roles("A", "B").resources("db", "logs")
                .assume("A", "B", "gB")
                .access("B", "db", AccessLevel.READ, "s3:GetObject", "gR")
                .access("B", "db", AccessLevel.READ, "s3:ListBucket", "gL")
                .access("A", "logs", AccessLevel.WRITE, "logs:Put", "gW")
                .build();
        BlastRadius radius = new BlastRadiusAnalyzer(g).radius(TestGraph.id("A"));

        List<ReachedResource> resources = radius.resources();

        assertEquals(List.of(TestGraph.id("logs"), TestGraph.id("db")),
                resources.stream().map(ReachedResource::resource).toList());
        assertEquals(Set.of("s3:GetObject", "s3:ListBucket"), resources.get(1).actions());
        assertEquals(resources.get(1), resources.get(1));
        assertEquals(List.of(TestGraph.id("A"), TestGraph.id("B"), TestGraph.id("db")), entities(resources.get(1).path()));
        assertThrows(UnsupportedOperationException.class, () -> resources.add(resources.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> radius.identities().clear());
        assertThrows(IndexOutOfBoundsException.class, () -> resources.get(2));
        assertEquals(radius, new BlastRadius(radius.identity(), new ArrayList<>(radius.identities()),
                List.copyOf(resources), radius.crownJewels(), radius.score(), radius.scoreParts()));
    }

    private static List<EntityId> entities(AttackPath path) {
        List<EntityId> list = new ArrayList<>();
        list.add(path.source());
        path.steps().forEach(s -> list.add(s.relation().to()));
        return list;
    }
}

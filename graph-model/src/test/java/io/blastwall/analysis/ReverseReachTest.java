package io.blastwall.analysis;

import static io.blastwall.analysis.TestGraph.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Entity;
import io.blastwall.model.IdentityGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReverseReachTest {

    @Test
    void listsEveryIdentityThatReachesAResourceWithItsHops() {
        IdentityGraph g = TestGraph.create().roles("A", "B", "R", "Z").crownJewel("db")
                .assume("A", "R", "gA")
                .assume("B", "A", "gB")
                .access("R", "db", AccessLevel.READ, "s3:GetObject", "gR")
                .access("B", "db", AccessLevel.LIST, "s3:ListBucket", "gL")
                .build();

        assertEquals(List.of(new ReachingIdentity(id("B"), 1), new ReachingIdentity(id("R"), 1),
                new ReachingIdentity(id("A"), 2)), new BlastRadiusAnalyzer(g).reachersOf(id("db")));
    }

    @Test
    void anIdentityActedAsCountsItsTraversableHopsNotAShorterAccess() {
        IdentityGraph g = TestGraph.create().roles("A", "B", "C")
                .assume("A", "B", "g1")
                .assume("B", "C", "g2")
                .access("A", "C", AccessLevel.READ, "iam:GetRole", "g3")
                .build();

        assertEquals(List.of(new ReachingIdentity(id("B"), 1), new ReachingIdentity(id("A"), 2)),
                new BlastRadiusAnalyzer(g).reachersOf(id("C")));
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 11, 99})
    void agreesWithTheForwardRadiusOfEveryIdentity(long seed) {
        IdentityGraph g = RadiusSweepPropertyTest.randomGraph(new Random(seed), 30, 20);
        BlastRadiusAnalyzer analyzer = new BlastRadiusAnalyzer(g);
        List<Entity> identities = g.entities().stream().filter(Entity::isIdentity).toList();

        for (Entity target : g.entities()) {
            List<ReachingIdentity> expected = new ArrayList<>();
            for (Entity x : identities) {
                BlastRadius r = analyzer.radius(x.id());
                Stream.concat(
                                r.identities().stream().filter(i -> i.identity().equals(target.id())).map(ReachedIdentity::hops),
                                r.resources().stream().filter(i -> i.resource().equals(target.id())).map(ReachedResource::hops))
                        .findFirst()
                        .ifPresent(h -> expected.add(new ReachingIdentity(x.id(), h)));
            }
            expected.sort(Comparator.comparingInt(ReachingIdentity::hops).thenComparing(ReachingIdentity::identity));
            assertEquals(expected, analyzer.reachersOf(target.id()), "reaching " + target.id());
        }
    }
}

package io.blastwall.analysis;

import static io.blastwall.analysis.TestGraph.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Minimum cuts on small random graphs against a brute-force search over every set of grants. */
class CutPropertyTest {
    private static final int IDENTITIES = 7;
    private static final int GRANTS = 10;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void cutDisconnectsEveryCuttableTargetAndIsOptimalWhenNoGrantIsShared(long seed) {
        Random random = new Random(seed);
        boolean shared = seed % 2 == 0;
        IdentityGraph g = randomGraph(random, shared);
        CutAdvisor advisor = new CutAdvisor(g);
        Set<EntityId> jewels = new BlastRadiusAnalyzer(g).crownJewels();

        Cut cut = advisor.minimumCutToCrownJewels(id("i0"));

        Set<GrantId> removed = new HashSet<>(cut.grants().stream().map(Grant::id).toList());
        Set<EntityId> free = reachable(g, id("i0"), r -> r.grants().isEmpty());
        Set<EntityId> after = reachable(g, id("i0"), r -> r.grants().stream().noneMatch(removed::contains));
        for (EntityId target : cut.targets()) {
            assertEquals(free.contains(target), after.contains(target), "only grant-free paths survive to " + target);
        }
        double optimum = bruteForceOptimum(g, advisor, Set.copyOf(cut.targets()), free);
        assertTrue(cut.cost() >= optimum - 1e-9, "no cut is cheaper than the optimum");
        if (!shared) {
            assertEquals(optimum, cut.cost(), 1e-9);
        }
        assertTrue(jewels.containsAll(cut.targets()));
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void bothCutsOfAPlanDisconnectAndCostTheSame(long seed) {
        Random random = new Random(seed);
        boolean shared = seed % 2 == 0;
        IdentityGraph g = randomGraph(random, shared);
        CutAdvisor advisor = new CutAdvisor(g);

        CutPlan plan = advisor.plan(CutQuery.from(id("i0")));

        Set<EntityId> free = reachable(g, id("i0"), r -> r.grants().isEmpty());
        for (Cut cut : List.of(plan.cheapest(), plan.closest())) {
            Set<GrantId> removed = new HashSet<>(cut.grants().stream().map(Grant::id).toList());
            Set<EntityId> after = reachable(g, id("i0"), r -> r.grants().stream().noneMatch(removed::contains));
            for (EntityId target : cut.targets()) {
                assertEquals(free.contains(target), after.contains(target), "only grant-free paths survive to " + target);
            }
        }
        assertEquals(plan.closest().cost(), plan.cheapest().cost(), 1e-9);
        assertEquals(advisor.minimumCutToCrownJewels(id("i0")), plan.closest());
    }

    private static double bruteForceOptimum(IdentityGraph g, CutAdvisor advisor, Set<EntityId> targets,
            Set<EntityId> free) {
        Set<EntityId> sources = reachable(g, id("i0"), r -> true);
        List<Grant> grants = g.relations().stream()
                .filter(r -> sources.contains(r.from()))
                .flatMap(r -> r.grants().stream())
                .distinct()
                .map(id -> g.grant(id).orElseThrow())
                .toList();
        double best = Double.MAX_VALUE;
        for (int mask = 0; mask < 1 << grants.size(); mask++) {
            Set<GrantId> removed = new HashSet<>();
            double cost = 0;
            for (int i = 0; i < grants.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    removed.add(grants.get(i).id());
                    cost += advisor.costOf(grants.get(i));
                }
            }
            if (cost < best) {
                Set<EntityId> after = reachable(g, id("i0"), r -> r.grants().stream().noneMatch(removed::contains));
                if (targets.stream().allMatch(t -> free.contains(t) || !after.contains(t))) {
                    best = cost;
                }
            }
        }
        return best;
    }

    /** Entities reached over kept traversable relations, plus targets of kept access relations from them. */
    private static Set<EntityId> reachable(IdentityGraph g, EntityId from, Predicate<Relation> keep) {
        Set<EntityId> acting = new HashSet<>(Set.of(from));
        ArrayDeque<EntityId> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            for (Relation r : g.outgoing(queue.poll())) {
                if (r.isTraversable() && keep.test(r) && acting.add(r.to())) {
                    queue.add(r.to());
                }
            }
        }
        Set<EntityId> reached = new HashSet<>(acting);
        for (EntityId u : acting) {
            g.outgoing(u).stream().filter(r -> r.kind() == RelationKind.CAN_ACCESS && keep.test(r))
                    .forEach(r -> reached.add(r.to()));
        }
        return reached;
    }

    /** Identities and crown jewels joined by relations needing one or two grants (some none). */
    private static IdentityGraph randomGraph(Random random, boolean shared) {
        TestGraph t = TestGraph.create();
        for (int i = 0; i < IDENTITIES; i++) {
            t.entity("i" + i, EntityKind.ROLE, Sensitivity.NONE);
        }
        t.crownJewel("j0").crownJewel("j1").crownJewel("j2");
        int grant = 0;
        for (int n = 0; n < 12; n++) {
            String[] grants = grantsFor(random, shared, grant);
            grant += grants.length;
            String from = random.nextInt(3) == 0 ? "i0" : "i" + random.nextInt(IDENTITIES);
            if (random.nextInt(3) == 0) {
                t.access(from, "j" + random.nextInt(3), AccessLevel.READ, "read", grants);
            } else {
                t.assume(from, "i" + random.nextInt(IDENTITIES), grants);
            }
        }
        for (int g = 0; g < (shared ? GRANTS : grant); g++) {
            GrantKind kind = random.nextBoolean() ? GrantKind.TRUST_STATEMENT : GrantKind.INLINE_POLICY;
            t.grant("g" + g, kind, "i" + random.nextInt(IDENTITIES), random.nextInt(3) == 0 ? "2026-01-01" : "");
        }
        return t.build();
    }

    private static String[] grantsFor(Random random, boolean shared, int next) {
        int count = random.nextInt(8) == 0 ? 0 : 1 + (random.nextInt(3) == 0 ? 1 : 0);
        String[] grants = new String[count];
        for (int i = 0; i < count; i++) {
            grants[i] = "g" + (shared ? random.nextInt(GRANTS) : next + i);
        }
        return grants;
    }
}

package io.blastwall.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The all-identities sweep against the per-identity radius, and both against a naive reading of the rules. */
class RadiusSweepPropertyTest {
    private static final EntityKind[] IDENTITY_KINDS =
            {EntityKind.ROLE, EntityKind.SERVICE_ACCOUNT, EntityKind.HUMAN, EntityKind.GROUP, EntityKind.AI_AGENT};
    private static final RelationKind[] TRAVERSABLE = {RelationKind.CAN_ASSUME, RelationKind.MEMBER_OF,
            RelationKind.CAN_PASS_ROLE, RelationKind.CAN_IMPERSONATE, RelationKind.RUNS_AS};
    private static final RelationKind[] OTHER = {RelationKind.HAS_POLICY, RelationKind.OWNS};
    private static final AccessLevel[] LEVELS = {AccessLevel.LIST, AccessLevel.READ, AccessLevel.TAGGING,
            AccessLevel.WRITE, AccessLevel.PERMISSIONS_MANAGEMENT, AccessLevel.ADMIN};

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void allAgreesWithTheRadiusOfEveryIdentity(long seed) {
        IdentityGraph g = randomGraph(new Random(seed), 40, 25);
        BlastRadiusAnalyzer analyzer = new BlastRadiusAnalyzer(g);

        List<RadiusSummary> all = analyzer.all(ProgressListener.NONE);

        List<RadiusSummary> perIdentity = g.entities().stream().filter(Entity::isIdentity)
                .map(e -> summary(analyzer.radius(e.id())))
                .sorted(RadiusSweep.RANKING)
                .toList();
        assertEquals(perIdentity, all);
        assertTrue(all.stream().anyMatch(s -> s.identitiesReached() > 3 && s.crownJewelsReached() > 0),
                "the random graph has non-trivial radii");
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 8, 13, 21, 34})
    void sharingClosuresBetweenComponentsGivesTheSameSummaries(long seed) {
        IdentityGraph g = randomGraph(new Random(seed), 60, 30);
        GraphIndex index = new GraphIndex(g);
        StrongComponents components = StrongComponents.of(index.traversable(), index.entityCount());

        List<RadiusSummary> shared = new RadiusSweep(index, components, 1).run(ProgressListener.NONE);
        List<RadiusSummary> separate = new RadiusSweep(index, components, Integer.MAX_VALUE).run(ProgressListener.NONE);

        assertEquals(separate, shared);
        assertEquals(new BlastRadiusAnalyzer(g).all(ProgressListener.NONE), shared);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sharingClosuresOfLayeredGraphsGivesTheRadiusOfEveryIdentity(long seed) {
        IdentityGraph g = layeredGraph(new Random(seed), 6, 12, 40);
        GraphIndex index = new GraphIndex(g);
        StrongComponents components = StrongComponents.of(index.traversable(), index.entityCount());
        BlastRadiusAnalyzer analyzer = new BlastRadiusAnalyzer(g);
        List<RadiusSummary> perIdentity = g.entities().stream().filter(Entity::isIdentity)
                .map(e -> summary(analyzer.radius(e.id())))
                .sorted(RadiusSweep.RANKING)
                .toList();

        for (int hubMinSize : new int[] {1, 2, 5, 20, Integer.MAX_VALUE}) {
            assertEquals(perIdentity, new RadiusSweep(index, components, hubMinSize).run(ProgressListener.NONE),
                    "hubs from " + hubMinSize);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 11, 99})
    void radiusReachesWhatANaiveSearchReaches(long seed) {
        IdentityGraph g = randomGraph(new Random(seed), 30, 20);
        BlastRadiusAnalyzer analyzer = new BlastRadiusAnalyzer(g);

        for (Entity e : g.entities().stream().filter(Entity::isIdentity).toList()) {
            BlastRadius radius = analyzer.radius(e.id());
            Set<EntityId> acting = naiveActingSet(g, e.id());
            assertEquals(naiveIdentities(g, acting, e.id()),
                    radius.identities().stream().map(ReachedIdentity::identity).collect(Collectors.toSet()));
            assertEquals(naiveResources(g, acting, e.id()),
                    radius.resources().stream().map(ReachedResource::resource).collect(Collectors.toSet()));
        }
    }

    private static RadiusSummary summary(BlastRadius r) {
        return new RadiusSummary(r.identity(), r.identities().size(), r.resources().size(), r.crownJewels().size(),
                r.score());
    }

    private static Set<EntityId> naiveActingSet(IdentityGraph g, EntityId x) {
        Set<EntityId> seen = new HashSet<>(Set.of(x));
        ArrayDeque<EntityId> queue = new ArrayDeque<>(List.of(x));
        while (!queue.isEmpty()) {
            for (Relation r : g.outgoing(queue.poll())) {
                if (r.isTraversable() && seen.add(r.to())) {
                    queue.add(r.to());
                }
            }
        }
        return seen;
    }

    private static Set<EntityId> naiveIdentities(IdentityGraph g, Set<EntityId> acting, EntityId x) {
        return acting.stream().filter(v -> !v.equals(x) && g.require(v).isIdentity()).collect(Collectors.toSet());
    }

    private static Set<EntityId> naiveResources(IdentityGraph g, Set<EntityId> acting, EntityId x) {
        Set<EntityId> resources = acting.stream().filter(v -> !v.equals(x) && !g.require(v).isIdentity())
                .collect(Collectors.toSet());
        for (EntityId u : acting) {
            for (Relation r : g.outgoing(u)) {
                boolean actingIdentity = acting.contains(r.to()) && g.require(r.to()).isIdentity();
                if (r.kind() == RelationKind.CAN_ACCESS && !r.to().equals(x) && !actingIdentity) {
                    resources.add(r.to());
                }
            }
        }
        return resources;
    }

    /** Identities of mixed kinds and sensitivities, resources, and a mix of every kind of relation. */
    static IdentityGraph randomGraph(Random random, int identities, int resources) {
        TestGraph t = TestGraph.create();
        Sensitivity[] sensitivities = Sensitivity.values();
        for (int i = 0; i < identities; i++) {
            t.entity("i" + i, pick(random, IDENTITY_KINDS), pick(random, sensitivities));
        }
        for (int i = 0; i < resources; i++) {
            t.entity("r" + i, EntityKind.RESOURCE, pick(random, sensitivities));
        }
        Supplier<String> anyIdentity = () -> "i" + random.nextInt(identities);
        for (int i = 0; i < identities * 2; i++) {
            t.relation(anyIdentity.get(), anyIdentity.get(), pick(random, TRAVERSABLE), "g" + random.nextInt(30));
        }
        for (int i = 0; i < identities * 3; i++) {
            String target = random.nextInt(8) == 0 ? anyIdentity.get() : "r" + random.nextInt(resources);
            t.access(anyIdentity.get(), target, pick(random, LEVELS), "act" + random.nextInt(5));
        }
        for (int i = 0; i < identities / 4; i++) {
            t.relation(anyIdentity.get(), "r" + random.nextInt(resources), RelationKind.ADMIN_OF);
            t.relation(anyIdentity.get(), anyIdentity.get(), pick(random, OTHER));
        }
        return t.build();
    }

    /**
     * Identities in layers with traversable relations mostly to later layers (many components, few cycles),
     * pivots that are not identities but lead on (accounts, say), and access to resources, pivots and
     * identities of any layer, so that closures overlap in every way.
     */
    static IdentityGraph layeredGraph(Random random, int layers, int perLayer, int resources) {
        TestGraph t = TestGraph.create();
        Sensitivity[] sensitivities = Sensitivity.values();
        for (int l = 0; l < layers; l++) {
            for (int k = 0; k < perLayer; k++) {
                t.entity("i" + l + "-" + k, pick(random, IDENTITY_KINDS), pick(random, sensitivities));
            }
        }
        for (int i = 0; i < perLayer; i++) {
            t.entity("p" + i, EntityKind.RESOURCE, pick(random, sensitivities));
        }
        for (int i = 0; i < resources; i++) {
            t.entity("r" + i, EntityKind.RESOURCE, pick(random, sensitivities));
        }
        for (int l = 0; l < layers; l++) {
            for (int k = 0; k < perLayer; k++) {
                layeredRelations(t, random, "i" + l + "-" + k, l, layers, perLayer, resources);
            }
        }
        for (int i = 0; i < perLayer; i++) {
            String next = "i" + random.nextInt(layers) + "-" + random.nextInt(perLayer);
            t.relation("p" + i, next, pick(random, TRAVERSABLE));
        }
        return t.build();
    }

    private static void layeredRelations(TestGraph t, Random random, String from, int layer, int layers,
            int perLayer, int resources) {
        for (int n = random.nextInt(3); n > 0; n--) {
            int to = random.nextInt(10) == 0 ? layer : layer + 1 + random.nextInt(Math.max(1, layers - layer - 1));
            if (to < layers) {
                t.relation(from, "i" + to + "-" + random.nextInt(perLayer), pick(random, TRAVERSABLE));
            }
        }
        if (random.nextInt(4) == 0) {
            t.relation(from, "p" + random.nextInt(perLayer), RelationKind.ADMIN_OF);
        }
        for (int n = random.nextInt(4); n > 0; n--) {
            t.access(from, "r" + random.nextInt(resources), pick(random, LEVELS), "act" + random.nextInt(3));
        }
        if (random.nextInt(3) == 0) {
            String target = random.nextBoolean() ? "p" + random.nextInt(perLayer)
                    : "i" + random.nextInt(layers) + "-" + random.nextInt(perLayer);
            t.access(from, target, pick(random, LEVELS), "read");
        }
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}

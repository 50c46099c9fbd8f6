package io.blastwall.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.analysis.RadiusSummary;
import io.blastwall.analysis.TraversalProbe;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A small estate: exact sizes, every kind present, the same seed gives the same graph, the analysis runs. */
class EstateGeneratorTest {
    private static final EstateSize SMALL = new EstateSize(2_000, 5_000, 40_000, 7L);

    @Test
    void generatesExactlyTheIdentitiesAndRelationsAsked() {
        IdentityGraph graph = EstateGenerator.generate(SMALL);

        long identities = graph.entities().stream().filter(Entity::isIdentity).count();
        long resources = graph.entities().stream()
                .filter(e -> e.id().value().contains("/res-") || e.id().value().contains("/obj-"))
                .count();
        assertEquals(SMALL.identities(), identities);
        assertEquals(SMALL.resources(), resources);
        assertEquals(SMALL.relations(), graph.relationCount());
    }

    @Test
    void coversEveryIdentityKindAndEveryRelationKind() {
        IdentityGraph graph = EstateGenerator.generate(SMALL);

        Set<EntityKind> kinds = graph.entities().stream().map(Entity::kind).collect(Collectors.toSet());
        Set<RelationKind> relationKinds = graph.relations().stream().map(Relation::kind).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(EntityKind.class), kinds);
        assertEquals(EnumSet.allOf(RelationKind.class), relationKinds);
    }

    @Test
    void sameSizeAndSeedGiveTheSameGraph() {
        IdentityGraph first = EstateGenerator.generate(SMALL);
        IdentityGraph second = EstateGenerator.generate(SMALL);

        assertEquals(List.copyOf(first.relations()), List.copyOf(second.relations()));
        assertEquals(List.copyOf(first.entities()), List.copyOf(second.entities()));
        assertEquals(List.copyOf(first.grants()), List.copyOf(second.grants()));
    }

    @Test
    void theAnalysisRanksEveryIdentityAndTheTopOneReachesCrownJewels() {
        IdentityGraph graph = EstateGenerator.generate(SMALL);
        Analysis analysis = new Analysis(graph);

        List<RadiusSummary> ranking = analysis.radii().all(ProgressListener.NONE);

        assertEquals(SMALL.identities(), ranking.size());
        assertTrue(ranking.get(0).crownJewelsReached() > 0, "top identity reaches no crown jewel: " + ranking.get(0));
        assertEquals(ranking.get(0).resourcesReached(),
                analysis.radii().radius(ranking.get(0).identity()).resources().size());
    }

    @Test
    void theCsrReferenceReachesWhatTheRadiusReaches() {
        IdentityGraph graph = EstateGenerator.generate(SMALL);
        Analysis analysis = new Analysis(graph);
        RadiusSummary top = analysis.radii().all(ProgressListener.NONE).get(0);
        CsrReference csr = new CsrReference(graph);

        int reached = csr.bfs(csr.number(top.identity()));

        assertEquals(1 + top.identitiesReached() + top.resourcesReached(), reached);
        assertEquals(reached, new TraversalProbe(graph).traverse(top.identity()));
    }
}

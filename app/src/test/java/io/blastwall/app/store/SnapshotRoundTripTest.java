package io.blastwall.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Evidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Snapshot;
import io.blastwall.model.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStoreExtension.class)
class SnapshotRoundTripTest {
    private final IdentityGraph graph = StoreFixtures.everyKind();
    private final List<String> saved = new ArrayList<>();

    @AfterEach
    void deleteSavedSnapshots(Neo4jGraphStore store) throws StoreException {
        for (String id : saved) {
            store.delete(id);
        }
    }

    @Test
    void loadsBackEveryEntityWithItsTagsAndProperties(Neo4jGraphStore store) throws StoreException {
        Snapshot saved = save(store, graph, "every kind", StoreFixtures.SOURCES);

        IdentityGraph loaded = store.load(saved.id(), ProgressListener.NONE);

        assertEquals(StoreFixtures.entitiesById(graph), StoreFixtures.entitiesById(loaded));
    }

    @Test
    void loadsBackEveryRelationWithAllItsFields(Neo4jGraphStore store) throws StoreException {
        Snapshot saved = save(store, graph, "every kind", StoreFixtures.SOURCES);

        IdentityGraph loaded = store.load(saved.id(), ProgressListener.NONE);

        assertEquals(StoreFixtures.relationsById(graph), StoreFixtures.relationsById(loaded));
    }

    @Test
    void loadsBackEveryGrantWithItsEvidence(Neo4jGraphStore store) throws StoreException {
        Snapshot saved = save(store, graph, "every kind", StoreFixtures.SOURCES);

        IdentityGraph loaded = store.load(saved.id(), ProgressListener.NONE);

        assertEquals(StoreFixtures.grantsById(graph), StoreFixtures.grantsById(loaded));
    }

    @Test
    void storesEachEvidenceStatementOnceAndSharesItWhenLoaded(Neo4jGraphStore store) throws StoreException {
        Snapshot saved = save(store, graph, "evidence", List.of());

        CypherResult stored = store.console().run(
                "MATCH (v:Evidence {snapshotId: $id}) RETURN count(v)", Map.of("id", saved.id()));
        IdentityGraph loaded = store.load(saved.id(), ProgressListener.NONE);

        Set<Evidence> distinct = graph.relations().stream()
                .flatMap(relation -> relation.evidence().stream())
                .collect(Collectors.toSet());
        Set<Evidence> loadedInstances = Collections.newSetFromMap(new IdentityHashMap<>());
        loaded.relations().forEach(relation -> loadedInstances.addAll(relation.evidence()));
        assertTrue(distinct.size() < graph.relations().stream().mapToInt(r -> r.evidence().size()).sum(),
                "the fixture shares a statement between relations");
        assertEquals(List.of(Integer.toString(distinct.size()), distinct.size()),
                List.of(stored.rows().get(0).get(0), loadedInstances.size()));
    }

    @Test
    void findsTheEvidenceOfARelationshipInOrderFromTheConsole(Neo4jGraphStore store) throws StoreException {
        Snapshot saved = save(store, graph, "evidence query", List.of());
        Relation relation = graph.relations().stream()
                .filter(r -> r.evidence().size() > 1)
                .findFirst()
                .orElseThrow();

        CypherResult result = store.console().run("""
                MATCH (:Entity {snapshotId: $id})-[r {id: $relation}]->()
                UNWIND r.evidence AS number
                MATCH (v:Evidence {snapshotId: $id, id: number})
                RETURN v.location, v.text""", Map.of("id", saved.id(), "relation", relation.id().value()));

        assertEquals(relation.evidence().stream().map(e -> List.of(e.location(), e.text())).toList(),
                result.rows());
    }

    @Test
    void findsTheSavedSnapshotWithItsSourcesInOrder(Neo4jGraphStore store) throws StoreException {
        Snapshot saved = save(store, graph, "every kind", StoreFixtures.SOURCES);

        assertEquals(
                new Snapshot(saved.id(), "every kind", saved.createdAt(), StoreFixtures.SOURCES,
                        EntityKind.values().length, RelationKind.values().length),
                store.find(saved.id()).orElseThrow());
    }

    @Test
    void roundTripsAnEmptyGraph(Neo4jGraphStore store) throws StoreException {
        Snapshot saved = save(store, IdentityGraph.empty(), "empty", List.of());

        IdentityGraph loaded = store.load(saved.id(), ProgressListener.NONE);

        assertEquals(List.of(0, 0, 0), List.of(loaded.entityCount(), loaded.relationCount(), loaded.grants().size()));
    }

    @Test
    void labelsEachEntityWithItsKind(Neo4jGraphStore store) throws StoreException {
        Snapshot saved = save(store, graph, "labels", List.of());

        CypherResult result = store.console().run("""
                MATCH (e:Entity {snapshotId: $id})
                RETURN [label IN labels(e) WHERE label <> 'Entity'][0] AS label, e.kind AS kind""",
                Map.of("id", saved.id()));

        Map<String, String> expected = Arrays.stream(EntityKind.values())
                .collect(Collectors.toMap(Cypher::label, EntityKind::name));
        assertEquals(expected, result.rows().stream().collect(Collectors.toMap(row -> row.get(0), row -> row.get(1))));
    }

    @Test
    void typesEachRelationshipWithItsKind(Neo4jGraphStore store) throws StoreException {
        Snapshot saved = save(store, graph, "types", List.of());

        CypherResult result = store.console().run(
                "MATCH (:Entity {snapshotId: $id})-[r]->(:Entity) RETURN type(r)", Map.of("id", saved.id()));

        Set<String> expected = Arrays.stream(RelationKind.values()).map(Enum::name).collect(Collectors.toSet());
        assertEquals(expected, result.rows().stream().map(row -> row.get(0)).collect(Collectors.toSet()));
    }

    @Test
    void reportsProgressUpToEverythingWritten(Neo4jGraphStore store) throws StoreException {
        long[] last = new long[2];
        saved.add(store.save(graph, "progress", List.of(), (message, done, total) -> {
            last[0] = done;
            last[1] = total;
        }).id());

        long everything = graph.entityCount() + graph.grants().size() + graph.relationCount();
        assertEquals(List.of(everything, everything), List.of(last[0], last[1]));
    }

    private Snapshot save(Neo4jGraphStore store, IdentityGraph content, String label, List<SourceFile> sources)
            throws StoreException {
        Snapshot snapshot = store.save(content, label, sources, ProgressListener.NONE);
        saved.add(snapshot.id());
        return snapshot;
    }
}

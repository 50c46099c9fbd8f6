package io.blastwall.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.CrownJewelMarking;
import io.blastwall.analysis.CrownJewelMarkings;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.StoreSettings;
import io.blastwall.app.Workspace;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.model.EntityId;
import io.blastwall.model.Snapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EmbeddedStoreExtension.class)
class MarkingStoreTest {
    private static final EntityId PLAIN = StoreFixtures.entityId(0);
    private static final EntityId CRITICAL = StoreFixtures.entityId(4);

    @TempDir
    Path home;

    @Test
    void markingsAreStoredWithTheSnapshotAndAppliedWhenItIsLoaded(Neo4jGraphStore store) throws StoreException {
        Snapshot snapshot = store.save(StoreFixtures.everyKind(), "marked", List.of(), ProgressListener.NONE);
        Workspace workspace = Workspace.over(StoreSettings.embedded(home), store);

        workspace.mark(snapshot.id(), PLAIN, CrownJewelMarking.CROWN_JEWEL);
        workspace.mark(snapshot.id(), CRITICAL, CrownJewelMarking.NOT_CROWN_JEWEL);
        LoadedSnapshot loaded = workspace.load(snapshot.id(), ProgressListener.NONE);

        assertEquals(new CrownJewelMarkings(Map.of(PLAIN, CrownJewelMarking.CROWN_JEWEL,
                CRITICAL, CrownJewelMarking.NOT_CROWN_JEWEL)), store.markings(snapshot.id()));
        assertTrue(loaded.graph().require(PLAIN).isCrownJewel());
        assertFalse(loaded.graph().require(CRITICAL).isCrownJewel());
        assertTrue(loaded.analysis().radii().crownJewels().contains(PLAIN));
        store.delete(snapshot.id());
    }

    @Test
    void aNewMarkingReplacesTheOldOneAndClearingRemovesIt(Neo4jGraphStore store) throws StoreException {
        Snapshot snapshot = store.save(StoreFixtures.everyKind(), "remarked", List.of(), ProgressListener.NONE);

        store.saveMarking(snapshot.id(), PLAIN, CrownJewelMarking.CROWN_JEWEL);
        store.saveMarking(snapshot.id(), PLAIN, CrownJewelMarking.NOT_CROWN_JEWEL);
        CrownJewelMarkings replaced = store.markings(snapshot.id());
        store.clearMarking(snapshot.id(), PLAIN);

        assertEquals(new CrownJewelMarkings(Map.of(PLAIN, CrownJewelMarking.NOT_CROWN_JEWEL)), replaced);
        assertEquals(CrownJewelMarkings.none(), store.markings(snapshot.id()));
        store.delete(snapshot.id());
    }

    @Test
    void markingsBelongToOneSnapshotAndGoWithIt(Neo4jGraphStore store) throws StoreException {
        Snapshot first = store.save(StoreFixtures.everyKind(), "first", List.of(), ProgressListener.NONE);
        Snapshot second = store.save(StoreFixtures.everyKind(), "second", List.of(), ProgressListener.NONE);
        store.saveMarking(first.id(), PLAIN, CrownJewelMarking.CROWN_JEWEL);

        CrownJewelMarkings ofSecond = store.markings(second.id());
        store.delete(first.id());

        assertEquals(CrownJewelMarkings.none(), ofSecond);
        assertEquals(CrownJewelMarkings.none(), store.markings(first.id()));
        store.delete(second.id());
    }

    @Test
    void anUnknownEntityOrSnapshotIsRefused(Neo4jGraphStore store) throws StoreException {
        Snapshot snapshot = store.save(StoreFixtures.everyKind(), "unknown", List.of(), ProgressListener.NONE);

        StoreException entity = assertThrows(StoreException.class,
                () -> store.saveMarking(snapshot.id(), EntityId.of("nope"), CrownJewelMarking.CROWN_JEWEL));
        StoreException noSnapshot = assertThrows(StoreException.class,
                () -> store.saveMarking("1999-01-01T00-00-00-000000", PLAIN, CrownJewelMarking.CROWN_JEWEL));

        assertEquals("There is no entity nope in snapshot " + snapshot.id() + ".", entity.getMessage());
        assertTrue(noSnapshot.getMessage().startsWith("There is no entity"), noSnapshot.getMessage());
        store.delete(snapshot.id());
    }
}

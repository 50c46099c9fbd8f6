package io.blastwall.app;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.CrownJewelMarking;
import io.blastwall.analysis.CrownJewelMarkings;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.store.GraphStore;
import io.blastwall.app.store.Neo4jGraphStore;
import io.blastwall.app.store.StoreException;
import io.blastwall.importer.ImportException;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import io.blastwall.sampledata.SampleDataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application service shared by the window and the command line: import into the store, list,
 * load and analyse snapshots. Thread-safe for one caller at a time; callers run it off the FX thread.
 */
public final class Workspace implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final StoreSettings settings;
    private final GraphStore store;

    private Workspace(StoreSettings settings, GraphStore store) {
        this.settings = settings;
        this.store = store;
    }

    /** Opens the embedded store (starting Neo4j) or connects to a server. */
    public static Workspace open(StoreSettings settings) throws StoreException {
        GraphStore store = settings.uri().isPresent()
                ? Neo4jGraphStore.remote(settings.uri().get(), settings.user(), settings.password(), settings.database())
                : Neo4jGraphStore.embedded(settings.dataDir().resolve("neo4j"));
        return new Workspace(settings, store);
    }

    /** Wraps an already open store (tests, or a store shared with another component). */
    public static Workspace over(StoreSettings settings, GraphStore store) {
        return new Workspace(settings, store);
    }

    public StoreSettings settings() {
        return settings;
    }

    public GraphStore store() {
        return store;
    }

    /** Imports the inputs as one snapshot: all of it is stored, or nothing is. */
    public ImportOutcome importInputs(List<Path> inputs, ImportOptions options, String label, ProgressListener progress)
            throws ImportException, StoreException {
        ImportResult result = new SnapshotImporter(options).importAll(inputs, progress);
        Snapshot snapshot = store.save(result.graph(), label, result.sources(), progress);
        LOG.info("Stored snapshot {} ({} entities, {} relations, {} warnings)", snapshot.id(),
                snapshot.entityCount(), snapshot.relationCount(), result.warnings().size());
        return new ImportOutcome(snapshot, result.warnings());
    }

    public List<Snapshot> snapshots() throws StoreException {
        return store.list();
    }

    public Optional<Snapshot> latest() throws StoreException {
        return store.latest();
    }

    /** Reads a snapshot back, applies the analyst's crown-jewel markings and builds its analysis. */
    public LoadedSnapshot load(String snapshotId, ProgressListener progress) throws StoreException {
        Snapshot snapshot = store.find(snapshotId)
                .orElseThrow(() -> new StoreException("no snapshot " + snapshotId + " (see `blastwall snapshots`)"));
        IdentityGraph graph = store.markings(snapshotId).applyTo(store.load(snapshotId, progress));
        progress.progress("Building the analysis graph", 0, -1);
        return new LoadedSnapshot(snapshot, graph, new Analysis(graph));
    }

    /** The newest snapshot; with an empty store, imports the bundled sample environment first. */
    public LoadedSnapshot loadLatestOrSample(ProgressListener progress)
            throws StoreException, ImportException, IOException {
        Optional<Snapshot> latest = store.latest();
        if (latest.isPresent()) {
            return load(latest.get().id(), progress);
        }
        return importSample(progress);
    }

    /** Imports the bundled sample environment as a new snapshot and loads it. */
    public LoadedSnapshot importSample(ProgressListener progress) throws StoreException, ImportException, IOException {
        SampleDataset sample = SampleDataset.NORTHWIND;
        Path folder = sample.extractTo(settings.dataDir().resolve("samples"));
        ImportOutcome outcome = importInputs(List.of(folder), ImportOptions.defaults(), sample.title(), progress);
        return load(outcome.snapshot().id(), progress);
    }

    /** Stores the analyst's marking of an entity of a snapshot; it applies from the next {@link #load}. */
    public void mark(String snapshotId, EntityId entity, CrownJewelMarking marking) throws StoreException {
        store.saveMarking(snapshotId, entity, marking);
    }

    /** Removes the analyst's marking of an entity of a snapshot. */
    public void unmark(String snapshotId, EntityId entity) throws StoreException {
        store.clearMarking(snapshotId, entity);
    }

    public CrownJewelMarkings markings(String snapshotId) throws StoreException {
        return store.markings(snapshotId);
    }

    public void delete(String snapshotId) throws StoreException {
        store.delete(snapshotId);
    }

    @Override
    public void close() {
        store.close();
    }
}

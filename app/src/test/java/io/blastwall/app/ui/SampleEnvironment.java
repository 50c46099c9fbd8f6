package io.blastwall.app.ui;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.Snapshot;
import io.blastwall.sampledata.SampleDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The bundled Northwind sample, imported and analysed in memory (no store), once per test run: for view
 * tests that want a real, mid-sized radius.
 */
public final class SampleEnvironment {
    private static LoadedSnapshot loaded;

    private SampleEnvironment() {}

    public static synchronized LoadedSnapshot loaded() throws Exception {
        if (loaded == null) {
            Path folder = SampleDataset.NORTHWIND.extractTo(Files.createTempDirectory("blastwall-sample"));
            ImportResult result = new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(folder),
                    ProgressListener.NONE);
            Snapshot snapshot = new Snapshot("sample", SampleDataset.NORTHWIND.title(), Instant.EPOCH, List.of(),
                    result.graph().entityCount(), result.graph().relationCount());
            loaded = new LoadedSnapshot(snapshot, result.graph(), new Analysis(result.graph()));
        }
        return loaded;
    }

    /** The identity of the sample called {@code name}. */
    public static EntityId named(String name) throws Exception {
        return loaded().graph().entities().stream().filter(e -> e.name().equals(name)).map(Entity::id).findFirst()
                .orElseThrow(() -> new AssertionError("the sample has no " + name));
    }
}

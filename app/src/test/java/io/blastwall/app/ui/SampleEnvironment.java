package io.blastwall.app.ui;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.importer.ImportException;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.Snapshot;
import io.blastwall.sampledata.SampleDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The bundled Northwind sample, imported by the real importers into memory once per test run (no store). */
public final class SampleEnvironment {
    private static LoadedSnapshot loaded;

    private SampleEnvironment() {}

    public static synchronized LoadedSnapshot loaded() {
        if (loaded == null) {
            loaded = load();
        }
        return loaded;
    }

    /** The entity of the sample with this name. */
    public static EntityId named(String name) {
        return loaded().graph().entities().stream().filter(e -> e.name().equals(name)).map(Entity::id)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no " + name + " in the sample"));
    }

    private static LoadedSnapshot load() {
        try {
            Path folder = SampleDataset.NORTHWIND.extractTo(Files.createTempDirectory("blastwall-sample-"));
            ImportResult result = new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(folder), ProgressListener.NONE);
            Snapshot snapshot = new Snapshot("sample", SampleDataset.NORTHWIND.title(), Instant.parse("2026-12-01T09:00:00Z"),
                    result.sources(), result.graph().entityCount(), result.graph().relationCount());
            return new LoadedSnapshot(snapshot, result.graph(), new Analysis(result.graph()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportException e) {
            throw new IllegalStateException("the sample does not import", e);
        }
    }
}

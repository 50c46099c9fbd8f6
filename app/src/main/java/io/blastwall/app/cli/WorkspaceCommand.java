package io.blastwall.app.cli;

import io.blastwall.app.ImportOutcome;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.Workspace;
import io.blastwall.importer.ImportException;
import io.blastwall.importer.ImportWarning;
import io.blastwall.app.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Base of the subcommands that open the store and work on one snapshot. */
abstract class WorkspaceCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public final Integer call() throws Exception {
        TerminalProgress progress = TerminalProgress.forConsole(err());
        try (Workspace workspace = openWorkspace(progress)) {
            return run(workspace, progress);
        } finally {
            progress.finish();
            out().flush();
        }
    }

    private Workspace openWorkspace(TerminalProgress progress) throws StoreException {
        progress.progress(store.uri == null ? "Starting the embedded Neo4j" : "Connecting to " + store.uri, 0, -1);
        return Workspace.open(store.settings());
    }

    abstract int run(Workspace workspace, TerminalProgress progress) throws Exception;

    /** Imports the inputs (or the sample) when given, else loads the requested or newest snapshot. */
    LoadedSnapshot resolve(Workspace workspace, SourceOptions source, TerminalProgress progress)
            throws StoreException, ImportException, IOException {
        if (!source.inputs.isEmpty()) {
            ImportOutcome outcome = workspace.importInputs(
                    source.inputs, source.importing.options(), source.importing.label(source.inputs), progress);
            progress.finish();
            reportImport(outcome);
            return workspace.load(outcome.snapshot().id(), progress);
        }
        if (source.sample) {
            return workspace.importSample(progress);
        }
        if (source.snapshot != null) {
            return workspace.load(source.snapshot, progress);
        }
        return workspace.latest()
                .map(s -> s.id())
                .map(id -> load(workspace, id, progress))
                .orElseThrow(() -> new UserError(
                        "the store has no snapshot yet: give files to import, or --sample for the bundled sample"));
    }

    private static LoadedSnapshot load(Workspace workspace, String id, TerminalProgress progress) {
        try {
            return workspace.load(id, progress);
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
    }

    void reportImport(ImportOutcome outcome) {
        PrintWriter err = err();
        err.printf("Imported snapshot %s: %d entities, %d relations from %d file(s)%n",
                outcome.snapshot().id(), outcome.snapshot().entityCount(), outcome.snapshot().relationCount(),
                outcome.snapshot().sources().size());
        List<ImportWarning> warnings = outcome.warnings();
        int shown = Math.min(warnings.size(), 10);
        for (int i = 0; i < shown; i++) {
            err.println("  warning: " + warnings.get(i));
        }
        if (warnings.size() > shown) {
            err.printf("  ... and %d more warning(s)%n", warnings.size() - shown);
        }
        err.flush();
    }
}

package io.blastwall.app.cli;

import io.blastwall.app.ImportOutcome;
import io.blastwall.app.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import files, folders or zips as one new snapshot (all of it, or nothing).")
final class ImportCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders or zips; the format is detected from content.")
    List<Path> inputs = new ArrayList<>();

    @Mixin
    ImportSettings importing;

    @Override
    int run(Workspace workspace, TerminalProgress progress) throws Exception {
        ImportOutcome outcome = workspace.importInputs(inputs, importing.options(), importing.label(inputs), progress);
        progress.finish();
        reportImport(outcome);
        out().println(outcome.snapshot().id());
        return 0;
    }
}

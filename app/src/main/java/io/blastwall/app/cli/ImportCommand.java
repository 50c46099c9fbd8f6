package io.blastwall.app.cli;

import io.blastwall.app.ImportOutcome;
import io.blastwall.app.Workspace;
import io.blastwall.importer.ImportOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import files, folders or zips as one new snapshot (all of it, or nothing).")
final class ImportCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders or zips; the format is detected from content.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--label", paramLabel = "TEXT", description = "Label of the new snapshot.")
    String label;

    @Option(
            names = "--policies",
            paramLabel = "PATH",
            description = "Extra policy documents (file or folder) to resolve AWS-managed policies an export only references.")
    List<Path> policyDocuments = new ArrayList<>();

    @Override
    int run(Workspace workspace, TerminalProgress progress) throws Exception {
        ImportOptions options = ImportOptions.defaults().withPolicyDocuments(policyDocuments);
        String text = label != null ? label : defaultLabel(inputs);
        ImportOutcome outcome = workspace.importInputs(inputs, options, text, progress);
        progress.finish();
        reportImport(outcome);
        out().println(outcome.snapshot().id());
        return 0;
    }
}

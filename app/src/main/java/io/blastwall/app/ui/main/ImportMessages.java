package io.blastwall.app.ui.main;

import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.common.Formats;
import io.blastwall.importer.ImportWarning;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** What the window says about an import: its label, and the warnings it produced. */
final class ImportMessages {
    private ImportMessages() {}

    /** "gaad.json", or "gaad.json + 2 more": the new snapshot's label. */
    static String label(List<Path> inputs) {
        Path first = inputs.get(0).getFileName();
        String name = first == null ? inputs.get(0).toString() : first.toString();
        return inputs.size() == 1 ? name : name + " + " + (inputs.size() - 1) + " more";
    }

    /** Tells the user about skipped or doubtful records, with each one in the details; nothing if none. */
    static void reportWarnings(DialogService dialogs, String label, List<ImportWarning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        dialogs.showInformation("Imported with " + Formats.count(warnings.size(), "warning", "warnings"),
                label + " was imported, but some records were skipped or read with doubts.",
                warnings.stream().map(ImportWarning::toString).collect(Collectors.joining("\n")));
    }
}

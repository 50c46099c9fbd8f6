package io.blastwall.app.cli;

import io.blastwall.app.Workspace;
import io.blastwall.model.Snapshot;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "snapshots", mixinStandardHelpOptions = true, description = "List stored snapshots, or delete one.")
final class SnapshotsCommand extends WorkspaceCommand {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Option(names = "--delete", paramLabel = "ID", description = "Delete this snapshot.")
    String delete;

    @Override
    int run(Workspace workspace, TerminalProgress progress) throws Exception {
        if (delete != null) {
            if (workspace.store().find(delete).isEmpty()) {
                throw new UserError("no snapshot " + delete + " (see `blastwall snapshots`)");
            }
            workspace.delete(delete);
            out().println("Deleted snapshot " + delete);
            return 0;
        }
        List<Snapshot> snapshots = workspace.snapshots();
        progress.finish();
        if (snapshots.isEmpty()) {
            out().println("No snapshots in " + workspace.store().describe() + ". Import one with `blastwall import FILE`.");
            return 0;
        }
        TextTable table = new TextTable("ID", "CREATED (UTC)", "LABEL", "ENTITIES", "RELATIONS", "SOURCES");
        for (Snapshot s : snapshots) {
            table.row(s.id(), TIME.format(s.createdAt()), s.label(), String.valueOf(s.entityCount()),
                    String.valueOf(s.relationCount()), String.valueOf(s.sources().size()));
        }
        table.print(out());
        out().println("Store: " + workspace.store().describe());
        return 0;
    }
}

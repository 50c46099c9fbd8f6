package io.blastwall.app.cli;

import io.blastwall.analysis.CrownJewelMarking;
import io.blastwall.analysis.CrownJewelMarkings;
import io.blastwall.app.Workspace;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "mark",
        mixinStandardHelpOptions = true,
        description = {
            "Mark entities as crown jewels, or as not crown jewels, in a snapshot (stored with it), or list the markings.",
            "Markings apply on top of the import's classification from the next analysis on."
        })
final class MarkCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "NAME|ARN", arity = "0..*", description = "The entities to mark.")
    List<String> entities = new ArrayList<>();

    @Option(names = "--snapshot", paramLabel = "ID", description = "The snapshot (default: the newest).")
    String snapshot;

    @ArgGroup(exclusive = true)
    What what;

    static final class What {
        @Option(names = "--crown-jewel", description = "Mark as crown jewels (the default).")
        boolean crownJewel;

        @Option(names = "--not-crown-jewel", description = "Mark as not crown jewels.")
        boolean notCrownJewel;

        @Option(names = "--clear", description = "Remove the markings: the import's classification applies again.")
        boolean clear;
    }

    @Override
    int run(Workspace workspace, TerminalProgress progress) throws Exception {
        String id = snapshot != null ? snapshot : workspace.latest().map(Snapshot::id)
                .orElseThrow(() -> new UserError("the store has no snapshot yet"));
        if (workspace.store().find(id).isEmpty()) {
            throw new UserError("no snapshot " + id + " (see `blastwall snapshots`)");
        }
        if (entities.isEmpty()) {
            list(workspace.markings(id), id);
            return 0;
        }
        IdentityGraph graph = workspace.store().load(id, progress);
        progress.finish();
        IdentityResolver resolver = new IdentityResolver(graph, id);
        for (String query : entities) {
            Entity e = resolver.any(query);
            if (what != null && what.clear) {
                workspace.unmark(id, e.id());
                out().printf("%s: marking removed%n", e.name());
            } else {
                CrownJewelMarking marking = what != null && what.notCrownJewel
                        ? CrownJewelMarking.NOT_CROWN_JEWEL : CrownJewelMarking.CROWN_JEWEL;
                workspace.mark(id, e.id(), marking);
                out().printf("%s: %s%n", e.name(), marking.reason());
            }
        }
        return 0;
    }

    private void list(CrownJewelMarkings markings, String id) {
        if (markings.marks().isEmpty()) {
            out().println("No markings in snapshot " + id + ".");
            return;
        }
        TextTable t = new TextTable("ENTITY", "MARKING");
        for (Map.Entry<EntityId, CrownJewelMarking> m : markings.marks().entrySet()) {
            t.row(m.getKey().value(), m.getValue().reason());
        }
        t.print(out());
    }
}

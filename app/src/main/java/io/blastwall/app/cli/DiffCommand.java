package io.blastwall.app.cli;

import io.blastwall.analysis.IdentityDiff;
import io.blastwall.analysis.SnapshotDiff;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.Workspace;
import io.blastwall.app.report.HopExplainer;
import io.blastwall.app.store.StoreException;
import io.blastwall.model.Entity;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "What each identity gained or lost between two snapshots (default: the two newest).")
final class DiffCommand extends WorkspaceCommand {
    @Option(names = "--from", paramLabel = "ID", description = "The earlier snapshot (default: the second newest).")
    String from;

    @Option(names = "--to", paramLabel = "ID", description = "The later snapshot (default: the newest).")
    String to;

    @Option(names = "--top", paramLabel = "N", description = "Identities shown (default: ${DEFAULT-VALUE}; 0 for all).")
    int top = 25;

    @Option(names = "--all-kinds", description = "Humans and groups too (default: non-human identities only).")
    boolean allKinds;

    @Override
    int run(Workspace workspace, TerminalProgress progress) throws Exception {
        List<Snapshot> snapshots = workspace.snapshots();
        String later = to != null ? to : snapshots.isEmpty() ? null : snapshots.get(0).id();
        String earlier = from != null ? from : snapshots.size() < 2 ? null : snapshots.get(1).id();
        if (later == null || earlier == null) {
            throw new UserError("a diff needs two snapshots: import another, or give --from ID --to ID");
        }
        LoadedSnapshot before = load(workspace, earlier, progress);
        LoadedSnapshot after = load(workspace, later, progress);
        SnapshotDiff diff = SnapshotDiff.compare(before.analysis(), after.analysis(), progress);
        progress.finish();
        print(out(), before, after, diff);
        return 0;
    }

    private static LoadedSnapshot load(Workspace workspace, String id, TerminalProgress progress) {
        try {
            return workspace.load(id, progress);
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void print(PrintWriter out, LoadedSnapshot before, LoadedSnapshot after, SnapshotDiff diff) {
        out.printf("From snapshot %s (%s) to %s (%s)%n", before.snapshot().id(), before.snapshot().label(),
                after.snapshot().id(), after.snapshot().label());
        List<IdentityDiff> shown = diff.changes().stream()
                .filter(d -> allKinds || kindOf(before.graph(), after.graph(), d).kind().isRankedByDefault())
                .toList();
        out.printf("%d %sidentit%s changed%n", shown.size(), allKinds ? "" : "non-human ",
                shown.size() == 1 ? "y" : "ies");
        HopExplainer words = new HopExplainer(after.graph());
        HopExplainer oldWords = new HopExplainer(before.graph());
        int rows = top <= 0 ? shown.size() : Math.min(top, shown.size());
        for (IdentityDiff d : shown.subList(0, rows)) {
            out.println();
            switch (d.presence()) {
                case ADDED -> out.println("New identity " + words.name(d.identity()) + ":");
                case REMOVED -> out.println("Identity " + oldWords.name(d.identity()) + " is gone.");
                case BOTH -> { }
            }
            if (d.presence() != IdentityDiff.Presence.REMOVED) {
                WhatIfOption.printDelta(out, words, d);
            }
        }
        if (rows < shown.size()) {
            out.printf("%n... and %d more (--top 0 for all)%n", shown.size() - rows);
        }
    }

    private static Entity kindOf(IdentityGraph before, IdentityGraph after, IdentityDiff d) {
        return after.entity(d.identity()).orElseGet(() -> before.require(d.identity()));
    }
}

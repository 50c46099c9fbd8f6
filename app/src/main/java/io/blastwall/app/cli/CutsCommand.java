package io.blastwall.app.cli;

import io.blastwall.analysis.Cut;
import io.blastwall.analysis.CutCollateral;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.Workspace;
import io.blastwall.app.report.HopExplainer;
import io.blastwall.app.report.ReportBuilder;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "cuts",
        mixinStandardHelpOptions = true,
        description = "The cheapest set of grants to remove so an identity can no longer reach its crown jewels (or the given targets).")
final class CutsCommand extends WorkspaceCommand {
    @Mixin
    SourceOptions source;

    @Mixin
    ReportOption report;

    @Option(names = "--from", required = true, paramLabel = "NAME|ARN", description = "The identity to cut off.")
    String from;

    @Option(names = "--to", paramLabel = "NAME|ARN", description = "Target(s); default: every crown jewel reached.")
    List<String> to = new ArrayList<>();

    @Override
    int run(Workspace workspace, TerminalProgress progress) throws Exception {
        report.validate();
        LoadedSnapshot loaded = resolve(workspace, source, progress);
        progress.finish();
        IdentityResolver resolver = new IdentityResolver(loaded.graph());
        Entity start = resolver.identity(from);
        Set<EntityId> targets = new LinkedHashSet<>();
        to.forEach(t -> targets.add(resolver.any(t).id()));
        Cut cut = targets.isEmpty()
                ? loaded.analysis().cuts().minimumCutToCrownJewels(start.id())
                : loaded.analysis().cuts().minimumCut(start.id(), targets);
        print(out(), new HopExplainer(loaded.graph()), start, cut);
        if (report.requested()) {
            var ranking = loaded.analysis().radii().all(progress);
            progress.finish();
            report.write(new ReportBuilder(loaded, Clock.systemUTC()).identityReport(ranking, start, targets, progress), err());
        }
        return 0;
    }

    private static void print(PrintWriter out, HopExplainer words, Entity start, Cut cut) {
        if (cut.isEmpty()) {
            out.println("Nothing to cut: " + start.name() + " reaches none of the targets through removable grants.");
            return;
        }
        out.printf("Cut %s off from %s:%n", start.name(),
                cut.targets().stream().map(words::name).collect(Collectors.joining(", ")));
        out.printf("Remove %d grant(s), total cost %.1f; blast radius %d -> %d%n%n", cut.grants().size(), cut.cost(),
                cut.radiusBefore(), cut.radiusAfter());
        TextTable t = new TextTable("REMEDIATION", "GRANT", "HOLDER", "LAST USED", "EVIDENCE");
        for (Grant g : cut.grants()) {
            t.row(g.kind().action(), g.description(), words.name(g.holder()), g.lastUsed().isEmpty() ? "unknown" : g.lastUsed(),
                    g.evidence().sourceFile() + " at " + g.evidence().location());
        }
        t.print(out);
        if (!cut.collateral().isEmpty()) {
            out.println("\nCollateral (other identities that would lose access):");
            for (CutCollateral c : cut.collateral()) {
                out.printf(Locale.ROOT, "  %s loses %s%n", words.name(c.identity()),
                        c.lost().stream().limit(8).map(words::name).collect(Collectors.joining(", "))
                                + (c.lost().size() > 8 ? " and " + (c.lost().size() - 8) + " more" : ""));
            }
        } else {
            out.println("\nNo collateral: no other identity loses access.");
        }
    }
}

package io.blastwall.app.cli;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.Cut;
import io.blastwall.analysis.CutCollateral;
import io.blastwall.analysis.CutPlan;
import io.blastwall.analysis.CutQuery;
import io.blastwall.analysis.SnapshotDiff;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.Workspace;
import io.blastwall.app.report.HopExplainer;
import io.blastwall.app.report.ReportBuilder;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
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
        description = {
            "The cheapest set of grants to remove so an identity (or a set of them) can no longer reach its crown jewels"
                    + " (or the given targets).",
            "Shows the cheapest cut and, when it differs, the cut of the same cost closest to the identity."
        })
final class CutsCommand extends WorkspaceCommand {
    @Mixin
    SourceOptions source;

    @Mixin
    ReportOption report;

    @Mixin
    WhatIfOption whatIf;

    @Option(names = "--from", paramLabel = "NAME|ARN", description = "The identity to cut off.")
    String from;

    @Option(names = "--sources", paramLabel = "ai-agents|NAME", split = ",",
            description = "Cut a set of identities off at once: `ai-agents` (every AI agent) or names/ARNs.")
    List<String> sources = new ArrayList<>();

    @Option(names = {"--to", "--targets"}, paramLabel = "NAME|ARN", split = ",",
            description = "Target(s); default: every crown jewel reached.")
    List<String> to = new ArrayList<>();

    @Option(names = "--max-cost", paramLabel = "COST", description = "Budget: when no cut costs this little, say so, show the cheapest and exit with code 3.")
    Double maxCost;

    /** Exit code when no cut fits the --max-cost budget: scripts can tell "over budget" from success. */
    static final int OVER_BUDGET = 3;

    @Option(names = {"--exclude-grant", "--keep"}, paramLabel = "GRANT", split = ",",
            description = "Grants that must not be removed (ids, or unique parts of ids).")
    List<String> keep = new ArrayList<>();

    @Option(names = "--closest", description = "Show only the cut closest to the identity (same cost as the cheapest).")
    boolean closestOnly;

    @Override
    int run(Workspace workspace, TerminalProgress progress) throws Exception {
        report.validate();
        LoadedSnapshot loaded = resolve(workspace, source, progress);
        progress.finish();
        IdentityResolver resolver = new IdentityResolver(loaded.graph(), loaded.snapshot().id());
        Set<EntityId> starts = starts(loaded, resolver);
        Set<EntityId> targets = new LinkedHashSet<>();
        to.forEach(t -> targets.add(resolver.any(t).id()));
        Analysis analysis = whatIf.requested() ? whatIf.apply(loaded.analysis(), out()) : loaded.analysis();
        CutQuery query = CutQuery.from(starts).withTargets(targets).keeping(kept(loaded))
                .withMaxCost(maxCost == null ? Double.POSITIVE_INFINITY : maxCost);
        CutPlan plan = analysis.cuts().plan(query);
        HopExplainer words = new HopExplainer(loaded.graph());
        String who = starts.size() == 1 ? words.name(starts.iterator().next()) : starts.size() + " identities";
        print(out(), words, who, plan);
        int exitCode = plan.cheapest().isEmpty() || plan.withinBudget() ? 0 : OVER_BUDGET;
        if (whatIf.requested() && starts.size() == 1) {
            EntityId only = starts.iterator().next();
            out().println();
            WhatIfOption.printDelta(out(), words, SnapshotDiff.ofIdentity(loaded.analysis(), analysis, only));
        }
        if (report.requested() && starts.size() == 1) {
            var ranking = loaded.analysis().radii().all(progress);
            progress.finish();
            Entity start = loaded.graph().require(starts.iterator().next());
            report.write(new ReportBuilder(loaded, Clock.systemUTC()).identityReport(ranking, start, targets, progress), err());
        }
        return exitCode;
    }

    private Set<EntityId> starts(LoadedSnapshot loaded, IdentityResolver resolver) {
        if ((from == null) == sources.isEmpty()) {
            throw new UserError("give either --from NAME or --sources ai-agents|NAME,...");
        }
        Set<EntityId> starts = new LinkedHashSet<>();
        if (from != null) {
            starts.add(resolver.identity(from).id());
        }
        for (String s : sources) {
            if (s.equalsIgnoreCase("ai-agents")) {
                loaded.graph().entities().stream().filter(e -> e.kind() == EntityKind.AI_AGENT)
                        .forEach(e -> starts.add(e.id()));
            } else {
                starts.add(resolver.identity(s).id());
            }
        }
        if (starts.isEmpty()) {
            throw new UserError("the snapshot has no AI agents");
        }
        return starts;
    }

    private Set<GrantId> kept(LoadedSnapshot loaded) {
        WhatIfOption resolver = new WhatIfOption();
        resolver.grants = keep;
        return resolver.resolve(loaded.graph());
    }

    private void print(PrintWriter out, HopExplainer words, String who, CutPlan plan) {
        if (!plan.uncuttable().isEmpty()) {
            out.printf("No cut can close: %s (only relations without removable grants lead there).%n%n",
                    plan.uncuttable().stream().map(words::name).collect(Collectors.joining(", ")));
        }
        Cut cheapest = plan.cheapest();
        if (cheapest.isEmpty()) {
            out.println("Nothing to cut: " + who + " reaches none of the targets through removable grants.");
            return;
        }
        if (!plan.withinBudget()) {
            out.printf(Locale.ROOT, "No cut within the budget of %.2f: the cheapest costs %.2f.%n%n",
                    plan.query().maxCost(), cheapest.cost());
        }
        out.printf("Cut %s off from %s:%n", who,
                cheapest.targets().stream().map(words::name).collect(Collectors.joining(", ")));
        if (closestOnly) {
            printCut(out, words, "Closest to the identity", plan.closest());
            return;
        }
        printCut(out, words, plan.closestDiffers() ? "Cheapest (nearest the targets)" : "Cheapest", cheapest);
        if (plan.closestDiffers()) {
            out.println();
            printCut(out, words, "Closest to the identity (same cost)", plan.closest());
        }
    }

    private static void printCut(PrintWriter out, HopExplainer words, String title, Cut cut) {
        out.printf(Locale.ROOT, "%n%s:%nRemove %d grant(s), total cost %.1f; blast radius %d -> %d%n%n", title,
                cut.grants().size(), cut.cost(), cut.radiusBefore(), cut.radiusAfter());
        TextTable t = new TextTable("REMEDIATION", "GRANT", "HOLDER", "LAST USED", "EVIDENCE");
        for (Grant g : cut.grants()) {
            t.row(g.kind().action(), g.description(), words.name(g.holder()),
                    g.lastUsed().isEmpty() ? "unknown" : g.lastUsed(), g.evidence().sourceFile() + " at " + g.evidence().location());
        }
        t.print(out);
        out.println("Grant ids (for --remove or --exclude-grant): "
                + cut.grants().stream().map(g -> g.id().value()).collect(Collectors.joining(",")));
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

package io.blastwall.app.cli;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.RadiusSummary;
import io.blastwall.analysis.ReachedIdentity;
import io.blastwall.analysis.ReachedResource;
import io.blastwall.analysis.ScorePart;
import io.blastwall.analysis.SnapshotDiff;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.Workspace;
import io.blastwall.app.report.HopExplainer;
import io.blastwall.app.report.Report;
import io.blastwall.app.report.ReportBuilder;
import io.blastwall.app.ui.common.Formats;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Rank identities by blast radius, or show one identity in detail.",
            "With INPUT files they are imported first as a new snapshot."
        })
final class AnalyzeCommand extends WorkspaceCommand {
    @Mixin
    SourceOptions source;

    @Mixin
    ReportOption report;

    @Mixin
    WhatIfOption whatIf;

    @Option(names = {"-i", "--identity"}, paramLabel = "NAME|ARN", description = "Show this identity in detail.")
    String identity;

    @Option(names = "--top", paramLabel = "N", description = "Rows in the ranking (default: ${DEFAULT-VALUE}; 0 for all).")
    int top = 25;

    @Option(names = "--all-kinds", description = "Rank humans and groups too (default: non-human identities only).")
    boolean allKinds;

    @Override
    int run(Workspace workspace, TerminalProgress progress) throws Exception {
        report.validate();
        LoadedSnapshot loaded = resolve(workspace, source, progress);
        List<RadiusSummary> ranking = ranking(loaded.analysis(), loaded, progress);
        progress.finish();
        PrintWriter out = out();
        out.printf("Snapshot %s (%s): %d entities, %d relations%n", loaded.snapshot().id(), loaded.snapshot().label(),
                loaded.graph().entityCount(), loaded.graph().relationCount());
        Analysis analysis = whatIf.requested() ? whatIf.apply(loaded.analysis(), out) : loaded.analysis();
        ReportBuilder builder = new ReportBuilder(loaded, Clock.systemUTC());
        Report result;
        if (identity != null) {
            Entity entity = new IdentityResolver(loaded.graph(), loaded.snapshot().id()).identity(identity);
            printDetail(out, loaded.graph(), analysis.radii().radius(entity.id()), entity);
            if (whatIf.requested()) {
                out.printf(Locale.ROOT, "%nBefore the what-if: score %.1f, %d entities in the blast radius%n",
                        loaded.analysis().radii().radius(entity.id()).score(), loaded.analysis().radii().radius(entity.id()).size());
                WhatIfOption.printDelta(out, new HopExplainer(loaded.graph()),
                        SnapshotDiff.ofIdentity(loaded.analysis(), analysis, entity.id()));
            }
            result = report.requested() ? builder.identityReport(ranking, entity, Set.of(), progress) : null;
        } else if (whatIf.requested()) {
            List<RadiusSummary> after = ranking(analysis, loaded, progress);
            progress.finish();
            printRanking(out, loaded.graph(), after);
            printRankingDelta(out, loaded.graph(), ranking, after);
            result = report.requested() ? builder.snapshotReport(ranking, progress) : null;
        } else {
            printRanking(out, loaded.graph(), ranking);
            result = report.requested() ? builder.snapshotReport(ranking, progress) : null;
        }
        progress.finish();
        if (result != null) {
            report.write(result, err());
        }
        return 0;
    }

    private List<RadiusSummary> ranking(Analysis analysis, LoadedSnapshot loaded, TerminalProgress progress) {
        List<RadiusSummary> all = analysis.radii().all(progress);
        if (allKinds) {
            return all;
        }
        return all.stream().filter(s -> loaded.graph().require(s.identity()).kind().isRankedByDefault()).toList();
    }

    private void printRanking(PrintWriter out, IdentityGraph graph, List<RadiusSummary> ranking) {
        int rows = top <= 0 ? ranking.size() : Math.min(top, ranking.size());
        out.printf("%d %s identities ranked by blast radius%s:%n", ranking.size(), allKinds ? "" : "non-human",
                rows < ranking.size() ? " (first " + rows + "; --top 0 for all)" : "");
        TextTable table = new TextTable("#", "IDENTITY", "KIND", "PROVIDER", "IDENTITIES", "RESOURCES", "CROWN JEWELS", "SCORE");
        for (int i = 0; i < rows; i++) {
            RadiusSummary s = ranking.get(i);
            Entity e = graph.require(s.identity());
            table.row(String.valueOf(i + 1), e.name() + (e.isCrownJewel() ? " *" : ""), e.kind().label(),
                    e.provider().label(), String.valueOf(s.identitiesReached()), String.valueOf(s.resourcesReached()),
                    String.valueOf(s.crownJewelsReached()), String.format(Locale.ROOT, "%.1f", s.score()));
        }
        table.print(out);
        out.println("(* = the identity is itself a crown jewel, e.g. admin-equivalent)");
    }

    /** The identities whose score the what-if changed, the largest drop first. */
    private void printRankingDelta(PrintWriter out, IdentityGraph graph, List<RadiusSummary> before, List<RadiusSummary> after) {
        Map<EntityId, RadiusSummary> earlier = new HashMap<>();
        before.forEach(s -> earlier.put(s.identity(), s));
        List<RadiusSummary[]> changed = new ArrayList<>();
        for (RadiusSummary s : after) {
            RadiusSummary was = earlier.get(s.identity());
            if (was != null && !was.equals(s)) {
                changed.add(new RadiusSummary[] {was, s});
            }
        }
        changed.sort(Comparator.comparingDouble((RadiusSummary[] p) -> p[1].score() - p[0].score())
                .thenComparing(p -> p[0].identity()));
        out.printf("%nThe what-if changes %d identit%s:%n", changed.size(), changed.size() == 1 ? "y" : "ies");
        if (changed.isEmpty()) {
            return;
        }
        int rows = top <= 0 ? changed.size() : Math.min(top, changed.size());
        TextTable table = new TextTable("IDENTITY", "SCORE BEFORE", "SCORE AFTER", "RADIUS BEFORE", "RADIUS AFTER",
                "CROWN JEWELS BEFORE", "CROWN JEWELS AFTER");
        for (RadiusSummary[] p : changed.subList(0, rows)) {
            table.row(graph.require(p[0].identity()).name(), String.format(Locale.ROOT, "%.1f", p[0].score()),
                    String.format(Locale.ROOT, "%.1f", p[1].score()), String.valueOf(p[0].size()), String.valueOf(p[1].size()),
                    String.valueOf(p[0].crownJewelsReached()), String.valueOf(p[1].crownJewelsReached()));
        }
        table.print(out);
    }

    private static void printDetail(PrintWriter out, IdentityGraph graph, BlastRadius radius, Entity e) {
        out.printf("%n%s (%s, %s)%n  %s%n", e.name(), e.kind().label(), e.provider().label(), e.id());
        e.properties().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(p -> out.printf("  %s: %s%n", p.getKey(), p.getValue()));
        out.printf("%nBlast radius: %s, %s, %s; score %.1f%n",
                Formats.count(radius.identities().size(), "identity", "identities"),
                Formats.count(radius.resources().size(), "resource", "resources"),
                Formats.count(radius.crownJewels().size(), "crown jewel", "crown jewels"), radius.score());
        for (ScorePart p : radius.scoreParts()) {
            out.printf("  %6.1f  %s%n", p.points(), p.reason());
        }
        if (!radius.crownJewels().isEmpty()) {
            out.println("\nCrown jewels reached:");
            radius.crownJewels().forEach(j -> out.println("  " + graph.entity(j).map(Entity::name).orElse(j.value())));
        }
        if (!radius.identities().isEmpty()) {
            out.println("\nIdentities reached:");
            TextTable t = new TextTable("HOPS", "IDENTITY", "KIND", "CONFIDENCE");
            for (ReachedIdentity r : radius.identities()) {
                Entity x = graph.require(r.identity());
                t.row(String.valueOf(r.hops()), x.name(), x.kind().label(), r.path().confidence().label());
            }
            t.print(out);
        }
        if (!radius.resources().isEmpty()) {
            out.println("\nResources reached:");
            TextTable t = new TextTable("HOPS", "ACCESS", "RESOURCE", "CONFIDENCE");
            for (ReachedResource r : radius.resources()) {
                t.row(String.valueOf(r.hops()), r.access().label(), graph.entity(r.resource()).map(Entity::name)
                        .orElse(r.resource().value()), r.path().confidence().label());
            }
            t.print(out);
        }
    }
}

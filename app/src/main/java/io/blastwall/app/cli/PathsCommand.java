package io.blastwall.app.cli;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.PathStep;
import io.blastwall.analysis.ReachingIdentity;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.Workspace;
import io.blastwall.app.report.HopExplainer;
import io.blastwall.app.report.ReportBuilder;
import io.blastwall.app.report.StatementSource;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "paths",
        mixinStandardHelpOptions = true,
        description = {
            "Shortest attack paths from an identity to a target, or to every crown jewel it reaches, hop by hop with evidence.",
            "With --reverse: who can reach the --to target(s), and in how many hops."
        })
final class PathsCommand extends WorkspaceCommand {
    @Mixin
    SourceOptions source;

    @Mixin
    ReportOption report;

    @Mixin
    WhatIfOption whatIf;

    @Option(names = "--from", paramLabel = "NAME|ARN", description = "The identity the paths start from.")
    String from;

    @Option(names = "--k", paramLabel = "N", description = "Up to N shortest paths per target (default: ${DEFAULT-VALUE}).")
    int k = 1;

    @Option(names = {"--reverse", "--reach"}, description = "Who can reach the --to target(s): every identity whose blast radius holds it.")
    boolean reverse;

    @Option(names = "--to", paramLabel = "NAME|ARN", description = "Target(s); default: every crown jewel reached.")
    List<String> to = new ArrayList<>();

    @Option(names = "--no-evidence", description = "Print where each hop's evidence is, without its text.")
    boolean noEvidence;

    @Override
    int run(Workspace workspace, TerminalProgress progress) throws Exception {
        report.validate();
        if (k < 1) {
            throw new UserError("--k must be at least 1");
        }
        LoadedSnapshot loaded = resolve(workspace, source, progress);
        progress.finish();
        IdentityResolver resolver = new IdentityResolver(loaded.graph(), loaded.snapshot().id());
        Set<EntityId> targets = new LinkedHashSet<>();
        to.forEach(t -> targets.add(resolver.any(t).id()));
        Analysis analysis = whatIf.requested() ? whatIf.apply(loaded.analysis(), out()) : loaded.analysis();
        HopExplainer words = new HopExplainer(loaded.graph());
        if (reverse) {
            if (targets.isEmpty()) {
                throw new UserError("--reverse needs --to TARGET: the entity to find the reaching identities of");
            }
            targets.forEach(t -> printReachers(out(), loaded, analysis, words, t));
            return 0;
        }
        if (from == null) {
            throw new UserError("give --from NAME (or --reverse --to TARGET for who can reach it)");
        }
        Entity start = resolver.identity(from);
        List<AttackPath> paths = paths(analysis, start.id(), targets);
        if (whatIf.requested()) {
            out().printf("Paths before the what-if: %d; after: %d%n", paths(loaded.analysis(), start.id(), targets).size(),
                    paths.size());
        }
        print(out(), words, start, targets, paths);
        if (report.requested()) {
            var ranking = loaded.analysis().radii().all(progress);
            progress.finish();
            report.write(new ReportBuilder(loaded, Clock.systemUTC()).identityReport(ranking, start, targets, progress), err());
        }
        return 0;
    }

    private List<AttackPath> paths(Analysis analysis, EntityId start, Set<EntityId> targets) {
        if (targets.isEmpty() && k == 1) {
            return analysis.paths().toCrownJewels(start);
        }
        Set<EntityId> wanted = targets.isEmpty()
                ? analysis.paths().toCrownJewels(start).stream().map(AttackPath::target)
                        .collect(Collectors.toCollection(LinkedHashSet::new))
                : targets;
        List<AttackPath> paths = new ArrayList<>();
        for (EntityId t : wanted) {
            if (k == 1) {
                analysis.paths().shortest(start, t).filter(p -> p.hops() > 0).ifPresent(paths::add);
            } else {
                paths.addAll(analysis.paths().kShortest(start, t, k));
            }
        }
        return paths;
    }

    private static void printReachers(PrintWriter out, LoadedSnapshot loaded, Analysis analysis, HopExplainer words,
            EntityId target) {
        List<ReachingIdentity> reachers = analysis.radii().reachersOf(target);
        out.printf("%d identit%s can reach %s:%n", reachers.size(), reachers.size() == 1 ? "y" : "ies", words.name(target));
        TextTable t = new TextTable("HOPS", "IDENTITY", "KIND");
        for (ReachingIdentity r : reachers) {
            Entity e = loaded.graph().require(r.identity());
            t.row(String.valueOf(r.hops()), e.name(), e.kind().label());
        }
        if (!reachers.isEmpty()) {
            t.print(out);
        }
        out.println();
    }

    private void print(PrintWriter out, HopExplainer words, Entity start, Set<EntityId> targets, List<AttackPath> paths) {
        if (paths.isEmpty()) {
            out.println(targets.isEmpty()
                    ? start.name() + " reaches no crown jewel."
                    : "No path from " + start.name() + " to the given target(s).");
            return;
        }
        out.printf("%d attack path(s) from %s:%n", paths.size(), start.name());
        for (AttackPath p : paths) {
            out.printf("%nTo %s: %d hop(s), %s%n", words.name(p.target()), p.hops(), p.confidence().label());
            int i = 1;
            for (PathStep step : p.steps()) {
                out.printf("  %d. %s [%s, %s]%n", i++, words.explain(step), step.relation().rule(),
                        step.relation().confidence().label());
                for (Grant g : step.grants()) {
                    out.printf("     evidence: %s at %s%n", g.evidence().sourceFile(), g.evidence().location());
                    if (!noEvidence) {
                        g.evidence().text().lines().limit(20).forEach(l -> out.println("       | " + l));
                    }
                }
                for (Evidence e : step.relation().evidence()) {
                    out.printf("     statement: %s%n", StatementSource.of(e));
                    if (!noEvidence) {
                        e.text().lines().limit(20).forEach(l -> out.println("       | " + l));
                    }
                }
            }
        }
    }
}

package io.blastwall.app.cli;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.PathStep;
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
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "paths",
        mixinStandardHelpOptions = true,
        description = "Shortest attack paths from an identity to a target, or to every crown jewel it reaches, hop by hop with evidence.")
final class PathsCommand extends WorkspaceCommand {
    @Mixin
    SourceOptions source;

    @Mixin
    ReportOption report;

    @Option(names = "--from", required = true, paramLabel = "NAME|ARN", description = "The identity the paths start from.")
    String from;

    @Option(names = "--to", paramLabel = "NAME|ARN", description = "Target(s); default: every crown jewel reached.")
    List<String> to = new ArrayList<>();

    @Option(names = "--evidence", negatable = true, description = "Print the evidence text of every hop (default: ${DEFAULT-VALUE}).")
    boolean evidence = true;

    @Override
    int run(Workspace workspace, TerminalProgress progress) throws Exception {
        report.validate();
        LoadedSnapshot loaded = resolve(workspace, source, progress);
        progress.finish();
        IdentityResolver resolver = new IdentityResolver(loaded.graph());
        Entity start = resolver.identity(from);
        Set<EntityId> targets = new LinkedHashSet<>();
        to.forEach(t -> targets.add(resolver.any(t).id()));
        List<AttackPath> paths = targets.isEmpty()
                ? loaded.analysis().paths().toCrownJewels(start.id())
                : targets.stream().map(t -> loaded.analysis().paths().shortest(start.id(), t))
                        .flatMap(java.util.Optional::stream).toList();
        print(out(), new HopExplainer(loaded.graph()), start, targets, paths);
        if (report.requested()) {
            var ranking = loaded.analysis().radii().all(progress);
            progress.finish();
            report.write(new ReportBuilder(loaded, Clock.systemUTC()).identityReport(ranking, start, targets, progress), err());
        }
        return 0;
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
                    if (evidence) {
                        g.evidence().text().lines().limit(20).forEach(l -> out.println("       | " + l));
                    }
                }
            }
        }
    }
}

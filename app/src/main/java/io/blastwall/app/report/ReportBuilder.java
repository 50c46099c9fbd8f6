package io.blastwall.app.report;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.CutPlan;
import io.blastwall.analysis.CutQuery;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.analysis.RadiusSummary;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.GrantId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Computes what a report shows from a loaded snapshot. */
public final class ReportBuilder {
    /** At most this many identities get a detailed section in a whole-snapshot report. */
    public static final int DEFAULT_SECTIONS = 10;
    /** At most this many paths are shown per identity. */
    public static final int MAX_PATHS = 10;
    /** At most this many ranking rows are written. */
    public static final int MAX_RANKING = 500;

    private final LoadedSnapshot loaded;
    private final Clock clock;

    public ReportBuilder(LoadedSnapshot loaded, Clock clock) {
        this.loaded = loaded;
        this.clock = clock;
    }

    /**
     * The whole snapshot: the ranking, and sections for the riskiest non-human identities that reach crown
     * jewels, AI agents first (they are why most analysts open the report).
     */
    public Report snapshotReport(List<RadiusSummary> ranking, ProgressListener progress) {
        List<Entity> agents = new ArrayList<>();
        List<Entity> others = new ArrayList<>();
        for (RadiusSummary s : ranking) {
            Entity e = loaded.graph().require(s.identity());
            if (s.crownJewelsReached() > 0 && e.kind().isRankedByDefault()) {
                (e.kind() == EntityKind.AI_AGENT ? agents : others).add(e);
            }
        }
        List<Entity> featured = new ArrayList<>(agents.subList(0, Math.min(agents.size(), DEFAULT_SECTIONS / 2)));
        for (int i = 0; i < others.size() && featured.size() < DEFAULT_SECTIONS; i++) {
            featured.add(others.get(i));
        }
        return build(Report.Scope.SNAPSHOT, "Blast radius report", ranking, featured, Set.of(), progress);
    }

    /** One identity in detail; {@code targets} empty means its crown jewels. */
    public Report identityReport(List<RadiusSummary> ranking, Entity identity, Set<EntityId> targets, ProgressListener progress) {
        return identityReport(ranking, identity, targets, Set.of(), progress);
    }

    /**
     * One identity in detail, its cut that removes exactly {@code simulated} (the grants the analyst simulated in
     * the window; empty for none) marked as such.
     */
    public Report identityReport(List<RadiusSummary> ranking, Entity identity, Set<EntityId> targets,
            Set<GrantId> simulated, ProgressListener progress) {
        Report report = build(Report.Scope.IDENTITY, "Blast radius of " + identity.name(), ranking, List.of(identity),
                targets, progress);
        if (simulated.isEmpty()) {
            return report;
        }
        List<IdentitySection> marked = report.sections().stream()
                .map(s -> new IdentitySection(s.identity(), s.radius(), s.paths(), s.cut(), s.closestCut(), simulated))
                .toList();
        return new Report(report.scope(), report.title(), report.snapshot(), report.graph(), report.generatedAt(),
                report.ranking(), report.rankingTotal(), marked);
    }

    private Report build(Report.Scope scope, String title, List<RadiusSummary> ranking, List<Entity> featured, Set<EntityId> targets,
            ProgressListener progress) {
        List<RankedIdentity> rows = new ArrayList<>();
        for (int i = 0; i < ranking.size() && i < MAX_RANKING; i++) {
            RadiusSummary s = ranking.get(i);
            rows.add(new RankedIdentity(i + 1, loaded.graph().require(s.identity()), s));
        }
        List<IdentitySection> sections = new ArrayList<>();
        for (int i = 0; i < featured.size(); i++) {
            progress.progress("Attack paths and cuts", i, featured.size());
            sections.add(section(featured.get(i), targets));
        }
        return new Report(scope, title, loaded.snapshot(), loaded.graph(), clock.instant(), rows, ranking.size(), sections);
    }

    private IdentitySection section(Entity identity, Set<EntityId> targets) {
        Analysis analysis = loaded.analysis();
        BlastRadius radius = analysis.radii().radius(identity.id());
        List<AttackPath> paths;
        if (targets.isEmpty()) {
            paths = analysis.paths().toCrownJewels(identity.id());
        } else {
            paths = targets.stream()
                    .map(t -> analysis.paths().shortest(identity.id(), t))
                    .flatMap(java.util.Optional::stream)
                    .toList();
        }
        CutPlan plan = analysis.cuts().plan(CutQuery.from(identity.id()).withTargets(targets));
        return new IdentitySection(identity, radius, paths.stream().limit(MAX_PATHS).toList(), plan.cheapest(),
                plan.closest());
    }
}

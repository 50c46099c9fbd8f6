package io.blastwall.app.report;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.Cut;
import io.blastwall.analysis.CutCollateral;
import io.blastwall.analysis.PathStep;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.SourceFile;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

/** A Markdown report for tickets and wikis; paths as numbered hops with evidence in code blocks. */
final class MarkdownReportWriter implements ReportWriter {

    @Override
    public void write(Report r, Writer out) throws IOException {
        HopExplainer words = new HopExplainer(r.graph());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(r.title()).append("\n\n");
        md.append("Snapshot `").append(r.snapshot().id()).append("` (").append(r.snapshot().label()).append("), created ")
                .append(r.snapshot().createdAt()).append("; report generated ").append(r.generatedAt()).append(".\n\n");
        md.append("| Source file | Format | SHA-256 |\n|---|---|---|\n");
        for (SourceFile f : r.snapshot().sources()) {
            md.append("| ").append(cell(f.path())).append(" | ").append(f.format()).append(" | `").append(f.sha256()).append("` |\n");
        }
        if (r.scope() == Report.Scope.SNAPSHOT) {
            ranking(md, r);
        }
        for (IdentitySection s : r.sections()) {
            section(md, s, words);
        }
        if (r.scope() == Report.Scope.IDENTITY) {
            ranking(md, r);
        }
        out.write(md.toString());
    }

    private static void ranking(StringBuilder md, Report r) {
        md.append("\n## Identities ranked by blast radius\n\n");
        md.append("| # | Identity | Kind | Identities | Resources | Crown jewels | Score |\n|---:|---|---|---:|---:|---:|---:|\n");
        for (RankedIdentity row : r.ranking()) {
            md.append("| ").append(row.rank()).append(" | ").append(cell(row.entity().name())).append(" | ")
                    .append(row.entity().kind().label()).append(" | ").append(row.summary().identitiesReached()).append(" | ")
                    .append(row.summary().resourcesReached()).append(" | ").append(row.summary().crownJewelsReached())
                    .append(" | ").append(ReportText.score(row.summary().score())).append(" |\n");
        }
    }

    private static void section(StringBuilder md, IdentitySection s, HopExplainer words) {
        md.append("\n## ").append(s.identity().name()).append(" (").append(s.identity().kind().label()).append(")\n\n");
        md.append("`").append(s.identity().id()).append("` reaches ").append(s.radius().identities().size())
                .append(" other identities and ").append(s.radius().resources().size()).append(" resources (")
                .append(ReportText.accessSummary(s.radius())).append("), including ")
                .append(s.radius().crownJewels().size()).append(" crown jewels. Score ")
                .append(ReportText.score(s.radius().score())).append(".\n");
        for (AttackPath p : s.paths()) {
            md.append("\n### Path to ").append(words.name(p.target())).append(" (").append(p.hops()).append(" hops, ")
                    .append(p.confidence().label()).append(")\n\n");
            int i = 1;
            for (PathStep step : p.steps()) {
                md.append(i++).append(". ").append(words.explain(step)).append(" _[").append(step.relation().rule())
                        .append(", ").append(step.relation().confidence().label()).append("]_\n");
                for (Grant g : step.grants()) {
                    md.append("   - Evidence: ").append(g.evidence().sourceFile()).append(" at ")
                            .append(g.evidence().location()).append("\n\n     ```json\n")
                            .append(g.evidence().text().indent(5))
                            .append("     ```\n");
                }
                for (Evidence e : step.relation().evidence()) {
                    md.append("   - Statement: ").append(StatementSource.of(e)).append("\n\n     ```json\n")
                            .append(e.text().indent(5))
                            .append("     ```\n");
                }
            }
        }
        for (ReportText.TitledCut c : ReportText.cuts(s)) {
            cut(md, c.title(), c.cut(), words);
        }
    }

    private static void cut(StringBuilder md, String title, Cut cut, HopExplainer words) {
        md.append("\n### ").append(title).append("\n\n");
        if (cut.isEmpty()) {
            md.append("Nothing to cut.\n");
            return;
        }
        md.append("Remove ").append(cut.grants().size()).append(" grant(s), cost ").append(ReportText.score(cut.cost()))
                .append("; radius ").append(cut.radiusBefore()).append(" → ").append(cut.radiusAfter()).append(".\n\n");
        for (Grant g : cut.grants()) {
            md.append("- ").append(g.kind().action()).append(": ").append(g.description()).append('\n');
        }
        for (CutCollateral c : cut.collateral()) {
            md.append("- Collateral: ").append(words.name(c.identity())).append(" loses ")
                    .append(c.lost().stream().limit(8).map(words::name).collect(Collectors.joining(", "))).append('\n');
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}

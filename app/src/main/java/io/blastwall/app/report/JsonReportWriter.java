package io.blastwall.app.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.Cut;
import io.blastwall.analysis.CutCollateral;
import io.blastwall.analysis.PathStep;
import io.blastwall.analysis.ReachedIdentity;
import io.blastwall.analysis.ReachedResource;
import io.blastwall.model.EntityId;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.Relation;
import io.blastwall.model.SourceFile;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON with a stable, documented schema ({@code docs/report-schema.md}); schema id {@value #SCHEMA}. */
final class JsonReportWriter implements ReportWriter {
    static final String SCHEMA = "blastwall-report/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(Report r, Writer out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("scope", r.scope().name());
        root.put("title", r.title());
        root.put("generatedAt", r.generatedAt().toString());
        root.put("snapshot", snapshot(r));
        root.put("rankingTotal", r.rankingTotal());
        root.put("ranking", r.ranking().stream().map(JsonReportWriter::row).toList());
        root.put("identities", r.sections().stream().map(JsonReportWriter::section).toList());
        JSON.writeValue(out, root);
    }

    private static Map<String, Object> snapshot(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.snapshot().id());
        m.put("label", r.snapshot().label());
        m.put("createdAt", r.snapshot().createdAt().toString());
        m.put("sources", r.snapshot().sources().stream().map(JsonReportWriter::source).toList());
        return m;
    }

    private static Map<String, Object> source(SourceFile f) {
        return ordered("path", f.path(), "format", f.format(), "bytes", f.bytes(), "sha256", f.sha256());
    }

    private static Map<String, Object> row(RankedIdentity row) {
        Map<String, Object> m = ordered("rank", row.rank(), "id", row.entity().id().value(), "name", row.entity().name(),
                "kind", row.entity().kind().name(), "provider", row.entity().provider().name());
        m.put("identitiesReached", row.summary().identitiesReached());
        m.put("resourcesReached", row.summary().resourcesReached());
        m.put("crownJewelsReached", row.summary().crownJewelsReached());
        m.put("score", row.summary().score());
        return m;
    }

    private static Map<String, Object> section(IdentitySection s) {
        Map<String, Object> m = ordered("id", s.identity().id().value(), "name", s.identity().name(),
                "kind", s.identity().kind().name(), "score", s.radius().score());
        m.put("scoreParts", s.radius().scoreParts().stream().map(p -> ordered("reason", p.reason(), "points", p.points())).toList());
        m.put("identities", s.radius().identities().stream().map(JsonReportWriter::reached).toList());
        m.put("resources", s.radius().resources().stream().map(JsonReportWriter::resource).toList());
        m.put("crownJewels", ids(s.radius().crownJewels()));
        m.put("paths", s.paths().stream().map(JsonReportWriter::path).toList());
        m.put("cut", cut(s.cut()));
        m.put("closestCut", cut(s.closestCut()));
        if (!s.simulated().isEmpty()) {
            m.put("simulatedGrants", s.simulated().stream().map(g -> g.value()).sorted().toList());
        }
        return m;
    }

    private static Map<String, Object> reached(ReachedIdentity r) {
        return ordered("id", r.identity().value(), "hops", r.hops());
    }

    private static Map<String, Object> resource(ReachedResource r) {
        Map<String, Object> m = ordered("id", r.resource().value(), "access", r.access().name(), "hops", r.hops());
        m.put("actions", r.actions().stream().sorted().toList());
        return m;
    }

    private static Map<String, Object> path(AttackPath p) {
        Map<String, Object> m = ordered("source", p.source().value(), "target", p.target().value(),
                "hops", p.hops(), "confidence", p.confidence().name());
        m.put("steps", p.steps().stream().map(JsonReportWriter::step).toList());
        return m;
    }

    private static Map<String, Object> step(PathStep s) {
        Relation r = s.relation();
        Map<String, Object> m = ordered("relation", r.id().value(), "from", r.from().value(), "to", r.to().value(),
                "kind", r.kind().name());
        m.put("access", r.access().name());
        m.put("actions", r.actions().stream().sorted().toList());
        m.put("rule", r.rule());
        m.put("confidence", r.confidence().name());
        m.put("conditions", r.conditions());
        m.put("grants", s.grants().stream().map(JsonReportWriter::grant).toList());
        m.put("evidence", r.evidence().stream().map(JsonReportWriter::evidence).toList());
        return m;
    }

    private static Map<String, Object> grant(Grant g) {
        Map<String, Object> m = ordered("id", g.id().value(), "kind", g.kind().name(), "holder", g.holder().value(),
                "subject", g.subject());
        m.put("description", g.description());
        m.put("lastUsed", g.lastUsed());
        m.put("evidence", evidence(g.evidence()));
        return m;
    }

    private static Map<String, Object> evidence(Evidence e) {
        return ordered("sourceFile", e.sourceFile(), "location", e.location(), "text", e.text());
    }

    private static Map<String, Object> cut(Cut c) {
        Map<String, Object> m = ordered("targets", ids(c.targets()), "cost", c.cost(), "radiusBefore", c.radiusBefore(),
                "radiusAfter", c.radiusAfter());
        m.put("grants", c.grants().stream().map(JsonReportWriter::grant).toList());
        m.put("collateral", c.collateral().stream().map(JsonReportWriter::collateral).toList());
        return m;
    }

    private static Map<String, Object> collateral(CutCollateral c) {
        return ordered("identity", c.identity().value(), "lost", ids(c.lost()));
    }

    private static List<String> ids(List<EntityId> ids) {
        return ids.stream().map(EntityId::value).toList();
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}

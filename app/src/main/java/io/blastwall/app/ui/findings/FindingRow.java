package io.blastwall.app.ui.findings;

import io.blastwall.analysis.Finding;
import io.blastwall.model.Evidence;
import io.blastwall.model.IdentityGraph;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One finding as a table row.
 *
 * @param subjectName the name of the identity or key it is about
 */
public record FindingRow(Finding finding, String subjectName) {
    public FindingRow {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(subjectName, "subjectName");
    }

    static FindingRow of(Finding finding, IdentityGraph graph) {
        return new FindingRow(finding, graph.entity(finding.subject()).map(e -> e.name()).orElse(finding.subject().value()));
    }

    public String severity() {
        return finding.severity().label();
    }

    /** "NHI5:2025 Overprivileged NHI". */
    public String owasp() {
        return finding.owasp().id() + " " + finding.owasp().title();
    }

    public String title() {
        return finding.kind().title();
    }

    public String summary() {
        return finding.summary();
    }

    /** The evidence as text: each item's file and place, then its text. */
    public String evidenceText() {
        if (finding.evidence().isEmpty()) {
            return "No evidence recorded.";
        }
        return finding.evidence().stream().map(FindingRow::describe).collect(Collectors.joining("\n\n"));
    }

    public boolean matches(String text) {
        String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
        return needle.isEmpty() || (subjectName + " " + summary() + " " + owasp() + " " + title())
                .toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    private static String describe(Evidence e) {
        String where = e.sourceFile() + (e.location().isBlank() ? "" : " @ " + e.location());
        return where + "\n" + e.text();
    }
}

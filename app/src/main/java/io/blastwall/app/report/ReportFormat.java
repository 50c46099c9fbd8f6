package io.blastwall.app.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The report formats, chosen by file extension. */
public enum ReportFormat {
    HTML,
    MARKDOWN,
    JSON;

    public static Optional<ReportFormat> forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    public ReportWriter writer() {
        return switch (this) {
            case HTML -> new HtmlReportWriter();
            case MARKDOWN -> new MarkdownReportWriter();
            case JSON -> new JsonReportWriter();
        };
    }
}

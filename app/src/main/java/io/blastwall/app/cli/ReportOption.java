package io.blastwall.app.cli;

import io.blastwall.app.report.Report;
import io.blastwall.app.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --report FILE}: HTML, Markdown or JSON chosen by the file's extension. */
final class ReportOption {
    @Option(
            names = "--report",
            paramLabel = "FILE",
            description = "Also write a report: .html (self-contained, with path pictures), .md or .json.")
    Path file;

    boolean requested() {
        return file != null;
    }

    /** Fails early, before any work, when the extension is not a known format. */
    void validate() {
        if (file != null && ReportFormat.forFile(file).isEmpty()) {
            throw new UserError("unknown report format for " + file + ": use .html, .md or .json");
        }
    }

    void write(Report report, PrintWriter err) throws IOException {
        ReportFormat format = ReportFormat.forFile(file).orElseThrow();
        format.writer().write(report, file);
        err.println("Report written to " + file.toAbsolutePath());
    }
}

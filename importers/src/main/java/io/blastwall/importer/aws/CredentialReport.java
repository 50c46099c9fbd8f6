package io.blastwall.importer.aws;

import java.util.List;

/**
 * A parsed credential report.
 *
 * @param file the file it came from
 * @param asOf the date ages are measured from: the report's {@code GeneratedTime}, or else the latest date in it
 * @param rows the users
 */
record CredentialReport(String file, String asOf, List<CredentialReportRow> rows) {
    CredentialReport {
        rows = List.copyOf(rows);
    }
}

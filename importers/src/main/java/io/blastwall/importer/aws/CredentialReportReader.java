package io.blastwall.importer.aws;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.blastwall.importer.DetectedSource;
import io.blastwall.importer.ImportException;
import io.blastwall.importer.Warnings;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the IAM credential report CSV. Columns that look like secrets are never kept. */
final class CredentialReportReader {
    private static final Set<String> SAFE_COLUMNS = Set.of(
            "password_enabled", "password_last_used", "password_last_changed", "password_next_rotation");
    private static final Set<String> NO_VALUE = Set.of("", "N/A", "no_information", "not_supported");

    private final CsvMapper mapper = new CsvMapper();
    private final Warnings warnings;

    CredentialReportReader(Warnings warnings) {
        this.warnings = warnings;
    }

    CredentialReport read(DetectedSource source) throws ImportException {
        String text = source.text().orElseThrow();
        List<CredentialReportRow> rows = new ArrayList<>();
        String latest = "";
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text)) {
            int line = 1;
            while (it.hasNextValue()) {
                line++;
                Map<String, String> row = it.nextValue();
                String location = "line " + line;
                if (!row.getOrDefault("arn", "").startsWith("arn:")) {
                    warnings.add(source.path(), location, "credential report row skipped: no ARN");
                    continue;
                }
                CredentialReportRow parsed = row(row, location);
                rows.add(parsed);
                latest = latest(latest, row);
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportException(source.path(), "", "unreadable credential report CSV: " + e.getMessage(), e);
        }
        String generated = source.json().map(j -> Json.text(j, "GeneratedTime")).orElse("");
        return new CredentialReport(source.path(), generated.isEmpty() ? latest : generated, rows);
    }

    private static CredentialReportRow row(Map<String, String> row, String location) {
        List<AccessKey> keys = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            String prefix = "access_key_" + n + "_";
            keys.add(new AccessKey(n, "true".equalsIgnoreCase(row.get(prefix + "active")), value(row, prefix + "last_rotated"),
                    value(row, prefix + "last_used_date"), value(row, prefix + "last_used_region"),
                    value(row, prefix + "last_used_service")));
        }
        return new CredentialReportRow(value(row, "user"), value(row, "arn"), value(row, "user_creation_time"),
                "true".equalsIgnoreCase(row.get("password_enabled")), value(row, "password_last_used"),
                "true".equalsIgnoreCase(row.get("mfa_active")), keys, location, evidence(row));
    }

    private static String value(Map<String, String> row, String column) {
        String v = row.getOrDefault(column, "").strip();
        return NO_VALUE.contains(v) ? "" : v;
    }

    /** The row as {@code column=value} pairs, dropping any column whose name looks like a secret. */
    private static String evidence(Map<String, String> row) {
        Map<String, String> kept = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            if (SAFE_COLUMNS.contains(k) || !Json.SECRET_NAME.matcher(k).matches()) {
                kept.put(k, v);
            }
        });
        StringBuilder out = new StringBuilder();
        kept.forEach((k, v) -> out.append(out.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return out.toString();
    }

    /** The latest past event in the row (creation, use, rotation), ignoring scheduled future rotations. */
    private static String latest(String current, Map<String, String> row) {
        String best = current;
        for (Map.Entry<String, String> e : row.entrySet()) {
            boolean past = e.getKey().contains("last_") || e.getKey().equals("user_creation_time");
            if (past && isDate(e.getValue()) && (best.isEmpty() || instant(e.getValue()).isAfter(instant(best)))) {
                best = e.getValue();
            }
        }
        return best;
    }

    private static boolean isDate(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static OffsetDateTime instant(String text) {
        return OffsetDateTime.parse(text);
    }
}

package io.blastwall.app.store;

import java.util.List;

/**
 * What a console query returned, as text.
 *
 * @param columns the column names, in query order
 * @param rows one list of cell texts per row, each as long as {@code columns}
 * @param truncated true when the query had more rows than {@link CypherConsole#MAX_ROWS}
 */
public record CypherResult(List<String> columns, List<List<String>> rows, boolean truncated) {
    public CypherResult {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}

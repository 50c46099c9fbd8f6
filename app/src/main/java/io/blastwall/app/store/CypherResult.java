package io.blastwall.app.store;

import java.util.List;
import java.util.Objects;

/**
 * What a console query returned, as text.
 *
 * @param columns the column names, in query order
 * @param rows one list of cell texts per row, each as long as {@code columns}
 * @param truncated true when the query had more rows than {@link CypherConsole#MAX_ROWS}
 * @param graph the nodes and relationships among the values (paths), empty when there are none
 * @param summary what a write changed ("3 nodes created"), "" for a read
 */
public record CypherResult(List<String> columns, List<List<String>> rows, boolean truncated, CypherGraph graph,
        String summary) {
    public CypherResult {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(summary, "summary");
    }

    /** A result without graph values or write summary. */
    public CypherResult(List<String> columns, List<List<String>> rows, boolean truncated) {
        this(columns, rows, truncated, CypherGraph.empty(), "");
    }
}

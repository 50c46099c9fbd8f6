package io.blastwall.app.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Runs an analyst's Cypher with a time limit and returns at most {@value #MAX_ROWS} rows as text, and the nodes
 * and relationships among them as a graph. {@link #run} uses a read transaction (the server refuses writes); only
 * {@link #runWriting}, which the console offers when the user switches writes on, can change the store.
 */
public final class CypherConsole {
    public static final int MAX_ROWS = 1_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Transactions transactions;

    CypherConsole(Transactions transactions) {
        this.transactions = transactions;
    }

    public CypherResult run(String query) throws StoreException {
        return run(query, Map.of());
    }

    /** Runs {@code query} with {@code $name} parameters taken from {@code parameters}. */
    public CypherResult run(String query, Map<String, Object> parameters) throws StoreException {
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            throw new StoreException("Type a Cypher query first.");
        }
        return transactions.read("run the query", tx -> collect(tx.run(query, parameters)), TIMEOUT);
    }

    /** Runs {@code query} in a write transaction: it may change the store. */
    public CypherResult runWriting(String query, Map<String, Object> parameters) throws StoreException {
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            throw new StoreException("Type a Cypher query first.");
        }
        return transactions.write("run the query", tx -> collect(tx.run(query, parameters)));
    }

    private static CypherResult collect(Result result) {
        List<String> columns = result.keys();
        List<List<String>> rows = new ArrayList<>();
        CypherGraphCollector graph = new CypherGraphCollector();
        while (rows.size() < MAX_ROWS && result.hasNext()) {
            Record record = result.next();
            rows.add(cells(record));
            record.values().forEach(graph::add);
        }
        boolean truncated = result.hasNext();
        ResultSummary summary = result.consume();
        return new CypherResult(columns, rows, truncated, graph.graph(), describe(summary.counters()));
    }

    private static String describe(SummaryCounters counters) {
        if (!counters.containsUpdates()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        add(parts, counters.nodesCreated(), "node created", "nodes created");
        add(parts, counters.nodesDeleted(), "node deleted", "nodes deleted");
        add(parts, counters.relationshipsCreated(), "relationship created", "relationships created");
        add(parts, counters.relationshipsDeleted(), "relationship deleted", "relationships deleted");
        add(parts, counters.propertiesSet(), "property set", "properties set");
        add(parts, counters.labelsAdded(), "label added", "labels added");
        add(parts, counters.labelsRemoved(), "label removed", "labels removed");
        return parts.isEmpty() ? "The store was changed" : String.join(", ", parts);
    }

    private static void add(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }

    private static List<String> cells(Record record) {
        return record.values().stream().map(value -> CypherText.format(value.asObject())).toList();
    }
}

package io.blastwall.app.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;

/**
 * Runs an analyst's Cypher in a read transaction (the server refuses writes) with a time limit, and returns
 * at most {@value #MAX_ROWS} rows as text. For the UI's console: nothing here can change the store.
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

    private static CypherResult collect(Result result) {
        List<String> columns = result.keys();
        List<List<String>> rows = new ArrayList<>();
        while (rows.size() < MAX_ROWS && result.hasNext()) {
            rows.add(cells(result.next()));
        }
        boolean truncated = result.hasNext();
        result.consume();
        return new CypherResult(columns, rows, truncated);
    }

    private static List<String> cells(Record record) {
        return record.values().stream().map(value -> CypherText.format(value.asObject())).toList();
    }
}

package io.blastwall.app.store;

import java.util.Map;

/**
 * Creates the constraints and indexes of {@link Cypher#SCHEMA} (each in its own transaction, idempotent) and
 * waits until the indexes are online, so the first import already finds its keys by index.
 */
final class Schema {
    private static final int INDEX_WAIT_SECONDS = 300;

    private Schema() {}

    static void create(Transactions transactions) throws StoreException {
        for (String statement : Cypher.SCHEMA) {
            transactions.write("prepare the database schema", tx -> tx.run(statement).consume());
        }
        transactions.read("wait for the database indexes",
                tx -> tx.run(Cypher.AWAIT_INDEXES, Map.of("seconds", INDEX_WAIT_SECONDS)).consume());
    }
}

package io.blastwall.app.store;

import java.time.Duration;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Runs transaction functions on one database through the one {@link Driver} of a store, and turns driver
 * failures into {@link StoreException}s. Every call opens a short-lived session, as the driver recommends.
 */
final class Transactions {
    private final Driver driver;
    private final SessionConfig sessionConfig;

    Transactions(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = database.isBlank()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database);
    }

    /** Runs {@code work} in a read transaction; {@code what} completes "Could not ..." in error messages. */
    <T> T read(String what, TransactionCallback<T> work) throws StoreException {
        return read(what, work, TransactionConfig.empty());
    }

    /** Runs {@code work} in a read transaction that the server aborts after {@code timeout}. */
    <T> T read(String what, TransactionCallback<T> work, Duration timeout) throws StoreException {
        return read(what, work, TransactionConfig.builder().withTimeout(timeout).build());
    }

    /** Runs {@code work} in a write transaction, retried by the driver on transient errors. */
    <T> T write(String what, TransactionCallback<T> work) throws StoreException {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(work);
        } catch (Neo4jException e) {
            throw failure(what, e);
        }
    }

    private <T> T read(String what, TransactionCallback<T> work, TransactionConfig config) throws StoreException {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(work, config);
        } catch (Neo4jException e) {
            throw failure(what, e);
        }
    }

    private static StoreException failure(String what, Neo4jException e) {
        return new StoreException("Could not " + what + ": " + e.getMessage(), e);
    }
}

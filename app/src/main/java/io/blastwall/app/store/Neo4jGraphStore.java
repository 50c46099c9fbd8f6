package io.blastwall.app.store;

import io.blastwall.analysis.CrownJewelMarking;
import io.blastwall.analysis.CrownJewelMarkings;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import io.blastwall.model.SourceFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The {@link GraphStore} on Neo4j, spoken to through the Neo4j Java driver: the embedded server of
 * {@link #embedded(Path)} and a remote server, Aura instance or cluster of {@link #remote} are the same code, except
 * that snapshots are written to the embedded server through Neo4j's Java API in this process
 * ({@link EmbeddedBatches}: the same schema, no Cypher planning, about half the CPU time of Cypher over Bolt).
 *
 * <p>Opening a store creates the schema (constraints first, see {@code docs/schema.md}) and finishes imports
 * and deletions that a crash interrupted: every one of them for the embedded store (nobody else can write to
 * it), and those idle for over an hour on a server (another client may be importing right now).
 *
 * <p>One {@link Driver} per store, closed by {@link #close()}; methods may be called from any thread.
 */
public final class Neo4jGraphStore implements GraphStore {
    private static final Duration REMOTE_IMPORT_STALE_AFTER = Duration.ofHours(1);
    private static final Clock CLOCK = Clock.systemUTC();

    private final Driver driver;
    private final Endpoint endpoint;
    private final Optional<EmbeddedNeo4j> server;
    private final Transactions transactions;
    private final SnapshotEraser eraser;
    private final SnapshotWriter writer;
    private final SnapshotLoader loader;
    private final MarkingStore markings;

    /** Where a store's data lives, for {@link #describe()} and for tests that need the Bolt address. */
    private record Endpoint(URI address, String database, String description) {}

    private Neo4jGraphStore(Driver driver, Endpoint endpoint, Optional<EmbeddedNeo4j> server) {
        this.driver = driver;
        this.endpoint = endpoint;
        this.server = server;
        this.transactions = new Transactions(driver, endpoint.database());
        this.eraser = new SnapshotEraser(transactions, CLOCK);
        this.writer = new SnapshotWriter(transactions, eraser, CLOCK, server.map(EmbeddedNeo4j::database));
        this.loader = new SnapshotLoader(transactions);
        this.markings = new MarkingStore(transactions, CLOCK);
    }

    /** Starts Neo4j in {@code dataDir} (for example {@link EmbeddedNeo4j#defaultDirectory()}) and connects to it. */
    public static Neo4jGraphStore embedded(Path dataDir) throws StoreException {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir);
        try {
            Driver driver = connect(neo4j.boltUri(), AuthTokens.none());
            Endpoint endpoint = new Endpoint(neo4j.boltUri(), "", "embedded Neo4j at " + neo4j.directory());
            return open(new Neo4jGraphStore(driver, endpoint, Optional.of(neo4j)), CLOCK.instant());
        } catch (StoreException | RuntimeException e) {
            neo4j.close();
            throw e;
        }
    }

    /**
     * Connects to a Neo4j server.
     *
     * @param uri {@code neo4j://}, {@code neo4j+s://}, {@code bolt://} or {@code bolt+s://} address
     * @param user user name; blank for a server without authentication
     * @param password the password (kept only inside the driver)
     * @param database database name; blank for the server's default database
     */
    public static Neo4jGraphStore remote(URI uri, String user, String password, String database)
            throws StoreException {
        Objects.requireNonNull(uri, "uri");
        AuthToken auth = user.isBlank() ? AuthTokens.none() : AuthTokens.basic(user, password);
        URI address = withoutUserInfo(uri);
        Driver driver = connect(address, auth);
        String description = "Neo4j at " + address + (database.isBlank() ? "" : ", database " + database);
        Endpoint endpoint = new Endpoint(address, database, description);
        return open(new Neo4jGraphStore(driver, endpoint, Optional.empty()),
                CLOCK.instant().minus(REMOTE_IMPORT_STALE_AFTER));
    }

    @Override
    public Snapshot save(IdentityGraph graph, String label, List<SourceFile> sources, ProgressListener progress)
            throws StoreException {
        return save(graph, label, sources, progress, WriteHook.NONE);
    }

    /** {@link #save(IdentityGraph, String, List, ProgressListener)} with a hook called before every batch. */
    Snapshot save(IdentityGraph graph, String label, List<SourceFile> sources, ProgressListener progress,
            WriteHook hook) throws StoreException {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(label, "label");
        return writer.save(graph, label, List.copyOf(sources), progress, hook);
    }

    /** Rows per write transaction of {@link #save}; tests make it small to get several batches from a small graph. */
    void writeBatchSize(int rows) {
        writer.batchSize(rows);
    }

    @Override
    public List<Snapshot> list() throws StoreException {
        return transactions.read("list the snapshots", tx -> tx.run(Cypher.LIST_SNAPSHOTS).list(RecordMapper::snapshot));
    }

    @Override
    public Optional<Snapshot> find(String snapshotId) throws StoreException {
        return transactions.read("find snapshot " + snapshotId, tx -> tx.run(Cypher.FIND_SNAPSHOT,
                        Map.of("id", snapshotId))
                .list(RecordMapper::snapshot)
                .stream()
                .findFirst());
    }

    @Override
    public Optional<Snapshot> latest() throws StoreException {
        return transactions.read("find the newest snapshot", tx -> tx.run(Cypher.LATEST_SNAPSHOT)
                .list(RecordMapper::snapshot)
                .stream()
                .findFirst());
    }

    @Override
    public IdentityGraph load(String snapshotId, ProgressListener progress) throws StoreException {
        Snapshot snapshot = find(snapshotId)
                .orElseThrow(() -> new StoreException("There is no snapshot " + snapshotId + "."));
        return loader.load(snapshot, progress);
    }

    /** Removes the snapshot and everything in it; deleting a snapshot that is not there does nothing. */
    @Override
    public void delete(String snapshotId) throws StoreException {
        eraser.delete(snapshotId);
    }

    @Override
    public CrownJewelMarkings markings(String snapshotId) throws StoreException {
        return markings.load(snapshotId);
    }

    @Override
    public void saveMarking(String snapshotId, EntityId entity, CrownJewelMarking marking) throws StoreException {
        markings.save(snapshotId, Objects.requireNonNull(entity, "entity"), Objects.requireNonNull(marking, "marking"));
    }

    @Override
    public void clearMarking(String snapshotId, EntityId entity) throws StoreException {
        markings.clear(snapshotId, entity);
    }

    @Override
    public CypherConsole console() {
        return new CypherConsole(transactions);
    }

    @Override
    public String describe() {
        return endpoint.description();
    }

    /** The Bolt or routing address the driver talks to. */
    URI address() {
        return endpoint.address();
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            server.ifPresent(EmbeddedNeo4j::close);
        }
    }

    private static Neo4jGraphStore open(Neo4jGraphStore store, Instant staleBefore) throws StoreException {
        try {
            Schema.create(store.transactions);
            store.eraser.eraseUnfinished(staleBefore);
            return store;
        } catch (StoreException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Driver connect(URI uri, AuthToken auth) throws StoreException {
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, driverConfig());
        } catch (IllegalArgumentException e) {
            throw new StoreException("'" + uri + "' is not a Neo4j address (use neo4j://, neo4j+s://, bolt://"
                    + " or bolt+s://): " + e.getMessage(), e);
        }
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (AuthenticationException e) {
            driver.close();
            throw new StoreException("Neo4j at " + uri + " refused the user name or password.", e);
        } catch (RuntimeException e) {
            driver.close();
            throw new StoreException("Cannot connect to Neo4j at " + uri + ": " + e.getMessage(), e);
        }
    }

    private static Config driverConfig() {
        return Config.builder()
                .withTelemetryDisabled(true)
                .withUserAgent("blastwall")
                .withConnectionTimeout(15, TimeUnit.SECONDS)
                .build();
    }

    /** The address without user info: credentials travel only in the auth token, never in logs or messages. */
    private static URI withoutUserInfo(URI uri) {
        if (uri.getUserInfo() == null) {
            return uri;
        }
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid address: " + uri.getHost(), e);
        }
    }
}

package io.blastwall.app.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.fleetmanagement.FleetManagementSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j server sized for a desktop, reachable only over Bolt on a free loopback port.
 *
 * <p>The database lives in {@code <directory>/data}, its logs in {@code <directory>/logs}. Authentication is off
 * (Bolt listens on 127.0.0.1 only), HTTP is off, the page cache is 256 MiB and only one transaction log file is
 * kept. Neo4j locks the directory: a second instance on the same directory fails with a clear
 * {@link StoreException}. A JVM shutdown hook stops the server if {@link #close()} was never called.
 *
 * <p>Neo4j runs best with the JVM flags listed in {@code io/blastwall/app/jvm-options.txt}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final long PAGE_CACHE_BYTES = 256L * 1024 * 1024;
    private static final long LOG_ROTATION_BYTES = 64L * 1024 * 1024;

    private final Path directory;
    private final DatabaseManagementService service;
    private final URI boltUri;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedNeo4j(Path directory, DatabaseManagementService service, URI boltUri) {
        this.directory = directory;
        this.service = service;
        this.boltUri = boltUri;
        this.shutdownHook = new Thread(this::stop, "blastwall-neo4j-shutdown");
    }

    /** {@code ~/.blastwall/neo4j}. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".blastwall", "neo4j");
    }

    /** Starts Neo4j in {@code directory} (created when missing) and waits until Bolt accepts connections. */
    public static EmbeddedNeo4j start(Path directory) throws StoreException {
        Path dir = directory.toAbsolutePath().normalize();
        createDirectory(dir);
        DatabaseManagementService service = build(dir);
        try {
            EmbeddedNeo4j neo4j = new EmbeddedNeo4j(dir, service, boltUri(service));
            Runtime.getRuntime().addShutdownHook(neo4j.shutdownHook);
            LOG.info("Embedded Neo4j started in {}, Bolt on {}", dir, neo4j.boltUri);
            return neo4j;
        } catch (RuntimeException e) {
            service.shutdown();
            throw new StoreException("The embedded Neo4j in " + dir + " started without a Bolt port.", e);
        }
    }

    /** Where the driver connects: {@code bolt://127.0.0.1:<port>}. */
    public URI boltUri() {
        return boltUri;
    }

    public Path directory() {
        return directory;
    }

    /** The database itself, for writes through Neo4j's Java API in this process (see {@code EmbeddedBatches}). */
    GraphDatabaseService database() {
        return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    /** Stops the server and releases the directory; calling it again does nothing. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            LOG.debug("JVM is shutting down; the hook stops Neo4j");
        }
        stop();
    }

    private void stop() {
        if (closed.compareAndSet(false, true)) {
            service.shutdown();
            LOG.info("Embedded Neo4j in {} stopped", directory);
        }
    }

    private static void createDirectory(Path dir) throws StoreException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static DatabaseManagementService build(Path dir) throws StoreException {
        try {
            return new DatabaseManagementServiceBuilder(dir).setConfig(settings(dir)).build();
        } catch (RuntimeException e) {
            if (causeOfType(e, FileLockException.class).isPresent()) {
                throw new StoreException("The data directory " + dir + " is in use by another Blastwall"
                        + " (or another Neo4j). Close it, or choose another data directory.", e);
            }
            throw new StoreException("Could not start the embedded Neo4j in " + dir + ": " + rootMessage(e), e);
        }
    }

    private static Map<Setting<?>, Object> settings(Path dir) {
        return Map.ofEntries(
                Map.entry(BoltConnector.enabled, true),
                Map.entry(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0)),
                Map.entry(HttpConnector.enabled, false),
                Map.entry(HttpsConnector.enabled, false),
                Map.entry(GraphDatabaseSettings.auth_enabled, false),
                Map.entry(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES),
                Map.entry(GraphDatabaseSettings.keep_logical_logs, "1 files"),
                Map.entry(GraphDatabaseSettings.logical_log_rotation_threshold, LOG_ROTATION_BYTES),
                Map.entry(GraphDatabaseSettings.preallocate_logical_logs, false),
                Map.entry(GraphDatabaseSettings.logs_directory, dir.resolve("logs")),
                Map.entry(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF),
                Map.entry(GraphDatabaseSettings.udc_enabled, false),
                Map.entry(FleetManagementSettings.fleet_manager_enabled, false),
                Map.entry(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(2)),
                Map.entry(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1)),
                Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO));
    }

    private static URI boltUri(DatabaseManagementService service) {
        GraphDatabaseAPI database =
                (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        HostnamePort bolt = database.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (bolt == null || bolt.getPort() <= 0) {
            throw new IllegalStateException("Neo4j reported no Bolt address");
        }
        return URI.create("bolt://127.0.0.1:" + bolt.getPort());
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}

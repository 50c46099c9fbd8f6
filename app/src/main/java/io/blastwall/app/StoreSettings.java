package io.blastwall.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where snapshots live: the embedded Neo4j in {@code dataDir}, or a Neo4j server when {@code uri} is set.
 *
 * @param dataDir the user's data directory (embedded database, settings, recent files)
 * @param uri a {@code neo4j://}, {@code neo4j+s://} or {@code bolt://} URI; empty for the embedded store
 * @param user user name for a server
 * @param password password for a server (never written to disk by Blastwall)
 * @param database database name on a server, empty for the server's default
 */
public record StoreSettings(Path dataDir, Optional<URI> uri, String user, String password, String database) {
    public StoreSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(database, "database");
    }

    public static StoreSettings embedded(Path dataDir) {
        return new StoreSettings(dataDir, Optional.empty(), "", "", "");
    }

    public static StoreSettings remote(Path dataDir, URI uri, String user, String password, String database) {
        return new StoreSettings(dataDir, Optional.of(uri), user, password, database);
    }

    /** {@code $BLASTWALL_HOME}, or {@code ~/.blastwall}. */
    public static Path defaultDataDir() {
        String home = System.getenv("BLASTWALL_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"), ".blastwall");
    }

    public boolean isEmbedded() {
        return uri.isEmpty();
    }
}

package io.blastwall.app.cli;

import io.blastwall.app.StoreSettings;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where snapshots are stored: the embedded Neo4j (default) or a Neo4j server. */
public final class StoreOptions {
    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Data directory of the embedded store (default: $BLASTWALL_HOME or ~/.blastwall).")
    Path dataDir;

    @Option(
            names = "--db",
            paramLabel = "URI",
            description = "A Neo4j server instead of the embedded store: neo4j://, neo4j+s:// or bolt:// URI.")
    URI uri;

    @Option(names = "--db-user", paramLabel = "USER", description = "User for --db (default: neo4j).")
    String user = "neo4j";

    @Option(
            names = "--db-password-env",
            paramLabel = "VAR",
            description = "Environment variable holding the password for --db (default: BLASTWALL_DB_PASSWORD).")
    String passwordEnv = "BLASTWALL_DB_PASSWORD";

    @Option(names = "--db-name", paramLabel = "NAME", description = "Database on the server (default: the server's default).")
    String database = "";

    public StoreSettings settings() {
        Path dir = dataDir != null ? dataDir : StoreSettings.defaultDataDir();
        if (uri == null) {
            return StoreSettings.embedded(dir);
        }
        String password = System.getenv(passwordEnv);
        return StoreSettings.remote(dir, uri, user, password == null ? "" : password, database);
    }
}

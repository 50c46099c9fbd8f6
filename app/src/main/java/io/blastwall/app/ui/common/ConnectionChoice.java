package io.blastwall.app.ui.common;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user picked in the database dialog: the embedded store, or a server with credentials.
 *
 * @param uri the server's {@code neo4j://}, {@code neo4j+s://} or {@code bolt://} URI; empty for embedded
 * @param user the user name on the server
 * @param password the password (kept in memory only)
 * @param database the database on the server; "" for its default
 */
public record ConnectionChoice(Optional<URI> uri, String user, String password, String database) {
    public ConnectionChoice {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(database, "database");
    }

    public static ConnectionChoice embedded() {
        return new ConnectionChoice(Optional.empty(), "", "", "");
    }

    public boolean isEmbedded() {
        return uri.isEmpty();
    }
}

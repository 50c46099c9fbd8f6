package io.blastwall.app.store;

import java.net.URI;

/** The Bolt address of an embedded test store, for tests outside this package that connect to it as to a server. */
public final class BoltAddress {
    private BoltAddress() {}

    public static URI of(Neo4jGraphStore store) {
        return store.address();
    }
}

package io.blastwall.app.ui.console;

import io.blastwall.app.background.Background;
import io.blastwall.app.store.CypherConsole;
import io.blastwall.app.store.CypherGraph;
import io.blastwall.app.store.CypherResult;
import io.blastwall.app.ui.common.DialogService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Cypher console against the store: read-only unless the user switches writes on; the result as a table,
 * and as a graph when it holds paths, nodes or relationships. {@code $snapshot} is the id of the snapshot shown.
 */
public final class CypherConsoleViewModel {
    /** The example the console starts with: role assumptions of the snapshot shown, as paths. */
    public static final String EXAMPLE = "MATCH p = (:Entity {snapshotId: $snapshot})-[:CAN_ASSUME]->(:Entity)\n"
            + "RETURN p LIMIT 50";

    private final Background background;
    private final DialogService dialogs;
    private final StringProperty query = new SimpleStringProperty(this, "query", EXAMPLE);
    private final BooleanProperty allowWrites = new SimpleBooleanProperty(this, "allowWrites", false);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected", false);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyColumns = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ObservableList<List<String>> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<CypherGraph> graph =
            new ReadOnlyObjectWrapper<>(this, "graph", CypherGraph.empty());
    private final ReadOnlyStringWrapper message =
            new ReadOnlyStringWrapper(this, "message", "Type a query and press Run (Ctrl+Enter)");
    private Optional<CypherConsole> console = Optional.empty();
    private String snapshotId = "";

    public CypherConsoleViewModel(Background background, DialogService dialogs) {
        this.background = background;
        this.dialogs = dialogs;
    }

    /** Queries go to this console from now on (the store opened or was switched). */
    public void connect(CypherConsole store) {
        console = Optional.of(store);
        connected.set(true);
    }

    public void disconnect() {
        console = Optional.empty();
        connected.set(false);
    }

    /** The snapshot {@code $snapshot} names. */
    public void useSnapshot(String id) {
        snapshotId = id;
    }

    /** Runs the query in the background: in a read transaction, or a write one when writes are allowed. */
    public void run() {
        if (console.isEmpty()) {
            message.set("The store is not open yet");
            return;
        }
        CypherConsole target = console.get();
        String text = query.get();
        boolean write = allowWrites.get();
        Map<String, Object> parameters = Map.of("snapshot", snapshotId);
        message.set("Running\u2026");
        background.run("Running the Cypher query",
                progress -> write ? target.runWriting(text, parameters) : target.run(text, parameters),
                this::apply,
                error -> {
                    message.set("The query failed; see the message");
                    dialogs.showError("The Cypher query failed", error);
                });
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Off by default: queries run read-only and the server refuses writes. */
    public BooleanProperty allowWritesProperty() {
        return allowWrites;
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ObservableList<String> columns() {
        return readOnlyColumns;
    }

    /** Cell texts, one list per row. */
    public ObservableList<List<String>> rows() {
        return readOnlyRows;
    }

    /** The nodes and relationships among the results; empty when there are none. */
    public ReadOnlyObjectProperty<CypherGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    /** "12 rows", "12 rows · 8 nodes, 7 relationships", "2 nodes created". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void apply(CypherResult result) {
        columns.setAll(result.columns());
        rows.setAll(result.rows());
        graph.set(result.graph());
        String count = result.rows().size() + (result.rows().size() == 1 ? " row" : " rows")
                + (result.truncated() ? " (the first " + CypherConsole.MAX_ROWS + ")" : "");
        String drawn = result.graph().isEmpty() ? "" : " \u00b7 " + result.graph().nodes().size() + " nodes, "
                + result.graph().links().size() + " relationships";
        message.set(count + drawn + (result.summary().isBlank() ? "" : " \u00b7 " + result.summary()));
    }
}

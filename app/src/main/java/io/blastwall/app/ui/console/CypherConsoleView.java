package io.blastwall.app.ui.console;

import io.blastwall.styles.StyleClass;
import io.blastwall.styles.Theme;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Cypher console: the query, Run, the write switch, and the result as a table and as a graph. */
public final class CypherConsoleView extends SplitPane {
    private final CypherConsoleViewModel viewModel;
    private final TableView<List<String>> table = new TableView<>();
    private final TabPane results = new TabPane();

    public CypherConsoleView(CypherConsoleViewModel viewModel, ObservableValue<Theme> theme) {
        this.viewModel = viewModel;
        getStyleClass().add(StyleClass.CYPHER_CONSOLE);
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label("No rows"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        viewModel.columns().addListener((ListChangeListener<String>) change -> rebuildColumns());
        Tab tableTab = new Tab("Table", table);
        Tab graphTab = new Tab("Graph", new CypherGraphPane(viewModel.graphProperty(), theme));
        results.getTabs().setAll(tableTab, graphTab);
        results.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        viewModel.graphProperty().addListener((obs, old, graph) ->
                results.getSelectionModel().select(graph.isEmpty() ? tableTab : graphTab));
        getItems().setAll(editor(), results);
        setDividerPositions(0.4);
    }

    private VBox editor() {
        TextArea query = new TextArea();
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        query.getStyleClass().add(StyleClass.MONOSPACE);
        query.setPrefRowCount(4);
        query.setWrapText(true);
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                viewModel.run();
                e.consume();
            }
        });
        VBox.setVgrow(query, Priority.ALWAYS);
        Button run = new Button("Run");
        run.getStyleClass().add(StyleClass.ACCENT);
        run.setTooltip(new Tooltip("Run the query (Ctrl+Enter); $snapshot is the snapshot shown"));
        run.setOnAction(e -> viewModel.run());
        run.disableProperty().bind(viewModel.connectedProperty().not());
        CheckBox writes = new CheckBox("Allow writes");
        writes.setTooltip(new Tooltip("Off: the query runs read-only and the store refuses changes"));
        writes.selectedProperty().bindBidirectional(viewModel.allowWritesProperty());
        writes.selectedProperty().addListener((obs, old, on) -> {
            writes.getStyleClass().remove(StyleClass.DANGER);
            if (on) {
                writes.getStyleClass().add(StyleClass.DANGER);
            }
        });
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        message.getStyleClass().add(StyleClass.MUTED);
        message.setMinWidth(0);
        run.setMinWidth(Region.USE_PREF_SIZE);
        writes.setMinWidth(Region.USE_PREF_SIZE);
        message.setWrapText(true);
        HBox bar = new HBox(8, run, writes);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, query, bar, message);
        box.setPadding(new Insets(6, 8, 6, 8));
        return box;
    }

    private void rebuildColumns() {
        table.getColumns().clear();
        List<String> names = viewModel.columns();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(names.get(i));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                    index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            column.setPrefWidth(Math.max(120, 900.0 / Math.max(1, names.size())));
            table.getColumns().add(column);
        }
    }

    /** The pane's result tabs, for tests. */
    TabPane results() {
        return results;
    }
}

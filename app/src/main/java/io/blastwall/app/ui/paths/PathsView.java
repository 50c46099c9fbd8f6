package io.blastwall.app.ui.paths;

import io.blastwall.app.ui.common.Tables;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The attack paths of the selected identity; selecting one highlights it on the canvas. */
public final class PathsView extends BorderPane {
    private final PathsViewModel viewModel;

    public PathsView(PathsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("paths-view");
        setTop(header());
        setCenter(table());
    }

    private HBox header() {
        Label summary = new Label();
        summary.textProperty().bind(viewModel.pathsSummaryProperty());
        summary.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Spinner<Integer> k = new Spinner<>(1, PathsViewModel.MAX_PATHS_PER_JEWEL, viewModel.pathsPerJewelProperty().get());
        k.setPrefWidth(70);
        k.setTooltip(new Tooltip("Shortest paths listed per crown jewel (k shortest)"));
        k.valueProperty().addListener((obs, old, value) -> viewModel.pathsPerJewelProperty().set(value));
        HBox bar = new HBox(8, summary, spacer, new Label("Paths per jewel"), k);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private TableView<PathRow> table() {
        TableView<PathRow> table = new TableView<>(viewModel.paths());
        table.setId("paths-table");
        table.getColumns().setAll(List.of(
                Tables.column("Crown jewel", PathRow::target, 230),
                Tables.column("Kind", PathRow::targetKind, 90),
                Tables.column("Hops", PathRow::hops, 50),
                Tables.column("Confidence", (PathRow r) -> r.confidence().label(), 90),
                Tables.column("Route", PathRow::route, 560)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        table.setPlaceholder(new Label("No attack path to a crown jewel"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row == null) {
                viewModel.clearPathSelection();
            } else {
                viewModel.selectPath(row);
            }
        });
        viewModel.selectedPathProperty().addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (!row.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(row);
            }
        });
        return table;
    }
}

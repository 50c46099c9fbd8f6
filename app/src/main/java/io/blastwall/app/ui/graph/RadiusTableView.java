package io.blastwall.app.ui.graph;

import io.blastwall.styles.StyleClass;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The radius as a table, for radii too large to draw usefully (or when chosen): one row per reached entity,
 * sortable, virtualised. Selecting a row selects its node for the inspector. A note says why the table shows,
 * with a button to draw the canvas anyway.
 */
final class RadiusTableView extends VBox {
    private final TableView<RadiusRow> table = new TableView<>();

    RadiusTableView(RadiusGraphViewModel viewModel) {
        Label note = new Label();
        note.textProperty().bind(viewModel.tableNoteProperty());
        note.setWrapText(true);
        note.getStyleClass().add(StyleClass.MUTED);
        HBox.setHgrow(note, Priority.ALWAYS);
        note.setMaxWidth(Double.MAX_VALUE);
        Button draw = new Button("Draw it anyway");
        draw.setOnAction(e -> viewModel.showCanvasAnyway());
        HBox bar = new HBox(8, note, draw);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.visibleProperty().bind(viewModel.tableNoteProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        table.setItems(viewModel.rows());
        table.getColumns().add(column("Name", RadiusRow::name, 260));
        table.getColumns().add(column("Kind", r -> r.kind().label(), 120));
        table.getColumns().add(column("Type", RadiusRow::type, 170));
        table.getColumns().add(column("Hops", RadiusRow::hops, 60));
        table.getColumns().add(column("Access", r -> r.access().weight() == 0 ? "" : r.access().label(), 110));
        table.getColumns().add(column("Reached through", RadiusRow::via, 200));
        table.getColumns().add(column("Crown jewel", r -> r.crownJewel() ? "yes" : "", 90));
        TableColumn<RadiusRow, String> lost = column("Simulation", r -> r.lost() ? "lost" : "", 90);
        lost.visibleProperty().bind(viewModel.simulationProperty().map(s -> s.isPresent()));
        table.getColumns().add(lost);
        table.setPlaceholder(new Label("Nothing reached"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RadiusRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(StyleClass.SIMULATED_CUT);
                if (!empty && row != null && row.lost()) {
                    getStyleClass().add(StyleClass.SIMULATED_CUT);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectEntity(row.entity());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
        getStyleClass().add("radius-table");
    }

    TableView<RadiusRow> table() {
        return table;
    }

    private static <T extends Comparable<T>> TableColumn<RadiusRow, T> column(
            String title, Function<RadiusRow, T> value, double width) {
        TableColumn<RadiusRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

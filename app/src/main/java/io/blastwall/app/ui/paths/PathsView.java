package io.blastwall.app.ui.paths;

import io.blastwall.styles.StyleClass;
import io.blastwall.app.ui.common.Formats;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Bottom tabs: the attack paths of the selected identity, and the minimum cut that breaks them. */
public final class PathsView extends TabPane {
    private final PathsViewModel viewModel;

    public PathsView(PathsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("paths-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab paths = new Tab("Attack paths", pathsPane());
        paths.textProperty().bind(Bindings.size(viewModel.paths()).asString("Attack paths (%d)"));
        Tab cut = new Tab("Minimum cut", cutPane());
        cut.textProperty().bind(Bindings.size(viewModel.cutGrants()).asString("Minimum cut (%d)"));
        getTabs().setAll(paths, cut);
    }

    private BorderPane pathsPane() {
        TableView<PathRow> table = new TableView<>(viewModel.paths());
        table.getColumns().setAll(List.of(
                column("Crown jewel", PathRow::target, 230),
                column("Kind", PathRow::targetKind, 90),
                column("Hops", PathRow::hops, 50),
                column("Confidence", r -> r.confidence().label(), 90),
                column("Route", PathRow::route, 560)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        table.setPlaceholder(new Label("No attack path to a crown jewel"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row == null) {
                viewModel.clearPathSelection();
            } else {
                viewModel.selectPath(row);
            }
        });
        return withSummary(viewModel.pathsSummaryProperty(), table);
    }

    private VBox cutPane() {
        TableView<CutRow> table = new TableView<>(viewModel.cutGrants());
        table.getColumns().setAll(List.of(
                column("To do", CutRow::action, 170),
                column("Grant", CutRow::description, 330),
                column("Held by", CutRow::holder, 150),
                column("Last used", CutRow::lastUsed, 90),
                column("Cost", r -> Formats.score(r.cost()), 60)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        table.setPlaceholder(new Label("Nothing to cut"));
        Label summary = new Label();
        summary.textProperty().bind(viewModel.cutSummaryProperty());
        summary.setWrapText(true);
        Label collateralTitle = new Label("Collateral damage");
        collateralTitle.getStyleClass().add(StyleClass.MUTED);
        ListView<String> collateral = new ListView<>(viewModel.collateral());
        collateral.setPrefHeight(60);
        collateral.setPlaceholder(new Label("No other identity loses access"));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, summary, table, collateralTitle, collateral);
        box.setPadding(new Insets(6, 8, 6, 8));
        return box;
    }

    private static BorderPane withSummary(ObservableValue<String> text, TableView<?> table) {
        Label summary = new Label();
        summary.textProperty().bind(text);
        summary.setPadding(new Insets(6, 8, 6, 8));
        BorderPane pane = new BorderPane(table);
        pane.setTop(summary);
        return pane;
    }

    private static <R, T> TableColumn<R, T> column(String title, Function<R, T> value, double width) {
        TableColumn<R, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

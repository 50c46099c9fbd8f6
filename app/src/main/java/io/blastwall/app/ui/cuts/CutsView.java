package io.blastwall.app.ui.cuts;

import io.blastwall.app.ui.common.Formats;
import io.blastwall.app.ui.common.Tables;
import io.blastwall.styles.StyleClass;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The suggested cuts: pick one, read its grants and collateral, and simulate it on the canvas. */
public final class CutsView extends VBox {
    private final CutsViewModel viewModel;
    private final ObservableList<CutRow> grants = FXCollections.observableArrayList();
    private final ObservableList<String> collateral = FXCollections.observableArrayList();

    public CutsView(CutsViewModel viewModel) {
        super(6);
        this.viewModel = viewModel;
        getStyleClass().add("cuts-view");
        setPadding(new Insets(6, 8, 6, 8));
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setWrapText(true);
        TableView<CutRow> table = grantsTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label collateralTitle = new Label("Collateral: who else loses access");
        collateralTitle.getStyleClass().add(StyleClass.MUTED);
        ListView<String> collateralList = new ListView<>(collateral);
        collateralList.setPrefHeight(64);
        // the grants table gives way when the tab is short, not the collateral (it was squeezed to half a line)
        collateralList.setMinHeight(52);
        collateralList.setPlaceholder(new Label("No other identity loses access"));
        getChildren().setAll(chooser(), summary, table, collateralTitle, collateralList);
        viewModel.chosenProperty().addListener((obs, old, option) -> showOption(option));
        showOption(viewModel.chosenProperty().get());
    }

    private HBox chooser() {
        ComboBox<CutOption> options = new ComboBox<>(viewModel.options());
        options.valueProperty().bindBidirectional(viewModel.chosenProperty());
        options.setPromptText("No cut needed");
        options.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.options()));
        ToggleButton simulate = new ToggleButton("Simulate");
        simulate.getStyleClass().add(StyleClass.ACCENT);
        simulate.setId("simulate");
        simulate.setTooltip(new Tooltip("Recompute the radius as if these grants were removed (nothing is changed)"));
        simulate.selectedProperty().bindBidirectional(viewModel.simulateProperty());
        simulate.disableProperty().bind(viewModel.chosenProperty().isNull());
        Label delta = new Label();
        delta.textProperty().bind(viewModel.deltaProperty());
        delta.getStyleClass().add(StyleClass.SUCCESS);
        delta.setId("cut-delta");
        HBox bar = new HBox(8, options, simulate, delta);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<CutRow> grantsTable() {
        TableView<CutRow> table = new TableView<>(grants);
        table.getColumns().setAll(List.of(
                Tables.column("To do", CutRow::action, 170),
                Tables.column("Grant", CutRow::description, 330),
                Tables.column("Held by", CutRow::holder, 150),
                Tables.column("Last used", CutRow::lastUsed, 90),
                Tables.column("Cost", r -> Formats.score(r.cost()), 60)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        table.setPlaceholder(new Label("Nothing to cut"));
        table.setRowFactory(t -> new SimulatedRow());
        return table;
    }

    private void showOption(CutOption option) {
        grants.setAll(option == null ? List.of() : option.grants());
        collateral.setAll(option == null ? List.of() : option.collateral());
    }

    /** Marks the grants of a simulated cut. */
    private final class SimulatedRow extends TableRow<CutRow> {
        SimulatedRow() {
            viewModel.simulationProperty().addListener((obs, old, s) -> mark());
        }

        @Override
        protected void updateItem(CutRow row, boolean empty) {
            super.updateItem(row, empty);
            mark();
        }

        private void mark() {
            boolean simulated = getItem() != null && viewModel.simulation()
                    .map(s -> s.removed().contains(getItem().grant().id())).orElse(false);
            getStyleClass().remove(StyleClass.SIMULATED_CUT);
            if (simulated) {
                getStyleClass().add(StyleClass.SIMULATED_CUT);
            }
        }
    }
}

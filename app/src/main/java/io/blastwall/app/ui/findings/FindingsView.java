package io.blastwall.app.ui.findings;

import io.blastwall.app.ui.common.Tables;
import io.blastwall.styles.StyleClass;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The snapshot's findings with their OWASP NHI risk; the selected one's evidence beside them. */
public final class FindingsView extends BorderPane {
    private final FindingsViewModel viewModel;

    /** @param open called with a finding the user double-clicks (to select its identity) */
    public FindingsView(FindingsViewModel viewModel, Consumer<FindingRow> open) {
        this.viewModel = viewModel;
        getStyleClass().add("findings-view");
        setTop(header());
        TextArea evidence = new TextArea();
        evidence.setEditable(false);
        evidence.getStyleClass().add(StyleClass.EVIDENCE);
        evidence.textProperty().bind(viewModel.evidenceProperty());
        evidence.setPromptText("Select a finding to read its evidence");
        SplitPane split = new SplitPane(table(open), evidence);
        split.setDividerPositions(0.7);
        setCenter(split);
    }

    private HBox header() {
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setMinWidth(0);
        TextField filter = new TextField();
        filter.setPromptText("Filter findings");
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        CheckBox only = new CheckBox("Selected identity only");
        only.selectedProperty().bindBidirectional(viewModel.selectedOnlyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, spacer, only, filter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private TableView<FindingRow> table(Consumer<FindingRow> open) {
        TableView<FindingRow> table = new TableView<>(viewModel.visibleRows());
        TableColumn<FindingRow, String> severity = Tables.column("Severity", FindingRow::severity, 78);
        severity.setCellFactory(c -> new SeverityCell());
        TableColumn<FindingRow, String> owasp = Tables.column("OWASP", r -> r.finding().owasp().id(), 86);
        owasp.setCellFactory(c -> new OwaspCell());
        table.getColumns().setAll(List.of(
                severity,
                owasp,
                Tables.column("Finding", FindingRow::title, 190),
                Tables.column("Identity", FindingRow::subjectName, 150),
                Tables.column("What", FindingRow::summary, 420)));
        for (TableColumn<FindingRow, ?> fixed : List.of(severity, owasp)) {
            fixed.setMinWidth(fixed.getPrefWidth());
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        table.setPlaceholder(new Label("No findings"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.select(row));
        table.setOnMouseClicked(e -> {
            FindingRow row = table.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row != null) {
                open.accept(row);
            }
        });
        return table;
    }

    /** The OWASP id, with the risk's title as a tooltip. */
    private static final class OwaspCell extends TableCell<FindingRow, String> {
        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            FindingRow row = getTableRow() == null ? null : getTableRow().getItem();
            setText(empty || id == null ? "" : id);
            setTooltip(empty || row == null ? null : new javafx.scene.control.Tooltip(row.owasp()));
        }
    }

    /** The severity as a coloured badge. */
    private static final class SeverityCell extends TableCell<FindingRow, String> {
        private final Label badge = new Label();

        SeverityCell() {
            badge.getStyleClass().add(StyleClass.BADGE);
        }

        @Override
        protected void updateItem(String severity, boolean empty) {
            super.updateItem(severity, empty);
            badge.getStyleClass().removeAll(StyleClass.RISKS);
            if (empty || severity == null) {
                setGraphic(null);
                return;
            }
            badge.setText(severity);
            badge.getStyleClass().add(switch (severity) {
                case "critical" -> StyleClass.RISK_CRITICAL;
                case "high" -> StyleClass.RISK_HIGH;
                case "medium" -> StyleClass.RISK_MEDIUM;
                default -> StyleClass.RISK_LOW;
            });
            setGraphic(badge);
        }
    }
}

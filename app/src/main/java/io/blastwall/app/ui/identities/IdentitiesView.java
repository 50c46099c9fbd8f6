package io.blastwall.app.ui.identities;

import io.blastwall.app.ui.common.Formats;
import io.blastwall.app.ui.common.KindStyle;
import io.blastwall.model.EntityKind;
import io.blastwall.styles.StyleClass;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import io.blastwall.model.Provider;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The ranking table of identities with its quick filters. */
public final class IdentitiesView extends BorderPane {
    private final IdentitiesViewModel viewModel;
    private static final double ROW_HEIGHT = 26;

    private final TableView<IdentityRow> table = new TableView<>();

    public IdentitiesView(IdentitiesViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("identities-view");
        setTop(filters());
        setCenter(table());
    }

    private VBox filters() {
        CheckBox machines = new CheckBox("Non-human only");
        machines.selectedProperty().bindBidirectional(viewModel.nonHumanOnlyProperty());
        CheckBox agents = new CheckBox("AI agents only");
        agents.selectedProperty().bindBidirectional(viewModel.aiAgentsOnlyProperty());
        CheckBox jewels = new CheckBox("Reaches a crown jewel");
        jewels.selectedProperty().bindBidirectional(viewModel.reachesCrownJewelsProperty());
        ComboBox<Provider> provider = new ComboBox<>();
        provider.getItems().add(null);
        viewModel.providers().addListener((ListChangeListener<Provider>) c -> {
            provider.getItems().setAll(new java.util.ArrayList<Provider>(java.util.Collections.singletonList(null)));
            provider.getItems().addAll(viewModel.providers());
        });
        provider.valueProperty().bindBidirectional(viewModel.providerProperty());
        provider.setConverter(new ProviderNames());
        provider.setPromptText("Any cloud");
        provider.setMinWidth(Region.USE_PREF_SIZE);
        provider.setPrefWidth(120);
        TextField filter = new TextField();
        filter.setPromptText("Filter by name or ARN");
        filter.getStyleClass().add(StyleClass.SEARCH_FIELD);
        filter.setId("identity-filter");
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label count = new Label();
        count.textProperty().bind(viewModel.summaryProperty());
        count.getStyleClass().add(StyleClass.MUTED);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox quick = new HBox(12, machines, agents, jewels);
        quick.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(8, filter, provider, count);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, quick, second);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private TableView<IdentityRow> table() {
        TableColumn<IdentityRow, String> name = column("Name", IdentityRow::name, 140);
        TableColumn<IdentityRow, EntityKind> kind = column("Kind", IdentityRow::kind, 98);
        kind.setCellFactory(c -> new KindCell());
        kind.setComparator(Comparator.comparing(EntityKind::label));
        TableColumn<IdentityRow, String> provider = column("Cloud", IdentityRow::providerLabel, 54);
        tooltip(provider, "Provider");
        TableColumn<IdentityRow, Integer> size = column("Radius", IdentityRow::radiusSize, 58);
        TableColumn<IdentityRow, Integer> jewels = column("Jewels", IdentityRow::crownJewels, 58);
        jewels.setCellFactory(c -> new JewelCell());
        tooltip(jewels, "Crown jewels reached");
        tooltip(size, "Identities and resources reached");
        TableColumn<IdentityRow, Double> score = column("Score", IdentityRow::score, 68);
        score.setCellFactory(c -> new ScoreCell());
        score.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().setAll(List.of(name, kind, provider, size, jewels, score));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (TableColumn<IdentityRow, ?> fixed : List.of(kind, provider, size, jewels, score)) {
            fixed.setMinWidth(fixed.getPrefWidth());
        }
        SortedList<IdentityRow> sorted = new SortedList<>(viewModel.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(score);
        table.setPlaceholder(new Label("Computing blast radii\u2026"));
        table.setFixedCellSize(ROW_HEIGHT);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.select(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> reveal(row));
        return table;
    }

    private void reveal(IdentityRow row) {
        if (row == null || row.equals(table.getSelectionModel().getSelectedItem())) {
            return;
        }
        table.getSelectionModel().select(row);
        Platform.runLater(() -> scrollIntoView(table.getSelectionModel().getSelectedIndex()));
    }

    /** Scrolls so that the row shows, unless it already does. */
    private void scrollIntoView(int index) {
        if (index >= 0 && !isShown(index)) {
            table.scrollTo(Math.max(0, index - 3));
        }
    }

    private boolean isShown(int index) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null) {
            return index > flow.getFirstVisibleCell().getIndex() && index < flow.getLastVisibleCell().getIndex();
        }
        // Rows just arrived and are not laid out yet: the table shows its top.
        return index < (table.getHeight() - ROW_HEIGHT) / ROW_HEIGHT - 1;
    }

    private static <T> TableColumn<IdentityRow, T> column(String title, Function<IdentityRow, T> value, double width) {
        TableColumn<IdentityRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static <T> ObservableValue<T> constant(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    private static void tooltip(TableColumn<IdentityRow, ?> column, String text) {
        Label header = new Label(column.getText());
        header.setTooltip(new Tooltip(text));
        column.setGraphic(header);
        column.setText("");
    }

    /** "Any cloud" for no filter, else the provider's name. */
    private static final class ProviderNames extends StringConverter<Provider> {
        @Override
        public String toString(Provider provider) {
            return provider == null ? "Any cloud" : provider.label();
        }

        @Override
        public Provider fromString(String text) {
            throw new UnsupportedOperationException("the provider filter is not editable");
        }
    }

    private static final class ScoreCell extends TableCell<IdentityRow, Double> {
        @Override
        protected void updateItem(Double score, boolean empty) {
            super.updateItem(score, empty);
            setText(empty || score == null ? "" : Formats.score(score));
            setAlignment(Pos.CENTER_RIGHT);
        }
    }

    /** The count of crown jewels reached, as a red badge when there are any. */
    private static final class JewelCell extends TableCell<IdentityRow, Integer> {
        private final Label badge = new Label();

        JewelCell() {
            badge.getStyleClass().addAll(StyleClass.BADGE, StyleClass.RISK_CRITICAL);
            setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(Integer count, boolean empty) {
            super.updateItem(count, empty);
            boolean jewels = !empty && count != null && count > 0;
            badge.setText(jewels ? count.toString() : "");
            setGraphic(jewels ? badge : null);
            setText(empty || count == null || jewels ? "" : count.toString());
        }
    }

    /** The kind's name after a swatch of its colour. */
    private static final class KindCell extends TableCell<IdentityRow, EntityKind> {
        private final Region swatch = new Region();

        KindCell() {
            swatch.getStyleClass().add(StyleClass.KIND_SWATCH);
            setGraphicTextGap(6);
        }

        @Override
        protected void updateItem(EntityKind kind, boolean empty) {
            super.updateItem(kind, empty);
            swatch.getStyleClass().removeIf(c -> c.startsWith(StyleClass.KIND_PREFIX));
            if (empty || kind == null) {
                setText("");
                setGraphic(null);
                return;
            }
            swatch.getStyleClass().add(KindStyle.styleClass(kind));
            setText(kind.label());
            setGraphic(swatch);
        }
    }
}

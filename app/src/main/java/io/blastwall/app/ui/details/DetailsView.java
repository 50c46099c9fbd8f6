package io.blastwall.app.ui.details;

import io.blastwall.styles.StyleClass;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The inspector on the right: what the selected node or edge is, and the evidence behind an edge. */
public final class DetailsView extends ScrollPane {
    private static final int MAX_EVIDENCE_ROWS = 14;

    private final DetailsViewModel viewModel;
    private final GridPane properties = new GridPane();
    private final VBox evidence = new VBox(10);

    public DetailsView(DetailsViewModel viewModel) {
        this.viewModel = viewModel;
        Label title = new Label();
        title.textProperty().bind(viewModel.titleProperty());
        title.getStyleClass().add(StyleClass.TITLE);
        title.setWrapText(true);
        Label subtitle = new Label();
        subtitle.textProperty().bind(viewModel.subtitleProperty());
        subtitle.getStyleClass().add(StyleClass.MUTED);
        configureGrid();
        VBox content = new VBox(8, title, subtitle, properties, evidence);
        content.getStyleClass().add(StyleClass.INSPECTOR);
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        viewModel.rows().addListener((ListChangeListener<DetailRow>) change -> showRows());
        viewModel.evidence().addListener((ListChangeListener<EvidenceItem>) change -> showEvidence());
        showRows();
        showEvidence();
    }

    private void configureGrid() {
        properties.setHgap(10);
        properties.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(92);
        names.setPrefWidth(92);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(80);
        properties.getColumnConstraints().setAll(names, values);
    }

    private void showRows() {
        properties.getChildren().clear();
        int line = 0;
        for (DetailRow row : viewModel.rows()) {
            Label name = new Label(row.name());
            name.getStyleClass().add(StyleClass.PROPERTY_NAME);
            Label value = new Label(row.value());
            value.setWrapText(true);
            value.getStyleClass().add(StyleClass.PROPERTY_VALUE);
            GridPane.setValignment(name, VPos.TOP);
            properties.addRow(line++, name, value);
        }
    }

    private void showEvidence() {
        evidence.getChildren().clear();
        if (viewModel.evidence().isEmpty()) {
            return;
        }
        Label heading = new Label("Evidence");
        heading.getStyleClass().add(StyleClass.SECTION_TITLE);
        evidence.getChildren().add(heading);
        for (EvidenceItem item : viewModel.evidence()) {
            evidence.getChildren().add(evidenceBox(item));
        }
    }

    private static VBox evidenceBox(EvidenceItem item) {
        Label heading = new Label(item.heading());
        heading.setWrapText(true);
        Label source = new Label(item.source());
        source.getStyleClass().add(StyleClass.MUTED);
        source.setWrapText(true);
        TextArea text = new TextArea(item.text());
        text.setEditable(false);
        text.setWrapText(false);
        text.getStyleClass().add(StyleClass.EVIDENCE);
        text.setPrefRowCount((int) Math.min(MAX_EVIDENCE_ROWS, Math.max(2, item.text().lines().count() + 1)));
        return new VBox(4, heading, source, text);
    }
}

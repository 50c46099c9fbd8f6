package io.blastwall.app.ui.status;

import io.blastwall.styles.StyleClass;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The bottom line: what is loaded, and the running background task with its progress and Cancel. */
public final class StatusBarView extends HBox {

    public StatusBarView(StatusBarViewModel viewModel) {
        super(10);
        getStyleClass().add(StyleClass.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add(StyleClass.MUTED);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Label task = new Label();
        task.textProperty().bind(viewModel.taskProperty());
        task.setMinWidth(0);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setPrefWidth(160);
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> viewModel.cancel());
        for (Node node : List.of(task, progress, cancel)) {
            node.visibleProperty().bind(viewModel.runningProperty());
            node.managedProperty().bind(viewModel.runningProperty());
        }
        getChildren().setAll(status, task, progress, cancel);
    }
}

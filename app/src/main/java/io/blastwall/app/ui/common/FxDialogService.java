package io.blastwall.app.ui.common;

import io.blastwall.styles.StyleClass;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs owned by the main window, styled like it. */
public final class FxDialogService implements DialogService {
    private static final double DIALOG_WIDTH = 620;
    private final Window owner;
    private File lastDirectory = new File(System.getProperty("user.home"));

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, Throwable error) {
        show(Alert.AlertType.ERROR, title, ErrorMessages.shortMessage(error), ErrorMessages.details(error));
    }

    @Override
    public void showInformation(String title, String message, String details) {
        show(Alert.AlertType.INFORMATION, title, message, details);
    }

    @Override
    public List<Path> chooseFiles(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(existingDirectory());
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Exports (json, yaml, csv, zip)",
                        "*.json", "*.yaml", "*.yml", "*.csv", "*.zip"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastDirectory = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(existingDirectory());
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return Optional.empty();
        }
        lastDirectory = folder.getParentFile() != null ? folder.getParentFile() : folder;
        return Optional.of(folder.toPath());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String name, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(existingDirectory());
        chooser.setInitialFileName(name);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), "*" + type.extension()));
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastDirectory = file.getParentFile() == null ? lastDirectory : file.getParentFile();
        return Optional.of(SaveNames.withExtension(file.toPath(), chooser.getSelectedExtensionFilter(), types));
    }

    @Override
    public Optional<ConnectionChoice> chooseConnection(ConnectionChoice current) {
        ConnectionDialog dialog = new ConnectionDialog(current);
        dialog.initOwner(owner);
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return dialog.showAndWait();
    }

    private void show(Alert.AlertType type, String title, String message, String details) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        if (owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        if (!details.isBlank()) {
            alert.getDialogPane().setExpandableContent(detailsArea(details));
            // wide enough that a cause's message reads without scrolling sideways
            alert.getDialogPane().setPrefWidth(DIALOG_WIDTH);
        }
        alert.show();
    }

    private static VBox detailsArea(String details) {
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(14);
        text.getStyleClass().add(StyleClass.MONOSPACE);
        VBox.setVgrow(text, Priority.ALWAYS);
        return new VBox(6, new Label("Details"), text);
    }

    private File existingDirectory() {
        return lastDirectory.isDirectory() ? lastDirectory : new File(System.getProperty("user.home"));
    }
}

package io.blastwall.app.ui;

import io.blastwall.app.ui.common.ConnectionChoice;
import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.common.FileType;
import io.blastwall.app.ui.common.ErrorMessages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service for tests: remembers what it was asked to show and answers file choosers as told. */
public final class RecordingDialogs implements DialogService {
    private final List<String> shown = new ArrayList<>();
    private List<Path> files = List.of();
    private final List<Path> saveAs = new ArrayList<>();
    private Optional<ConnectionChoice> connection = Optional.empty();

    @Override
    public void showError(String title, Throwable error) {
        shown.add("error: " + title + ": " + ErrorMessages.shortMessage(error));
    }

    @Override
    public void showInformation(String title, String message, String details) {
        shown.add("info: " + title + ": " + message);
    }

    @Override
    public List<Path> chooseFiles(String title) {
        return files;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return files.stream().findFirst();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String name, List<FileType> types) {
        shown.add("save: " + title);
        return saveAs.isEmpty() ? Optional.empty() : Optional.of(saveAs.remove(0));
    }

    @Override
    public Optional<ConnectionChoice> chooseConnection(ConnectionChoice current) {
        return connection;
    }

    /** What the next save dialogs answer, in turn. */
    public void answerSave(Path... files) {
        saveAs.addAll(List.of(files));
    }

    /** What the database dialog answers. */
    public void answerConnection(ConnectionChoice choice) {
        connection = Optional.of(choice);
    }

    /** What the next file chooser answers. */
    public void answerFiles(List<Path> chosen) {
        files = List.copyOf(chosen);
    }

    /** Every dialog shown, as "error: title: message", "info: title: message" or "save: title". */
    public List<String> shown() {
        return List.copyOf(shown);
    }
}

package io.blastwall.app.ui;

import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.common.ErrorMessages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service for tests: remembers what it was asked to show and answers file choosers as told. */
public final class RecordingDialogs implements DialogService {
    private final List<String> shown = new ArrayList<>();
    private List<Path> files = List.of();

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

    /** What the next file chooser answers. */
    public void answerFiles(List<Path> chosen) {
        files = List.copyOf(chosen);
    }

    /** Every dialog shown, as "error: title: message" or "info: title: message". */
    public List<String> shown() {
        return List.copyOf(shown);
    }
}

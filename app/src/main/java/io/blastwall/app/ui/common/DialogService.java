package io.blastwall.app.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a ViewModel needs from dialogs, so that it never touches a window. The window uses
 * {@link FxDialogService}; tests use a recording fake.
 */
public interface DialogService {

    /** Tells the user something failed: a short message, with the technical details collapsed. */
    void showError(String title, Throwable error);

    /** Tells the user something worth knowing, with optional longer details ("" for none). */
    void showInformation(String title, String message, String details);

    /** Asks for files to import; empty when the user cancels. */
    List<Path> chooseFiles(String title);

    /** Asks for a folder to import; empty when the user cancels. */
    Optional<Path> chooseFolder(String title);

    /**
     * Asks where to save a file of one of {@code types} (the first is the default), suggesting {@code name};
     * the answer ends with one of their extensions. Empty when the user cancels.
     */
    Optional<Path> chooseSaveFile(String title, String name, List<FileType> types);

    /** Asks which database to use, starting from {@code current}; empty when the user cancels. */
    Optional<ConnectionChoice> chooseConnection(ConnectionChoice current);

    /** Shows a short list of things, like the keyboard shortcuts. */
    default void showList(String title, java.util.List<String> lines) {
        showInformation(title, String.join("\n", lines), "");
    }
}

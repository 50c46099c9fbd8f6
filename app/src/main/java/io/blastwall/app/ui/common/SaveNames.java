package io.blastwall.app.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.FileChooser;

/** Makes a chosen save file end with one of the offered extensions. */
final class SaveNames {
    private SaveNames() {}

    /** {@code file} unchanged when it ends with an offered extension, else with the selected (or first) one added. */
    static Path withExtension(Path file, FileChooser.ExtensionFilter selected, List<FileType> types) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (types.stream().anyMatch(t -> name.endsWith(t.extension()))) {
            return file;
        }
        String extension = types.stream()
                .filter(t -> selected != null && selected.getDescription().equals(t.description()))
                .findFirst().orElse(types.get(0)).extension();
        return file.resolveSibling(file.getFileName() + extension);
    }
}

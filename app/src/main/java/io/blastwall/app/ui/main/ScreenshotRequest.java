package io.blastwall.app.ui.main;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A request to start, select an identity, save a picture of the window and quit: for documentation and
 * for checking the window without a person. Read from {@code -Dblastwall.screenshot=out.png} and
 * {@code -Dblastwall.select=name}, or the environment variables {@code BLASTWALL_SCREENSHOT} and
 * {@code BLASTWALL_SELECT}.
 *
 * @param output where to write the PNG
 * @param select the identity to select (name or id); "" for the default choice
 */
public record ScreenshotRequest(Path output, String select) {

    public static Optional<ScreenshotRequest> fromEnvironment() {
        String output = setting("blastwall.screenshot", "BLASTWALL_SCREENSHOT");
        if (output.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ScreenshotRequest(Path.of(output), setting("blastwall.select", "BLASTWALL_SELECT")));
    }

    /**
     * The folder for the README's story pictures ({@code -Dblastwall.story=dir} or {@code BLASTWALL_STORY}): the
     * selected identity's radius, its first attack path, and its cut simulated.
     */
    public static Optional<Path> storyFolderFromEnvironment() {
        String folder = setting("blastwall.story", "BLASTWALL_STORY");
        return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /** The identity to select at start, from the same settings, even without a screenshot. */
    public static String selectionFromEnvironment() {
        return setting("blastwall.select", "BLASTWALL_SELECT");
    }

    /** The theme asked for by {@code -Dblastwall.theme=dark|light} or {@code BLASTWALL_THEME}; empty when not set. */
    public static Optional<Boolean> darkThemeFromEnvironment() {
        String theme = setting("blastwall.theme", "BLASTWALL_THEME");
        return theme.isBlank() ? Optional.empty() : Optional.of(theme.equalsIgnoreCase("dark"));
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null ? "" : value.strip();
    }
}

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

    /** The identity to select at start, from the same settings, even without a screenshot. */
    public static String selectionFromEnvironment() {
        return setting("blastwall.select", "BLASTWALL_SELECT");
    }

    /** Whether {@code -Dblastwall.theme=dark} or {@code BLASTWALL_THEME=dark} asks for the dark theme. */
    public static boolean darkThemeFromEnvironment() {
        return setting("blastwall.theme", "BLASTWALL_THEME").equalsIgnoreCase("dark");
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null ? "" : value.strip();
    }
}

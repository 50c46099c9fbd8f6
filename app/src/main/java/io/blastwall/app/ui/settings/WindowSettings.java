package io.blastwall.app.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the window remembers between runs. Never a password.
 *
 * @param dark whether the dark theme is on
 * @param width window width
 * @param height window height
 * @param maximized whether the window was maximized
 * @param dividers the divider positions of the window's split panes, outermost first
 * @param recent recently imported inputs, newest first, at most {@value #MAX_RECENT}
 * @param serverUri the Neo4j server last connected to, "" for the embedded store
 * @param serverUser the user on that server
 */
public record WindowSettings(
        boolean dark, double width, double height, boolean maximized, List<Double> dividers, List<Path> recent,
        String serverUri, String serverUser) {
    public static final int MAX_RECENT = 8;
    public static final WindowSettings DEFAULTS =
            new WindowSettings(false, 1400, 900, false, List.of(0.35, 0.64, 0.74), List.of(), "", "");

    public WindowSettings {
        dividers = List.copyOf(dividers);
        recent = List.copyOf(recent.subList(0, Math.min(recent.size(), MAX_RECENT)));
        Objects.requireNonNull(serverUri, "serverUri");
        Objects.requireNonNull(serverUser, "serverUser");
    }

    public WindowSettings withDark(boolean on) {
        return new WindowSettings(on, width, height, maximized, dividers, recent, serverUri, serverUser);
    }

    public WindowSettings withWindow(double newWidth, double newHeight, boolean isMaximized) {
        return new WindowSettings(dark, newWidth, newHeight, isMaximized, dividers, recent, serverUri, serverUser);
    }

    public WindowSettings withDividers(List<Double> positions) {
        return new WindowSettings(dark, width, height, maximized, positions, recent, serverUri, serverUser);
    }

    /** {@code inputs} first in the recent list, each once. */
    public WindowSettings withRecent(List<Path> inputs) {
        List<Path> all = new ArrayList<>();
        inputs.forEach(p -> all.add(p.toAbsolutePath().normalize()));
        recent.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return new WindowSettings(dark, width, height, maximized, dividers, all, serverUri, serverUser);
    }

    /** Exactly {@code inputs} as the recent list. */
    public WindowSettings withRecentReplaced(List<Path> inputs) {
        return new WindowSettings(dark, width, height, maximized, dividers, inputs, serverUri, serverUser);
    }

    public WindowSettings withServer(String uri, String user) {
        return new WindowSettings(dark, width, height, maximized, dividers, recent, uri, user);
    }
}

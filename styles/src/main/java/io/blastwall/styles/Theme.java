package io.blastwall.styles;

import java.net.URL;
import java.util.List;

/** A colour theme: a theme stylesheet defining the -br- tokens, followed by the shared components stylesheet. */
public enum Theme {
    LIGHT("Light", "light.css"),
    DARK("Dark", "dark.css");

    static final String COMPONENTS = "components.css";

    private final String label;
    private final String fileName;

    Theme(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    /** The name shown in menus and settings. */
    public String label() {
        return label;
    }

    /** External-form URLs for {@code Scene.getStylesheets()}: the theme first, then the components. */
    public List<String> stylesheets() {
        return List.of(url(fileName).toExternalForm(), url(COMPONENTS).toExternalForm());
    }

    /** The file name of the theme stylesheet beside this class. */
    String fileName() {
        return fileName;
    }

    static URL url(String fileName) {
        URL url = Theme.class.getResource(fileName);
        if (url == null) {
            throw new IllegalStateException("stylesheet missing from the build: " + fileName);
        }
        return url;
    }
}

package io.blastwall.app.ui.main;

import java.util.List;

/** The window's keyboard shortcuts, as the Help menu and the README list them. */
public final class Shortcuts {
    public static final List<String> ALL = List.of(
            "Ctrl+F \u2014 search any entity by name, ARN or id",
            "Ctrl+O \u2014 import files or a zip as a new snapshot",
            "Ctrl+Shift+O \u2014 import a folder",
            "Ctrl+E \u2014 export the report of the selected identity",
            "Ctrl+Shift+E \u2014 export the report of the whole snapshot",
            "Ctrl+0 (or F on the canvas) \u2014 fit the graph to the window",
            "Alt+Left / Alt+Right \u2014 back and forward through selected identities",
            "Ctrl+Enter \u2014 run the query in the Cypher console",
            "F1 \u2014 this list");

    private Shortcuts() {}
}

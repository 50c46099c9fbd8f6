package io.blastwall.app.ui.main;

import io.blastwall.app.ui.console.CypherConsoleViewModel;
import io.blastwall.app.ui.cuts.CutsViewModel;
import io.blastwall.app.ui.details.DetailsViewModel;
import io.blastwall.app.ui.export.ExportViewModel;
import io.blastwall.app.ui.findings.FindingsViewModel;
import io.blastwall.app.ui.graph.RadiusGraphViewModel;
import io.blastwall.app.ui.identities.IdentitiesViewModel;
import io.blastwall.app.ui.paths.PathsViewModel;
import java.util.Objects;

/** The ViewModels of the panels of the main window, which {@link MainViewModel} connects. */
public record WindowPanels(
        IdentitiesViewModel identities,
        RadiusGraphViewModel graph,
        DetailsViewModel details,
        PathsViewModel paths,
        CutsViewModel cuts,
        FindingsViewModel findings,
        CypherConsoleViewModel console,
        ExportViewModel export) {
    public WindowPanels {
        Objects.requireNonNull(identities, "identities");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(cuts, "cuts");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(export, "export");
    }
}

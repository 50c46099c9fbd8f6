package io.blastwall.app.ui.main;

import io.blastwall.app.ui.details.DetailsViewModel;
import io.blastwall.app.ui.graph.RadiusGraphViewModel;
import io.blastwall.app.ui.identities.IdentitiesViewModel;
import io.blastwall.app.ui.paths.PathsViewModel;
import java.util.Objects;

/** The ViewModels of the panels of the main window, which {@link MainViewModel} connects. */
public record WindowPanels(
        IdentitiesViewModel identities, RadiusGraphViewModel graph, DetailsViewModel details, PathsViewModel paths) {
    public WindowPanels {
        Objects.requireNonNull(identities, "identities");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(paths, "paths");
    }
}

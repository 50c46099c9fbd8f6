package io.blastwall.app.ui.export;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.analysis.RadiusSummary;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.Background;
import io.blastwall.app.report.Report;
import io.blastwall.app.report.ReportBuilder;
import io.blastwall.app.report.ReportFormat;
import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.common.FileType;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Export: a report (HTML, Markdown or JSON, as the command line writes them) of the selected identity or the whole
 * snapshot, and the canvas as PNG or SVG. Files are chosen through the dialog service and written in the
 * background (the PNG is taken on the FX thread, where the view lives).
 */
public final class ExportViewModel {
    private final Background background;
    private final DialogService dialogs;
    private final ViewPictures pictures;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Path> lastExport = new ReadOnlyObjectWrapper<>(this, "lastExport");
    private final ReadOnlyBooleanWrapper canExportIdentity = new ReadOnlyBooleanWrapper(this, "canExportIdentity");
    private final ReadOnlyBooleanWrapper canExportSnapshot = new ReadOnlyBooleanWrapper(this, "canExportSnapshot");
    private Optional<LoadedSnapshot> snapshot = Optional.empty();
    private Optional<EntityId> identity = Optional.empty();
    private Set<GrantId> simulated = Set.of();

    public ExportViewModel(Background background, DialogService dialogs, ViewPictures pictures, Clock clock) {
        this.background = background;
        this.dialogs = dialogs;
        this.pictures = pictures;
        this.clock = clock;
    }

    /** What is shown: the snapshot, and the selected identity (empty when none). */
    public void use(Optional<LoadedSnapshot> shown, Optional<EntityId> selected) {
        snapshot = shown;
        Optional<EntityId> before = identity;
        identity = shown.isPresent() ? selected : Optional.empty();
        if (!identity.equals(before)) {
            simulated = Set.of();
        }
        canExportSnapshot.set(snapshot.isPresent());
        canExportIdentity.set(identity.isPresent());
    }

    /**
     * The grants of the cut simulated in the window (empty when none): the identity report marks the cut that
     * removes them as the one simulated.
     */
    public void useSimulation(Set<GrantId> removed) {
        simulated = Set.copyOf(removed);
    }

    /** A report of the selected identity: its radius, attack paths with evidence, and the cuts that close them. */
    public void exportIdentityReport() {
        if (snapshot.isEmpty() || identity.isEmpty()) {
            dialogs.showInformation("Nothing to export", "Select an identity first.", "");
            return;
        }
        Entity entity = snapshot.get().graph().require(identity.get());
        dialogs.chooseSaveFile("Export the report of " + entity.name(), fileName(entity.name()) + "-report.html",
                        FileType.REPORTS)
                .ifPresent(this::exportIdentityReportTo);
    }

    /**
     * Writes the selected identity's report to {@code file} without asking (the format by its extension, HTML
     * when it has none of the report formats'): for the README's pictures, which show the window's own export.
     */
    public void exportIdentityReportTo(Path file) {
        if (snapshot.isEmpty() || identity.isEmpty()) {
            return;
        }
        LoadedSnapshot shown = snapshot.get();
        Entity entity = shown.graph().require(identity.get());
        Set<GrantId> cut = simulated;
        writeReport(shown, file, "the report of " + entity.name(), (ranking, progress) ->
                new ReportBuilder(shown, clock).identityReport(ranking, entity, Set.of(), cut, progress));
    }

    /** A report of the whole snapshot: the ranking, and the riskiest identities in detail. */
    public void exportSnapshotReport() {
        if (snapshot.isEmpty()) {
            dialogs.showInformation("Nothing to export", "No snapshot is loaded yet.", "");
            return;
        }
        LoadedSnapshot shown = snapshot.get();
        dialogs.chooseSaveFile("Export the snapshot report", fileName(shown.snapshot().label()) + "-report.html",
                        FileType.REPORTS)
                .ifPresent(file -> writeReport(shown, file, "the snapshot report",
                        (ranking, progress) -> new ReportBuilder(shown, clock).snapshotReport(ranking, progress)));
    }

    /** The canvas as a PNG, as it is shown. */
    public void exportPng() {
        String name = identity.flatMap(id -> snapshot.flatMap(s -> s.graph().entity(id))).map(Entity::name).orElse("radius");
        dialogs.chooseSaveFile("Export the view as PNG", fileName(name) + ".png", List.of(FileType.PNG)).ifPresent(file -> {
            try {
                pictures.writePng(file);
                done(file);
            } catch (IOException | RuntimeException e) {
                dialogs.showError("Could not write " + file.getFileName(), e);
            }
        });
    }

    /** The canvas as an SVG document. */
    public void exportSvg() {
        String name = identity.flatMap(id -> snapshot.flatMap(s -> s.graph().entity(id))).map(Entity::name).orElse("radius");
        dialogs.chooseSaveFile("Export the view as SVG", fileName(name) + ".svg", List.of(FileType.SVG)).ifPresent(file -> {
            String svg = pictures.svg();
            background.run("Writing " + file.getFileName(), progress -> {
                        write(file, svg);
                        return file;
                    },
                    this::done,
                    error -> dialogs.showError("Could not write " + file.getFileName(), error));
        });
    }

    /** The file written last; {@code null} before any export. */
    public ReadOnlyObjectProperty<Path> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExportIdentityProperty() {
        return canExportIdentity.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExportSnapshotProperty() {
        return canExportSnapshot.getReadOnlyProperty();
    }

    private void writeReport(LoadedSnapshot shown, Path file, String what, ReportMaker maker) {
        ReportFormat format = ReportFormat.forFile(file).orElse(ReportFormat.HTML);
        background.run("Exporting " + what, progress -> {
                    progress.progress("Ranking the identities", 0, -1);
                    List<RadiusSummary> ranking = shown.analysis().radii().all(progress);
                    Report report = maker.make(ranking, progress);
                    progress.progress("Writing " + file.getFileName(), 0, -1);
                    format.writer().write(report, file);
                    return file;
                },
                this::done,
                error -> dialogs.showError("Could not export " + what, error));
    }

    private void done(Path file) {
        lastExport.set(file);
    }

    private static void write(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + file.getFileName() + ".part");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A file name made of the name's letters, digits, dots and dashes. */
    static String fileName(String name) {
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "blastwall" : cleaned;
    }

    @FunctionalInterface
    private interface ReportMaker {
        Report make(List<RadiusSummary> ranking, ProgressListener progress);
    }
}

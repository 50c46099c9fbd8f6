package io.blastwall.app.ui.findings;

import io.blastwall.analysis.Finding;
import io.blastwall.analysis.FindingsAnalyzer;
import io.blastwall.analysis.FindingsPolicy;
import io.blastwall.analysis.RadiusSummary;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.Background;
import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.common.LatestRequest;
import io.blastwall.model.EntityId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The findings of the loaded snapshot (admin-equivalent, over-privileged, stale keys… each with its OWASP NHI Top 10
 * risk and evidence), computed in the background; filterable by text and to the selected identity.
 */
public final class FindingsViewModel {
    private final Background background;
    private final DialogService dialogs;
    private final LatestRequest requests = new LatestRequest();
    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FindingRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<FindingRow> visible = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty selectedOnly = new SimpleBooleanProperty(this, "selectedOnly", false);
    private final ObjectProperty<EntityId> selectedIdentity = new SimpleObjectProperty<>(this, "selectedIdentity");
    private final ReadOnlyObjectWrapper<FindingRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper evidence = new ReadOnlyStringWrapper(this, "evidence", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "No snapshot loaded");

    public FindingsViewModel(Background background, DialogService dialogs) {
        this.background = background;
        this.dialogs = dialogs;
        visible.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String text = filterText.get();
            boolean only = selectedOnly.get();
            EntityId identity = selectedIdentity.get();
            return row -> row.matches(text) && (!only || row.finding().subject().equals(identity));
        }, filterText, selectedOnly, selectedIdentity));
    }

    /** Analyses the snapshot's findings in the background. */
    public void show(LoadedSnapshot snapshot) {
        long ticket = requests.next();
        rows.clear();
        select(null);
        summary.set("Looking for findings\u2026");
        background.run("Looking for findings", progress -> {
                    requests.checkCurrent(ticket);
                    return find(snapshot, progress);
                },
                found -> {
                    if (requests.isCurrent(ticket)) {
                        rows.setAll(found.stream().map(f -> FindingRow.of(f, snapshot.graph())).toList());
                        summary.set(describe(found));
                    }
                },
                error -> {
                    if (requests.isCurrent(ticket)) {
                        summary.set("Could not look for findings");
                        dialogs.showError("Could not look for findings", error);
                    }
                });
    }

    public void clear() {
        requests.next();
        rows.clear();
        select(null);
        summary.set("No snapshot loaded");
    }

    /** Selects a finding and shows its evidence; {@code null} selects nothing. */
    public void select(FindingRow row) {
        selected.set(row);
        evidence.set(row == null ? "" : row.summary() + "\n\n" + row.evidenceText());
    }

    public Optional<FindingRow> selected() {
        return Optional.ofNullable(selected.get());
    }

    public ObservableList<FindingRow> rows() {
        return readOnlyRows;
    }

    public ObservableList<FindingRow> visibleRows() {
        return visible;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** When on, only the findings about {@link #selectedIdentityProperty()} are listed. */
    public BooleanProperty selectedOnlyProperty() {
        return selectedOnly;
    }

    /** The identity selected in the window, for {@link #selectedOnlyProperty()}. */
    public ObjectProperty<EntityId> selectedIdentityProperty() {
        return selectedIdentity;
    }

    public ReadOnlyObjectProperty<FindingRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected finding's sentence and its evidence. */
    public ReadOnlyStringProperty evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    /** "20 findings: 2 critical, 3 high …". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private static List<Finding> find(LoadedSnapshot snapshot, io.blastwall.analysis.ProgressListener progress) {
        Set<EntityId> reaching = snapshot.analysis().radii().all(progress).stream()
                .filter(s -> s.crownJewelsReached() > 0)
                .map(RadiusSummary::identity)
                .collect(Collectors.toSet());
        LocalDate imported = snapshot.snapshot().createdAt().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate asOf = FindingsAnalyzer.exportDay(snapshot.graph(), imported);
        return new FindingsAnalyzer(snapshot.graph(), FindingsPolicy.defaults(asOf)).findings(reaching);
    }

    private static String describe(List<Finding> found) {
        if (found.isEmpty()) {
            return "No findings";
        }
        String bySeverity = found.stream()
                .collect(Collectors.groupingBy(Finding::severity, java.util.TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
        return found.size() + (found.size() == 1 ? " finding: " : " findings: ") + bySeverity;
    }
}

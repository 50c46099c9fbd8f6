package io.blastwall.app.ui.identities;

import io.blastwall.analysis.RadiusSummary;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.Background;
import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.common.LatestRequest;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
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
 * The identities of the loaded snapshot ranked by blast radius (computed in the background), with a text
 * filter and quick filters, and the one selected.
 */
public final class IdentitiesViewModel {
    /** Highest score first, then by name: the order of the table before the user sorts it. */
    public static final Comparator<IdentityRow> BY_SCORE = Comparator.comparingDouble(IdentityRow::score)
            .reversed()
            .thenComparing(IdentityRow::name, String.CASE_INSENSITIVE_ORDER);

    private final Background background;
    private final DialogService dialogs;
    private final LatestRequest requests = new LatestRequest();
    private final ObservableList<IdentityRow> rows = FXCollections.observableArrayList();
    private final FilteredList<IdentityRow> visible = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty nonHumanOnly = new SimpleBooleanProperty(this, "nonHumanOnly", true);
    private final BooleanProperty aiAgentsOnly = new SimpleBooleanProperty(this, "aiAgentsOnly", false);
    private final BooleanProperty reachesCrownJewels = new SimpleBooleanProperty(this, "reachesCrownJewels", false);
    private final ObjectProperty<Provider> provider = new SimpleObjectProperty<>(this, "provider");
    private final ObservableList<Provider> providers = FXCollections.observableArrayList();
    private final ObservableList<Provider> readOnlyProviders = FXCollections.unmodifiableObservableList(providers);
    private final ReadOnlyObjectWrapper<IdentityRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<IdentityRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private String preferred = "";

    public IdentitiesViewModel(Background background, DialogService dialogs) {
        this.background = background;
        this.dialogs = dialogs;
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                this::predicate, filterText, nonHumanOnly, aiAgentsOnly, reachesCrownJewels, provider));
        summary.bind(Bindings.createStringBinding(this::describeCounts, visible, rows));
    }

    /** Ranks the identities of {@code snapshot} in the background, then selects one. */
    public void show(LoadedSnapshot snapshot) {
        long ticket = requests.next();
        clearRows();
        background.run("Computing blast radii", progress -> {
                    requests.checkCurrent(ticket);
                    return rank(snapshot.graph(), snapshot.analysis().radii().all(progress));
                },
                ranked -> {
                    if (requests.isCurrent(ticket)) {
                        rows.setAll(ranked);
                        providers.setAll(ranked.stream().map(IdentityRow::provider).distinct().sorted().toList());
                        selectInitial();
                    }
                },
                error -> {
                    if (requests.isCurrent(ticket)) {
                        dialogs.showError("Could not compute the blast radii", error);
                    }
                });
    }

    public void clear() {
        requests.next();
        clearRows();
    }

    public void select(IdentityRow row) {
        selected.set(row);
    }

    /** Selects the identity with this id, if it is listed. */
    public void select(EntityId id) {
        rows.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(selected::set);
    }

    /**
     * Asks to select the identity with this name (or id, or the first whose name contains it) as soon as
     * the ranking is there, instead of the default choice.
     */
    public void preferSelection(String nameOrId) {
        preferred = nameOrId.strip();
        if (!rows.isEmpty()) {
            selectInitial();
        }
    }

    public Optional<IdentityRow> selected() {
        return Optional.ofNullable(selected.get());
    }

    /** All ranked identities, highest score first. */
    public ObservableList<IdentityRow> rows() {
        return readOnlyRows;
    }

    /** The identities that pass the filters, highest score first. */
    public ObservableList<IdentityRow> visibleRows() {
        return visible;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public BooleanProperty nonHumanOnlyProperty() {
        return nonHumanOnly;
    }

    public BooleanProperty aiAgentsOnlyProperty() {
        return aiAgentsOnly;
    }

    /** Only identities with a path to at least one crown jewel. */
    public BooleanProperty reachesCrownJewelsProperty() {
        return reachesCrownJewels;
    }

    /** Only identities of this provider; {@code null} for every provider. */
    public ObjectProperty<Provider> providerProperty() {
        return provider;
    }

    /** The providers of the ranked identities, for the provider filter. */
    public ObservableList<Provider> providers() {
        return readOnlyProviders;
    }

    /** The selected identity; {@code null} while nothing is selected. */
    public ReadOnlyObjectProperty<IdentityRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** "12 of 40 identities". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private static List<IdentityRow> rank(IdentityGraph graph, List<RadiusSummary> summaries) {
        return summaries.stream()
                .filter(s -> graph.contains(s.identity()))
                .map(s -> IdentityRow.of(graph.require(s.identity()), s))
                .sorted(BY_SCORE)
                .toList();
    }

    private void selectInitial() {
        preferredChoice().or(this::defaultChoice).or(() -> rows.stream().findFirst()).ifPresent(selected::set);
    }

    private Optional<IdentityRow> defaultChoice() {
        return visible.stream()
                .filter(r -> r.kind() == EntityKind.AI_AGENT)
                .findFirst()
                .or(() -> visible.stream().findFirst());
    }

    private Optional<IdentityRow> preferredChoice() {
        if (preferred.isEmpty()) {
            return Optional.empty();
        }
        String wanted = preferred.toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(r -> r.name().equalsIgnoreCase(wanted) || r.id().value().equalsIgnoreCase(wanted))
                .findFirst()
                .or(() -> rows.stream().filter(r -> r.matches(wanted)).findFirst());
    }

    private Predicate<IdentityRow> predicate() {
        String text = filterText.get();
        boolean machinesOnly = nonHumanOnly.get();
        boolean agentsOnly = aiAgentsOnly.get();
        boolean jewelsOnly = reachesCrownJewels.get();
        Provider only = provider.get();
        return row -> row.matches(text)
                && (!machinesOnly || row.kind().isRankedByDefault())
                && (!agentsOnly || row.kind() == EntityKind.AI_AGENT)
                && (!jewelsOnly || row.crownJewels() > 0)
                && (only == null || row.provider() == only);
    }

    private String describeCounts() {
        return rows.isEmpty() ? "No identities" : visible.size() + " of " + rows.size();
    }

    private void clearRows() {
        selected.set(null);
        rows.clear();
    }
}

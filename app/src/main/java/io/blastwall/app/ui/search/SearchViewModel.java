package io.blastwall.app.ui.search;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The toolbar's search box: completes any entity of the snapshot by name, ARN or id (exact matches first, then
 * names that start with the text, then names and ids that contain it); choosing one hands it to the window.
 */
public final class SearchViewModel {
    public static final int MAX_SUGGESTIONS = 12;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> suggestions = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> readOnlySuggestions = FXCollections.unmodifiableObservableList(suggestions);
    private final Consumer<SearchHit> chosen;
    private List<Indexed> index = List.of();
    private Set<EntityId> listed = Set.of();

    /** @param chosen what to do with a chosen hit (select the identity, or inspect the entity) */
    public SearchViewModel(Consumer<SearchHit> chosen) {
        this.chosen = chosen;
        query.addListener((obs, old, text) -> suggest(text));
    }

    /** Searches this graph from now on; {@code listedIdentities} are those of the ranking table. */
    public void use(IdentityGraph graph, Set<EntityId> listedIdentities) {
        List<Indexed> entries = new ArrayList<>(graph.entityCount());
        for (Entity e : graph.entities()) {
            entries.add(new Indexed(e, e.name().toLowerCase(Locale.ROOT), e.id().value().toLowerCase(Locale.ROOT)));
        }
        index = entries;
        listed = Set.copyOf(listedIdentities);
        suggest(query.get());
    }

    public void clear() {
        index = List.of();
        listed = Set.of();
        suggestions.clear();
    }

    /** Chooses a suggestion: the window selects it, and the box forgets the text. */
    public void choose(SearchHit hit) {
        chosen.accept(hit);
        query.set("");
    }

    /** Chooses the best suggestion for the typed text, if there is one (Enter in the box). */
    public Optional<SearchHit> chooseBest() {
        Optional<SearchHit> best = suggestions.stream().findFirst();
        best.ifPresent(this::choose);
        return best;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** At most {@value #MAX_SUGGESTIONS} completions of the query, best first. */
    public ObservableList<SearchHit> suggestions() {
        return readOnlySuggestions;
    }

    private void suggest(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            suggestions.clear();
            return;
        }
        List<Scored> found = new ArrayList<>();
        for (Indexed e : index) {
            int rank = rank(e, needle);
            if (rank >= 0) {
                found.add(new Scored(e.entity(), rank));
            }
        }
        found.sort(Comparator.comparingInt(Scored::rank)
                .thenComparing(s -> !listed.contains(s.entity().id()))
                .thenComparing(s -> s.entity().name().length())
                .thenComparing(s -> s.entity().id()));
        suggestions.setAll(found.stream().limit(MAX_SUGGESTIONS)
                .map(s -> new SearchHit(s.entity(), listed.contains(s.entity().id()))).toList());
    }

    /** 0 exact name or id, 1 name prefix, 2 name contains, 3 id contains; -1 no match. */
    private static int rank(Indexed e, String needle) {
        if (e.name().equals(needle) || e.id().equals(needle)) {
            return 0;
        }
        if (e.name().startsWith(needle)) {
            return 1;
        }
        if (e.name().contains(needle)) {
            return 2;
        }
        return e.id().contains(needle) ? 3 : -1;
    }

    private record Indexed(Entity entity, String name, String id) {}

    private record Scored(Entity entity, int rank) {}
}

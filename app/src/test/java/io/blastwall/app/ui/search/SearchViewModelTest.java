package io.blastwall.app.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.app.ui.SmallEnvironment;
import io.blastwall.model.EntityId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {
    private final List<SearchHit> chosen = new ArrayList<>();
    private final SearchViewModel search = new SearchViewModel(chosen::add);

    private List<String> suggested(String text) {
        search.queryProperty().set(text);
        return search.suggestions().stream().map(h -> h.entity().name()).toList();
    }

    @Test
    void completesNamesThatStartWithTheTextBeforeThoseThatContainIt() {
        search.use(SmallEnvironment.graph(), Set.of(SmallEnvironment.AGENT));

        List<String> names = suggested("a");

        assertEquals(List.of("alice", "admin-role"), names.subList(0, 2));
        assertTrue(names.indexOf("support-agent") > 1, names.toString());
    }

    @Test
    void findsAnyEntityByItsArnAndSaysWhetherItIsARankedIdentity() {
        search.use(SmallEnvironment.graph(), Set.of(SmallEnvironment.AGENT));

        search.queryProperty().set("arn:aws:rds:eu-west-1:111122223333:db:customer-db");

        assertEquals(1, search.suggestions().size());
        SearchHit db = search.suggestions().get(0);
        assertEquals(SmallEnvironment.CUSTOMER_DB, db.entity().id());
        assertEquals(false, db.listed());
        search.queryProperty().set("support");
        assertEquals(true, search.suggestions().get(0).listed());
    }

    @Test
    void anExactNameComesFirstAndChoosingItClearsTheBox() {
        search.use(SmallEnvironment.graph(), Set.of());
        search.queryProperty().set("LOGS");

        Optional<SearchHit> best = search.chooseBest();

        assertEquals(Optional.of(SmallEnvironment.LOGS), best.map(h -> h.entity().id()));
        assertEquals(List.of(SmallEnvironment.LOGS), chosen.stream().map(h -> h.entity().id()).toList());
        assertEquals("", search.queryProperty().get());
        assertEquals(List.of(), search.suggestions());
    }

    @Test
    void suggestsAtMostAFewAndNothingForABlankQuery() {
        search.use(SmallEnvironment.graph(), Set.of());

        assertEquals(SearchViewModel.MAX_SUGGESTIONS, suggested("data-").size());
        assertEquals(List.of(), suggested("   "));
        assertEquals(List.of(), suggested("no such thing"));
    }

    @Test
    void choosingWithoutSuggestionsDoesNothing() {
        assertEquals(Optional.empty(), search.chooseBest());
        assertEquals(List.<EntityId>of(), chosen.stream().map(h -> h.entity().id()).toList());
    }
}

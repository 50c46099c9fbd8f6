package io.blastwall.app.cli;

import io.blastwall.analysis.AccessChange;
import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.IdentityDiff;
import io.blastwall.app.report.HopExplainer;
import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** {@code --remove GRANT}: a what-if, analysing as if grants were removed, in memory only. */
final class WhatIfOption {
    private static final int SHOWN = 8;

    @Option(
            names = "--remove",
            paramLabel = "GRANT",
            split = ",",
            description = "What-if: analyse as if these grants were removed (ids as `blastwall cuts` shows them, or a "
                    + "unique part of one). Nothing in the store changes; before and after are shown.")
    List<String> grants = new ArrayList<>();

    boolean requested() {
        return !grants.isEmpty();
    }

    /** The grant ids meant, each an exact id or a unique part of one. */
    Set<GrantId> resolve(IdentityGraph graph) {
        Set<GrantId> ids = new LinkedHashSet<>();
        for (String query : grants) {
            GrantId exact = GrantId.of(query);
            if (graph.grant(exact).isPresent()) {
                ids.add(exact);
                continue;
            }
            List<GrantId> partial = graph.grants().stream().map(Grant::id)
                    .filter(g -> g.value().contains(query)).sorted().toList();
            if (partial.size() != 1) {
                throw new UserError(partial.isEmpty()
                        ? "no grant matches \"" + query + "\" (`blastwall cuts` lists grant ids)"
                        : "\"" + query + "\" matches " + partial.size() + " grants; give more of the id, e.g. " + partial.get(0));
            }
            ids.add(partial.get(0));
        }
        return ids;
    }

    /** The analysis with the grants removed, after printing which they are. */
    Analysis apply(Analysis base, PrintWriter out) {
        Set<GrantId> ids = resolve(base.graph());
        out.printf("What-if: without %d grant(s) (in memory only; the snapshot is unchanged):%n", ids.size());
        for (GrantId id : ids) {
            Grant g = base.graph().grant(id).orElseThrow();
            out.printf("  - %s: %s (%s)%n", g.kind().action(), g.description(), id);
        }
        out.println();
        return base.withoutGrants(ids);
    }

    /** One identity's before/after lines. */
    static void printDelta(PrintWriter out, HopExplainer words, IdentityDiff diff) {
        if (diff.isUnchanged()) {
            out.println("No change for " + words.name(diff.identity()) + ".");
            return;
        }
        out.println("Change for " + words.name(diff.identity()) + ":");
        line(out, words, "identities gained", diff.identitiesGained());
        line(out, words, "identities lost", diff.identitiesLost());
        line(out, words, "of those, still accessible but no longer acted as", diff.identitiesStillAccessed());
        line(out, words, "resources gained", diff.resourcesGained().stream().map(AccessChange::resource).toList());
        line(out, words, "resources lost", diff.resourcesLost().stream().map(AccessChange::resource).toList());
        if (!diff.accessChanged().isEmpty()) {
            out.println("  access changed: " + diff.accessChanged().stream().limit(SHOWN)
                    .map(c -> words.name(c.resource()) + " " + c.before().label() + " -> " + c.after().label())
                    .collect(Collectors.joining(", ")) + more(diff.accessChanged().size()));
        }
        line(out, words, "crown jewels gained", diff.crownJewelsGained());
        line(out, words, "crown jewels lost", diff.crownJewelsLost());
    }

    private static void line(PrintWriter out, HopExplainer words, String what, List<EntityId> ids) {
        if (!ids.isEmpty()) {
            out.printf(Locale.ROOT, "  %s (%d): %s%s%n", what, ids.size(),
                    ids.stream().limit(SHOWN).map(words::name).collect(Collectors.joining(", ")), more(ids.size()));
        }
    }

    private static String more(int size) {
        return size > SHOWN ? " and " + (size - SHOWN) + " more" : "";
    }
}

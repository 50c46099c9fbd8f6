package io.blastwall.app.ui.cuts;

import io.blastwall.analysis.Cut;
import io.blastwall.model.GrantId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One suggested cut as the cuts tab lists it.
 *
 * @param label "Cheapest cut" or "Closest cut", with what it removes
 * @param cut the cut itself
 * @param grants its grants as rows, cheapest first
 * @param summary the sentence that explains it
 * @param collateral one line per other identity that would lose access
 */
public record CutOption(String label, Cut cut, List<CutRow> grants, String summary, List<String> collateral) {
    public CutOption {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(cut, "cut");
        grants = List.copyOf(grants);
        Objects.requireNonNull(summary, "summary");
        collateral = List.copyOf(collateral);
    }

    public Set<GrantId> grantIds() {
        return cut.grants().stream().map(g -> g.id()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String toString() {
        return label;
    }
}

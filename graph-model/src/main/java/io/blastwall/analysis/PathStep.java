package io.blastwall.analysis;

import io.blastwall.model.Grant;
import io.blastwall.model.Relation;
import java.util.List;
import java.util.Objects;

/** One hop of an attack path: the relation followed and the grants (with evidence) behind it. */
public record PathStep(Relation relation, List<Grant> grants) {
    public PathStep {
        Objects.requireNonNull(relation, "relation");
        grants = List.copyOf(grants);
    }
}

package io.blastwall.app.report;

import io.blastwall.analysis.RadiusSummary;
import io.blastwall.model.Entity;
import java.util.Objects;

/** One row of the ranking: the identity and its radius summary. */
public record RankedIdentity(int rank, Entity entity, RadiusSummary summary) {
    public RankedIdentity {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(summary, "summary");
    }
}

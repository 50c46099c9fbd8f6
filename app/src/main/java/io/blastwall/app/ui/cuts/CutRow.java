package io.blastwall.app.ui.cuts;

import io.blastwall.model.Grant;
import java.util.Objects;

/**
 * One grant of a suggested cut as a table row.
 *
 * @param holder the name of the entity that holds the grant
 * @param cost what removing it costs (recent use, other identities depending on it)
 */
public record CutRow(Grant grant, String holder, double cost) {
    public CutRow {
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(holder, "holder");
    }

    /** What a person does to remove it ("detach managed policy"). */
    public String action() {
        return grant.kind().action();
    }

    public String description() {
        return grant.description();
    }

    /** Date of last known use, or "unknown". */
    public String lastUsed() {
        return grant.hasKnownUse() ? grant.lastUsed() : "unknown";
    }
}

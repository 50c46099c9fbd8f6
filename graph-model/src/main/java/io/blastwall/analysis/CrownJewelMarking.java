package io.blastwall.analysis;

import io.blastwall.model.Entity;
import io.blastwall.model.Sensitivity;

/** An analyst's own decision about one entity, applied on top of what the import and the rules decided. */
public enum CrownJewelMarking {
    /** A crown jewel whatever the rules say: made {@link Sensitivity#CRITICAL}. */
    CROWN_JEWEL("marked a crown jewel by the analyst") {
        @Override
        Entity apply(Entity e) {
            return e.withSensitivity(Sensitivity.CRITICAL).withProperty(PROPERTY, reason());
        }
    },
    /** Not a crown jewel whatever the rules say: a critical entity becomes {@link Sensitivity#HIGH}. */
    NOT_CROWN_JEWEL("marked not a crown jewel by the analyst") {
        @Override
        Entity apply(Entity e) {
            Entity lowered = e.isCrownJewel() ? e.withSensitivity(Sensitivity.HIGH) : e;
            return lowered.withProperty(PROPERTY, reason());
        }
    };

    /** The entity property that records a marking. */
    public static final String PROPERTY = "crownJewelMarking";

    private final String reason;

    CrownJewelMarking(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    abstract Entity apply(Entity e);
}

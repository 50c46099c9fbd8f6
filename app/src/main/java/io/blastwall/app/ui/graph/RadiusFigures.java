package io.blastwall.app.ui.graph;

import io.blastwall.analysis.BlastRadius;

/** The counts of one blast radius that a simulation compares before and after. */
public record RadiusFigures(int identities, int resources, int crownJewels, double score) {
    public RadiusFigures {
        if (identities < 0 || resources < 0 || crownJewels < 0) {
            throw new IllegalArgumentException("radius counts cannot be negative");
        }
    }

    public static RadiusFigures of(BlastRadius radius) {
        return new RadiusFigures(
                radius.identities().size(), radius.resources().size(), radius.crownJewels().size(), radius.score());
    }
}

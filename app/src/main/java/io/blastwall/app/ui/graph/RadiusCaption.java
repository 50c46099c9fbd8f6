package io.blastwall.app.ui.graph;

import io.blastwall.analysis.BlastRadius;
import java.util.Locale;

/** The sentence above the canvas that sums up a radius. */
final class RadiusCaption {
    private RadiusCaption() {}

    static String of(String name, BlastRadius radius) {
        if (radius.size() == 0) {
            return name + " reaches nothing beyond itself";
        }
        return String.format(Locale.ROOT, "%s reaches %s and %s \u00b7 %s \u00b7 score %.1f",
                name,
                count(radius.identities().size(), "identity", "identities"),
                count(radius.resources().size(), "resource", "resources"),
                count(radius.crownJewels().size(), "crown jewel", "crown jewels"),
                radius.score());
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

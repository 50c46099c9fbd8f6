package io.blastwall.app.ui.graph;

import io.blastwall.analysis.BlastRadius;
import io.blastwall.app.ui.common.Formats;
import java.util.Locale;

/** The sentence above the canvas that sums up a radius. */
final class RadiusCaption {
    private RadiusCaption() {}

    static String of(String name, BlastRadius radius) {
        if (radius.size() == 0) {
            return name + " reaches nothing beyond itself";
        }
        return String.format(Locale.ROOT, "%s reaches %s, %s, %s \u00b7 score %s",
                name,
                Formats.count(radius.identities().size(), "identity", "identities"),
                Formats.count(radius.resources().size(), "resource", "resources"),
                Formats.count(radius.crownJewels().size(), "crown jewel", "crown jewels"),
                Formats.score(radius.score()));
    }
}

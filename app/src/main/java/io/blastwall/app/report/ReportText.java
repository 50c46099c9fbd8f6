package io.blastwall.app.report;

import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.ReachedResource;
import io.blastwall.model.AccessLevel;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Small pieces of text shared by the writers. */
final class ReportText {
    private ReportText() {}

    /** A cut with its heading, as a report lists it. */
    record TitledCut(String title, io.blastwall.analysis.Cut cut) {}

    /**
     * The cuts of a section with their headings: the cheapest, then (when it differs) the one closest to the
     * identity; the cut the analyst simulated in the window comes first and says so.
     */
    static java.util.List<TitledCut> cuts(IdentitySection section) {
        String simulated = " \u2014 the cut simulated in the window";
        if (!section.closestDiffers()) {
            return java.util.List.of(new TitledCut(
                    "Suggested cut" + (section.isSimulated(section.cut()) ? simulated : ""), section.cut()));
        }
        if (section.isSimulated(section.closestCut())) {
            return java.util.List.of(
                    new TitledCut("Suggested cut, closest to the identity" + simulated, section.closestCut()),
                    new TitledCut("Or, at the same cost, nearest the crown jewels", section.cut()));
        }
        return java.util.List.of(
                new TitledCut("Suggested cut" + (section.isSimulated(section.cut()) ? simulated : ""), section.cut()),
                new TitledCut("Or, at the same cost, closest to the identity", section.closestCut()));
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    /** Resources reached per access level, strongest first, e.g. "3 admin, 12 write, 40 read". */
    static String accessSummary(BlastRadius radius) {
        Map<AccessLevel, Integer> counts = new EnumMap<>(AccessLevel.class);
        for (ReachedResource r : radius.resources()) {
            counts.merge(r.access(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        AccessLevel[] levels = AccessLevel.values();
        for (int i = levels.length - 1; i >= 0; i--) {
            Integer n = counts.get(levels[i]);
            if (n != null) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(n).append(' ').append(levels[i].label());
            }
        }
        return sb.length() == 0 ? "no resources" : sb.toString();
    }

    static String shortHash(String sha256) {
        return sha256.length() > 12 ? sha256.substring(0, 12) : sha256;
    }
}

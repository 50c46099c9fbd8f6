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

    /** A cut's heading, saying so when it is the cut the analyst simulated in the window before exporting. */
    static String cutTitle(String title, IdentitySection section, io.blastwall.analysis.Cut cut) {
        return section.isSimulated(cut) ? title + " \u2014 the cut simulated in the window" : title;
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

package io.blastwall.app.ui.common;

import java.util.Locale;

/** How numbers and counts read in the window. */
public final class Formats {
    private Formats() {}

    /** A score with one decimal, or none when it is whole: {@code 224}, {@code 12.5}. */
    public static String score(double score) {
        return score == Math.rint(score)
                ? String.format(Locale.ROOT, "%.0f", score)
                : String.format(Locale.ROOT, "%.1f", score);
    }

    /** {@code 1 identity}, {@code 2 identities}. */
    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

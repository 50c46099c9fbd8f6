package io.blastwall.importer.aws.policy;

import java.util.Locale;

/**
 * IAM wildcard patterns: {@code *} matches any run of characters (including {@code /} and {@code :}), {@code ?}
 * one character. Matching ignores case: action names are case-insensitive in IAM, and for resource ARNs this
 * over-approximates as PMapper does (catalogue E10, E16).
 *
 * <p>Besides matching a concrete string, two patterns can be compared: {@link #covers} (every string the specific
 * pattern matches is matched by the general one) decides whether a Deny removes an Allow entirely, and {@link
 * #overlaps} (some string matches both) whether an Allow grants at least part of what was asked.
 */
public final class Glob {
    private Glob() {}

    public static boolean matches(String pattern, String text) {
        return matchesExactCase(lower(pattern), lower(text));
    }

    /** {@link #matches} for text already in lower case. */
    static boolean matchesLower(String pattern, String text) {
        return matchesExactCase(pattern, text);
    }

    /** Case-sensitive matching, for {@code StringLike} conditions. */
    public static boolean matchesExactCase(String pattern, String text) {
        int p = 0;
        int t = 0;
        int starP = -1;
        int starT = -1;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                starP = p++;
                starT = t;
            } else if (starP >= 0) {
                p = starP + 1;
                t = ++starT;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /** True when every string matched by {@code specific} is also matched by {@code general}. */
    public static boolean covers(String general, String specific) {
        return coversLower(lower(general), lower(specific));
    }

    /** {@link #covers} for patterns already in lower case. */
    static boolean coversLower(String g, String s) {
        if (g.equals("*") || g.equals(s)) {
            return true;
        }
        if (!hasWildcard(g)) {
            return false;
        }
        if (!hasWildcard(s)) {
            return matchesExactCase(g, s);
        }
        byte[][] memo = new byte[g.length() + 1][s.length() + 1];
        return covers(g, 0, s, 0, memo);
    }

    private static boolean covers(String g, int i, String s, int j, byte[][] memo) {
        if (memo[i][j] != 0) {
            return memo[i][j] > 0;
        }
        boolean result;
        if (i == g.length()) {
            result = j == s.length();
        } else if (g.charAt(i) == '*') {
            result = covers(g, i + 1, s, j, memo) || (j < s.length() && covers(g, i, s, j + 1, memo));
        } else if (j == s.length() || s.charAt(j) == '*') {
            result = false;
        } else if (g.charAt(i) == '?') {
            result = covers(g, i + 1, s, j + 1, memo);
        } else {
            result = g.charAt(i) == s.charAt(j) && s.charAt(j) != '?' && covers(g, i + 1, s, j + 1, memo);
        }
        memo[i][j] = (byte) (result ? 1 : -1);
        return result;
    }

    /** True when some string is matched by both patterns. */
    public static boolean overlaps(String a, String b) {
        return overlapsLower(lower(a), lower(b));
    }

    /** {@link #overlaps} for patterns already in lower case. */
    static boolean overlapsLower(String x, String y) {
        if (x.equals("*") || y.equals("*") || x.equals(y)) {
            return true;
        }
        boolean wx = hasWildcard(x);
        boolean wy = hasWildcard(y);
        if (!wx && !wy) {
            return false;
        }
        if (!wx) {
            return matchesExactCase(y, x);
        }
        if (!wy) {
            return matchesExactCase(x, y);
        }
        byte[][] memo = new byte[x.length() + 1][y.length() + 1];
        return overlaps(x, 0, y, 0, memo);
    }

    private static boolean overlaps(String x, int i, String y, int j, byte[][] memo) {
        if (memo[i][j] != 0) {
            return memo[i][j] > 0;
        }
        boolean result;
        if (i == x.length() && j == y.length()) {
            result = true;
        } else if (i < x.length() && x.charAt(i) == '*') {
            result = overlaps(x, i + 1, y, j, memo) || (j < y.length() && overlaps(x, i, y, j + 1, memo));
        } else if (j < y.length() && y.charAt(j) == '*') {
            result = overlaps(x, i, y, j + 1, memo) || (i < x.length() && overlaps(x, i + 1, y, j, memo));
        } else if (i == x.length() || j == y.length()) {
            result = false;
        } else {
            char a = x.charAt(i);
            char b = y.charAt(j);
            result = (a == '?' || b == '?' || a == b) && overlaps(x, i + 1, y, j + 1, memo);
        }
        memo[i][j] = (byte) (result ? 1 : -1);
        return result;
    }

    public static boolean hasWildcard(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    public static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

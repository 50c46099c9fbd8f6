package io.blastwall.app.ui.graph;

/** Escapes text for XML content and attribute values, and drops characters XML 1.0 does not allow. */
final class Xml {
    private Xml() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c < 0xFFFE && !(c >= 0xD800 && c <= 0xDFFF && !validSurrogate(text, i))) {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether a surrogate at {@code i} is half of a well-formed pair. */
    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}

package io.blastwall.app.ui.graph;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shortens text so that it fits a width: names lose their middle ({@code northwind-pro…customer-data}, as
 * both ends tell similar names apart), other text its end. Remembers what it measured.
 */
final class TextFitter {
    private static final int MAX_CACHED = 4096;

    private final Text measure = new Text();
    private final Map<String, String> cache = new HashMap<>();

    /** Keeps the start of the text. */
    String fit(String text, Font font, double maxWidth) {
        return cached("end", text, font, maxWidth);
    }

    /** Keeps both ends of the text. */
    String fitMiddle(String text, Font font, double maxWidth) {
        return cached("middle", text, font, maxWidth);
    }

    private String cached(String mode, String text, Font font, double maxWidth) {
        String key = mode + "|" + font.getSize() + "|" + font.getName() + "|" + maxWidth + "|" + text;
        String known = cache.get(key);
        if (known != null) {
            return known;
        }
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        String fitted = mode.equals("end") ? shorten(text, font, maxWidth) : shortenMiddle(text, font, maxWidth);
        cache.put(key, fitted);
        return fitted;
    }

    private String shorten(String text, Font font, double maxWidth) {
        if (width(text, font) <= maxWidth) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (width(text.substring(0, mid) + "\u2026", font) <= maxWidth) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return text.substring(0, low) + "\u2026";
    }

    private String shortenMiddle(String text, Font font, double maxWidth) {
        if (width(text, font) <= maxWidth) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (width(middle(text, mid), font) <= maxWidth) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return middle(text, low);
    }

    /** The text with only {@code kept} characters: a little more of the start than of the end. */
    private static String middle(String text, int kept) {
        int head = (kept + 1) / 2 + (kept > 6 ? 1 : 0);
        int tail = Math.max(0, kept - head);
        return text.substring(0, Math.min(head, text.length())) + "\u2026" + text.substring(text.length() - tail);
    }

    double width(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}

package io.blastwall.app.ui.graph;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Shortens labels with an ellipsis so that they fit a width; remembers what it measured. */
final class TextFitter {
    private static final int MAX_CACHED = 4096;

    private final Text measure = new Text();
    private final Map<String, String> cache = new HashMap<>();

    String fit(String text, Font font, double maxWidth) {
        String key = font.getSize() + "|" + font.getName() + "|" + maxWidth + "|" + text;
        String known = cache.get(key);
        if (known != null) {
            return known;
        }
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        String fitted = shorten(text, font, maxWidth);
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

    private double width(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}

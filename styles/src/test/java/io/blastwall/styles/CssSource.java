package io.blastwall.styles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stylesheets as text, read independently of the main code so tests can check it. */
final class CssSource {
    private static final Pattern DECLARATION = Pattern.compile("(-br-[a-z0-9-]+)\\s*:\\s*([^;]+?)\\s*;");
    private static final Pattern TOKEN = Pattern.compile("-br-[a-z0-9-]+");
    private static final Pattern SELECTOR = Pattern.compile("([^{}]+)\\{");

    private CssSource() {}

    /** The file's text without comments. */
    static String text(String fileName) {
        try (InputStream in = Theme.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new AssertionError("no stylesheet " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(fileName, e);
        }
    }

    /** Token name → declared value, as written. */
    static Map<String, String> declarations(String fileName) {
        Map<String, String> declared = new LinkedHashMap<>();
        Matcher m = DECLARATION.matcher(text(fileName));
        while (m.find()) {
            declared.put(m.group(1), m.group(2));
        }
        return declared;
    }

    /** Token name → hex colour, following references. */
    static Map<String, String> resolved(String fileName) {
        Map<String, String> declared = declarations(fileName);
        Map<String, String> resolved = new LinkedHashMap<>();
        for (String token : declared.keySet()) {
            String value = declared.get(token);
            for (int hops = 0; value != null && value.startsWith("-br-") && hops < 20; hops++) {
                value = declared.get(value);
            }
            resolved.put(token, value == null ? "<undeclared>" : value.toLowerCase(Locale.ROOT));
        }
        return resolved;
    }

    /** Every -br- token the file mentions (in components.css, every one is a use). */
    static Set<String> tokensMentioned(String fileName) {
        Set<String> used = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text(fileName));
        while (m.find()) {
            used.add(m.group());
        }
        return used;
    }

    /** Every selector group of the file, e.g. {@code ".table-row-cell.risk-critical:filled:selected"}. */
    static Set<String> selectors(String fileName) {
        Set<String> selectors = new LinkedHashSet<>();
        Matcher m = SELECTOR.matcher(text(fileName));
        while (m.find()) {
            for (String selector : m.group(1).split(",")) {
                selectors.add(selector.strip());
            }
        }
        return selectors;
    }
}

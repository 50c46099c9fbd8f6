package io.blastwall.styles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The -br- tokens a theme stylesheet declares, resolved to hex colours. A token's value is a hex colour or the
 * name of another token; anything else is a mistake in the theme file and is refused when it is read.
 */
final class ThemeTokens {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern DECLARATION = Pattern.compile("(-br-[a-z0-9-]+)\\s*:\\s*([^;]+?)\\s*;");
    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");
    private static final int MAX_DEPTH = 16;

    private final Map<String, String> resolved;

    private ThemeTokens(Map<String, String> resolved) {
        this.resolved = Map.copyOf(resolved);
    }

    static ThemeTokens load(Theme theme) {
        try (InputStream in = Theme.url(theme.fileName()).openStream()) {
            return parse(theme.fileName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + theme.fileName(), e);
        }
    }

    /** Reads the declarations of a theme stylesheet and resolves every token to a lower-case hex colour. */
    static ThemeTokens parse(String fileName, String css) {
        Map<String, String> declared = new LinkedHashMap<>();
        Matcher m = DECLARATION.matcher(COMMENT.matcher(css).replaceAll(" "));
        while (m.find()) {
            declared.put(m.group(1), m.group(2));
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        for (String token : declared.keySet()) {
            resolved.put(token, resolve(fileName, declared, token, 0));
        }
        return new ThemeTokens(resolved);
    }

    /** The hex colour of a token ({@code "-br-accent"}), if the theme declares it. */
    Optional<String> color(String token) {
        return Optional.ofNullable(resolved.get(token));
    }

    private static String resolve(String fileName, Map<String, String> declared, String token, int depth) {
        String value = declared.get(token);
        if (value == null) {
            throw new IllegalStateException(fileName + ": " + token + " is used but not declared");
        }
        if (HEX.matcher(value).matches()) {
            return value.toLowerCase(Locale.ROOT);
        }
        if (value.startsWith("-br-")) {
            if (depth >= MAX_DEPTH) {
                throw new IllegalStateException(fileName + ": " + token + " is part of a cycle of token references");
            }
            return resolve(fileName, declared, value, depth + 1);
        }
        throw new IllegalStateException(
                fileName + ": " + token + " must be a hex colour or another -br- token, not '" + value + "'");
    }
}

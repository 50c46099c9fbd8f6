package io.blastwall.styles;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The theme colours as hex strings ({@code "#8250df"}), for code that paints on a Canvas instead of using CSS.
 * The values are read from the theme stylesheets, so they are always the colours the CSS uses.
 */
public final class Palette {
    /** The CSS names of the entity kinds that have a {@code -br-kind-*} colour, as {@code EntityKind} spells them. */
    public static final List<String> KINDS = List.of(
            "human",
            "service-account",
            "role",
            "group",
            "ai-agent",
            "workload",
            "credential",
            "federated-principal",
            "service",
            "external-account",
            "policy",
            "resource");

    /** The risk levels that have a {@code -br-risk-*} colour. */
    public static final List<String> RISK_LEVELS = List.of("critical", "high", "medium", "low");

    private static final Map<Theme, ThemeTokens> TOKENS = loadAll();

    private Palette() {}

    /**
     * The colour of an entity kind, by its CSS name ({@code "ai-agent"} for {@code AI_AGENT}).
     *
     * @throws IllegalArgumentException if the kind is not one of {@link #KINDS}
     */
    public static String kindColor(Theme theme, String kindCssName) {
        if (!KINDS.contains(kindCssName)) {
            throw new IllegalArgumentException("no colour for entity kind '" + kindCssName + "'; known: " + KINDS);
        }
        return color(theme, "-br-kind-" + kindCssName);
    }

    /** The colour of an edge drawn in the given style. */
    public static String edgeColor(Theme theme, EdgeStyle style) {
        return color(theme, style.token());
    }

    /**
     * The colour of a risk level ({@code "critical"}, {@code "high"}, {@code "medium"}, {@code "low"}).
     *
     * @throws IllegalArgumentException if the level is not one of {@link #RISK_LEVELS}
     */
    public static String riskColor(Theme theme, String level) {
        if (!RISK_LEVELS.contains(level)) {
            throw new IllegalArgumentException("no colour for risk level '" + level + "'; known: " + RISK_LEVELS);
        }
        return color(theme, "-br-risk-" + level);
    }

    /** The window and canvas background ({@code -br-canvas-default}). */
    public static String background(Theme theme) {
        return canvas(theme);
    }

    /** The canvas background ({@code -br-canvas-default}); the same colour as {@link #background}. */
    public static String canvas(Theme theme) {
        return color(theme, "-br-canvas-default");
    }

    /** A raised surface on the canvas: node fills, legends ({@code -br-canvas-subtle}). */
    public static String surface(Theme theme) {
        return color(theme, "-br-canvas-subtle");
    }

    /** Default text ({@code -br-fg-default}). */
    public static String foreground(Theme theme) {
        return color(theme, "-br-fg-default");
    }

    /** Secondary text ({@code -br-fg-muted}). */
    public static String muted(Theme theme) {
        return color(theme, "-br-fg-muted");
    }

    /** Borders and separators ({@code -br-border-default}). */
    public static String border(Theme theme) {
        return color(theme, "-br-border-default");
    }

    /** Selection and focus ({@code -br-accent}). */
    public static String accent(Theme theme) {
        return color(theme, "-br-accent");
    }

    /** Danger ({@code -br-danger}). */
    public static String danger(Theme theme) {
        return color(theme, "-br-danger");
    }

    /** Warning ({@code -br-warning}). */
    public static String warning(Theme theme) {
        return color(theme, "-br-warning");
    }

    /** Success ({@code -br-success}). */
    public static String success(Theme theme) {
        return color(theme, "-br-success");
    }

    /**
     * Any token of the theme, by its full name ({@code "-br-gray-3"}).
     *
     * @throws IllegalArgumentException if the theme does not declare the token
     */
    public static String color(Theme theme, String token) {
        return TOKENS.get(theme)
                .color(token)
                .orElseThrow(() -> new IllegalArgumentException(theme.fileName() + " declares no " + token));
    }

    private static Map<Theme, ThemeTokens> loadAll() {
        Map<Theme, ThemeTokens> tokens = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            tokens.put(theme, ThemeTokens.load(theme));
        }
        return tokens;
    }
}

package io.blastwall.styles;

import java.util.List;

/** The CSS style classes components.css styles. Use these instead of string literals. */
public final class StyleClass {
    public static final String TITLE = "title";
    public static final String SECTION_TITLE = "section-title";
    public static final String MUTED = "muted";
    public static final String MONOSPACE = "monospace";

    public static final String STATUS_BAR = "status-bar";
    public static final String SEARCH_FIELD = "search-field";
    public static final String INSPECTOR = "inspector";
    public static final String PROPERTY_NAME = "property-name";
    public static final String PROPERTY_VALUE = "property-value";
    public static final String EVIDENCE = "evidence";
    public static final String GRAPH_CANVAS = "graph-canvas";
    public static final String CYPHER_CONSOLE = "cypher-console";
    public static final String EMPTY_STATE = "empty-state";

    /** A button or label with an intent. */
    public static final String ACCENT = "accent";

    public static final String DANGER = "danger";
    public static final String WARNING = "warning";
    public static final String SUCCESS = "success";

    /** A small rounded label; combine with a risk or kind class. */
    public static final String BADGE = "badge";

    /** A small square Region (or a Shape) filled with a kind colour; combine with {@link #kind(String)}. */
    public static final String KIND_SWATCH = "kind-swatch";

    /** A table row of a grant whose removal is being simulated. */
    public static final String SIMULATED_CUT = "simulated-cut";

    public static final String RISK_CRITICAL = "risk-critical";
    public static final String RISK_HIGH = "risk-high";
    public static final String RISK_MEDIUM = "risk-medium";
    public static final String RISK_LOW = "risk-low";

    /** Every risk class, to remove the old one before adding the new one to a reused cell. */
    public static final List<String> RISKS = List.of(RISK_CRITICAL, RISK_HIGH, RISK_MEDIUM, RISK_LOW);

    /** Prefix of the entity-kind classes, followed by the kind's CSS name ({@code kind-ai-agent}). */
    public static final String KIND_PREFIX = "kind-";

    private StyleClass() {}

    /** The class of an entity kind, from its CSS name: {@code kind("ai-agent")} is {@code "kind-ai-agent"}. */
    public static String kind(String kindCssName) {
        return KIND_PREFIX + kindCssName;
    }
}

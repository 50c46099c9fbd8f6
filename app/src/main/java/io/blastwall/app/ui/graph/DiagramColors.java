package io.blastwall.app.ui.graph;

import io.blastwall.app.ui.common.KindStyle;
import io.blastwall.model.EntityKind;
import io.blastwall.styles.EdgeStyle;
import io.blastwall.styles.Palette;
import io.blastwall.styles.Theme;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * The colours the canvas and the SVG export paint with, resolved once per theme from the styles palette.
 * Needs no FX toolkit ({@link Color} is a plain value).
 */
record DiagramColors(
        Theme theme,
        Color background,
        Color surface,
        Color text,
        Color muted,
        Color border,
        Color accent,
        Color danger,
        Map<EdgeStyle, Color> edges,
        Map<EntityKind, Color> kinds) {

    private static final Map<Theme, DiagramColors> CACHE = new EnumMap<>(Theme.class);

    static synchronized DiagramColors of(Theme theme) {
        return CACHE.computeIfAbsent(theme, DiagramColors::load);
    }

    private static DiagramColors load(Theme theme) {
        Map<EntityKind, Color> kinds = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : EntityKind.values()) {
            kinds.put(kind, Color.web(Palette.kindColor(theme, KindStyle.cssName(kind))));
        }
        Map<EdgeStyle, Color> edges = new EnumMap<>(EdgeStyle.class);
        for (EdgeStyle style : EdgeStyle.values()) {
            edges.put(style, Color.web(Palette.edgeColor(theme, style)));
        }
        return new DiagramColors(
                theme,
                Color.web(Palette.canvas(theme)),
                Color.web(Palette.surface(theme)),
                Color.web(Palette.foreground(theme)),
                Color.web(Palette.muted(theme)),
                Color.web(Palette.border(theme)),
                Color.web(Palette.accent(theme)),
                Color.web(Palette.danger(theme)),
                Map.copyOf(edges),
                Map.copyOf(kinds));
    }

    Color kind(EntityKind kind) {
        return kinds.get(kind);
    }

    Color edge(EdgeStyle style) {
        return edges.get(style);
    }

    Color pathEdge() {
        return edge(EdgeStyle.ATTACK_PATH);
    }

    Color cut() {
        return edge(EdgeStyle.CUT);
    }

    Color lost() {
        return edge(EdgeStyle.LOST);
    }
}

package io.blastwall.app.ui.graph;

import io.blastwall.app.ui.common.KindStyle;
import io.blastwall.model.EntityKind;
import io.blastwall.styles.EdgeStyle;
import io.blastwall.styles.Palette;
import io.blastwall.styles.Theme;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;

/** The colours the canvas paints with, resolved once per theme from the styles palette. */
record DiagramColors(
        Color background,
        Color surface,
        Color text,
        Color muted,
        Color border,
        Color traversableEdge,
        Color accessEdge,
        Color pathEdge,
        Color accent,
        Color danger,
        Map<EntityKind, Color> kinds) {

    static DiagramColors of(Theme theme) {
        Map<EntityKind, Color> kinds = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : EntityKind.values()) {
            kinds.put(kind, Color.web(Palette.kindColor(theme, KindStyle.cssName(kind))));
        }
        return new DiagramColors(
                Color.web(Palette.canvas(theme)),
                Color.web(Palette.surface(theme)),
                Color.web(Palette.foreground(theme)),
                Color.web(Palette.muted(theme)),
                Color.web(Palette.border(theme)),
                Color.web(Palette.edgeColor(theme, EdgeStyle.TRAVERSABLE)),
                Color.web(Palette.edgeColor(theme, EdgeStyle.ACCESS)),
                Color.web(Palette.edgeColor(theme, EdgeStyle.ATTACK_PATH)),
                Color.web(Palette.accent(theme)),
                Color.web(Palette.danger(theme)),
                kinds);
    }

    Color kind(EntityKind kind) {
        return kinds.get(kind);
    }
}

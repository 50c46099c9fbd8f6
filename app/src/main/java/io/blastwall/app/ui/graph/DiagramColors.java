package io.blastwall.app.ui.graph;

import io.blastwall.model.EntityKind;
import io.blastwall.styles.Palette;
import io.blastwall.styles.Theme;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.paint.Color;

/** The colours the canvas paints with, resolved once per theme from the styles palette. */
record DiagramColors(
        Color background,
        Color surface,
        Color text,
        Color muted,
        Color edge,
        Color accent,
        Color danger,
        Map<EntityKind, Color> kinds) {

    static DiagramColors of(Theme theme) {
        Map<EntityKind, Color> kinds = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : EntityKind.values()) {
            kinds.put(kind, Color.web(Palette.kindColor(theme, cssName(kind))));
        }
        return new DiagramColors(
                Color.web(Palette.canvas(theme)),
                Color.web(Palette.surface(theme)),
                Color.web(Palette.foreground(theme)),
                Color.web(Palette.muted(theme)),
                Color.web(Palette.border(theme)),
                Color.web(Palette.accent(theme)),
                Color.web(Palette.danger(theme)),
                kinds);
    }

    Color kind(EntityKind kind) {
        return kinds.get(kind);
    }

    /** {@code AI_AGENT} → {@code ai-agent}, the kind's name in the styles tokens. */
    static String cssName(EntityKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package io.blastwall.app.ui.common;

import io.blastwall.model.EntityKind;
import io.blastwall.styles.StyleClass;
import java.util.Locale;

/** How entity kinds are named in the styles: {@code AI_AGENT} is {@code ai-agent}. */
public final class KindStyle {
    private KindStyle() {}

    /** The kind's CSS name, as {@code Palette.kindColor} and the {@code -br-kind-*} tokens spell it. */
    public static String cssName(EntityKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The style class that colours a swatch or badge in the kind's colour. */
    public static String styleClass(EntityKind kind) {
        return StyleClass.kind(cssName(kind));
    }
}

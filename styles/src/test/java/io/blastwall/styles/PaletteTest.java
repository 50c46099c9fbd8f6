package io.blastwall.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaletteTest {
    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTokenAgreesWithTheThemeFile(Theme theme) {
        Map<String, String> css = CssSource.resolved(theme.fileName());
        for (Map.Entry<String, String> token : css.entrySet()) {
            assertEquals(token.getValue(), Palette.color(theme, token.getKey()), token.getKey());
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyKindColourIsDeclaredByTheThemeAndAgreesWithIt(Theme theme) {
        Map<String, String> css = CssSource.resolved(theme.fileName());
        for (String kind : Palette.KINDS) {
            String token = "-br-kind-" + kind;
            assertTrue(css.containsKey(token), theme.fileName() + " lacks " + token);
            assertEquals(css.get(token), Palette.kindColor(theme, kind), token);
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void kindsHaveDistinctColours(Theme theme) {
        Set<String> colours = new HashSet<>();
        Palette.KINDS.forEach(kind -> colours.add(Palette.kindColor(theme, kind)));
        assertEquals(Palette.KINDS.size(), colours.size());
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyEdgeStyleAndRiskLevelHasAColourInTheThemeFile(Theme theme) {
        Map<String, String> css = CssSource.resolved(theme.fileName());
        Set<String> missing = new TreeSet<>();
        for (EdgeStyle style : EdgeStyle.values()) {
            if (!css.containsKey(style.token())) {
                missing.add(style.token());
            }
        }
        for (String level : Palette.RISK_LEVELS) {
            if (!css.containsKey("-br-risk-" + level)) {
                missing.add("-br-risk-" + level);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void namedColoursAreTheirSemanticTokens() {
        assertEquals(Palette.color(Theme.DARK, "-br-canvas-default"), Palette.canvas(Theme.DARK));
        assertEquals(Palette.color(Theme.DARK, "-br-canvas-subtle"), Palette.surface(Theme.DARK));
        assertEquals(Palette.color(Theme.LIGHT, "-br-fg-default"), Palette.foreground(Theme.LIGHT));
        assertEquals(Palette.color(Theme.LIGHT, "-br-fg-muted"), Palette.muted(Theme.LIGHT));
        assertEquals(Palette.color(Theme.LIGHT, "-br-red-5"), Palette.danger(Theme.LIGHT));
        assertEquals(Palette.color(Theme.LIGHT, "-br-edge-attack-path"),
                Palette.edgeColor(Theme.LIGHT, EdgeStyle.ATTACK_PATH));
    }

    @Test
    void darkAndLightDifferWhereItMatters() {
        assertNotEquals(Palette.background(Theme.LIGHT), Palette.background(Theme.DARK));
        assertNotEquals(Palette.foreground(Theme.LIGHT), Palette.foreground(Theme.DARK));
    }

    @Test
    void unknownNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Palette.kindColor(Theme.LIGHT, "AI_AGENT"));
        assertThrows(IllegalArgumentException.class, () -> Palette.riskColor(Theme.LIGHT, "severe"));
        assertThrows(IllegalArgumentException.class, () -> Palette.color(Theme.DARK, "-br-nope"));
    }
}

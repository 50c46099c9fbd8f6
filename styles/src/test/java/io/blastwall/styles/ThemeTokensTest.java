package io.blastwall.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThemeTokensTest {
    @Test
    void resolvesReferencesThroughChainsToLowerCaseHex() {
        ThemeTokens tokens = ThemeTokens.parse("t.css", """
                .root {
                    -br-red-5: #CF222E;
                    -br-danger: -br-red-5;
                    -br-edge-attack-path: -br-danger;
                }
                """);
        assertEquals(Optional.of("#cf222e"), tokens.color("-br-edge-attack-path"));
    }

    @Test
    void ignoresDeclarationsInComments() {
        ThemeTokens tokens = ThemeTokens.parse("t.css", ".root { /* -br-old: rgb(1,2,3); */ -br-a: #000000; }");
        assertEquals(Optional.empty(), tokens.color("-br-old"));
        assertEquals(Optional.of("#000000"), tokens.color("-br-a"));
    }

    @Test
    void refusesAValueThatIsNeitherHexNorAToken() {
        assertThrows(IllegalStateException.class,
                () -> ThemeTokens.parse("t.css", ".root { -br-a: #ffffff; -br-b: derive(-br-a, 20%); }"));
    }

    @Test
    void refusesAReferenceToAnUndeclaredToken() {
        assertThrows(IllegalStateException.class, () -> ThemeTokens.parse("t.css", ".root { -br-a: -br-b; }"));
    }

    @Test
    void refusesACycleOfReferences() {
        assertThrows(IllegalStateException.class,
                () -> ThemeTokens.parse("t.css", ".root { -br-a: -br-b; -br-b: -br-a; }"));
    }
}

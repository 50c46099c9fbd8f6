package io.blastwall.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The division of labour between the theme files and components.css (STYLE.md §4). */
class StylesheetRulesTest {
    private static final Pattern COLOUR_LITERAL =
            Pattern.compile("#[0-9a-fA-F]{3,8}(?![\\w-])|\\b(?:rgb|rgba|hsb|hsba|hsl|hsla)\\s*\\(");
    private static final Set<String> REQUIRED_TOKENS = Set.of(
            "-br-gray-0", "-br-gray-5", "-br-gray-9", "-br-blue-5",
            "-br-fg-default", "-br-fg-muted", "-br-canvas-default", "-br-canvas-subtle", "-br-border-default",
            "-br-accent", "-br-danger", "-br-warning", "-br-success",
            "-br-risk-critical", "-br-risk-high", "-br-risk-medium", "-br-risk-low");

    @Test
    void componentsHoldNoColourLiteral() {
        List<String> literals = new ArrayList<>();
        Matcher m = COLOUR_LITERAL.matcher(CssSource.text(Theme.COMPONENTS));
        while (m.find()) {
            literals.add(m.group());
        }
        assertEquals(List.of(), literals);
    }

    @Test
    void componentsDeclareNoTokenOfTheirOwn() {
        assertEquals(Set.of(), CssSource.declarations(Theme.COMPONENTS).keySet());
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTokenTheComponentsUseIsDeclaredByTheTheme(Theme theme) {
        Set<String> missing = new TreeSet<>(CssSource.tokensMentioned(Theme.COMPONENTS));
        missing.removeAll(CssSource.declarations(theme.fileName()).keySet());
        assertEquals(Set.of(), missing);
    }

    @Test
    void bothThemesDeclareTheSameTokens() {
        assertEquals(
                new TreeSet<>(CssSource.declarations(Theme.LIGHT.fileName()).keySet()),
                new TreeSet<>(CssSource.declarations(Theme.DARK.fileName()).keySet()));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void themesDeclareThePaletteAndSemanticTokens(Theme theme) {
        Set<String> missing = new TreeSet<>(REQUIRED_TOKENS);
        missing.removeAll(CssSource.declarations(theme.fileName()).keySet());
        assertEquals(Set.of(), missing);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyThemeTokenResolvesToAHexColour(Theme theme) {
        List<String> unresolved = CssSource.resolved(theme.fileName()).entrySet().stream()
                .filter(e -> !e.getValue().matches("#[0-9a-f]{6}([0-9a-f]{2})?"))
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
        assertEquals(List.of(), unresolved);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void themesSetTheirTokensOnRootOnly(Theme theme) {
        assertEquals(Set.of(".root"), CssSource.selectors(theme.fileName()));
    }

    @Test
    void everyStyleClassConstantIsStyledByTheComponents() throws IllegalAccessException {
        Set<String> classes = CssSource.selectors(Theme.COMPONENTS).stream()
                .flatMap(selector -> Pattern.compile("\\.([a-z][a-z0-9-]*)").matcher(selector).results())
                .map(match -> match.group(1))
                .collect(Collectors.toSet());
        List<String> unstyled = new ArrayList<>();
        for (String styleClass : styleClassConstants()) {
            if (!classes.contains(styleClass)) {
                unstyled.add(styleClass);
            }
        }
        assertEquals(List.of(), unstyled);
    }

    @Test
    void everyEntityKindHasAClassInTheComponents() {
        Set<String> selectors = CssSource.selectors(Theme.COMPONENTS);
        List<String> missing = Palette.KINDS.stream()
                .map(StyleClass::kind)
                .filter(styleClass -> !selectors.contains("." + styleClass))
                .toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void styleClassesAreKebabCase() throws IllegalAccessException {
        for (String styleClass : styleClassConstants()) {
            assertTrue(styleClass.matches("[a-z]+(-[a-z]+)*"), styleClass);
        }
    }

    /** The values of StyleClass's String constants, without the prefix constants. */
    private static List<String> styleClassConstants() throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : StyleClass.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && field.getType() == String.class
                    && !field.getName().endsWith("_PREFIX")) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }
}

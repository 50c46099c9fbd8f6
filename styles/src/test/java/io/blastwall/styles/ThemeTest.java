package io.blastwall.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ThemeTest {
    @ParameterizedTest
    @EnumSource(Theme.class)
    void stylesheetsAreTheThemeFollowedByTheComponents(Theme theme) {
        List<String> names = theme.stylesheets().stream()
                .map(url -> url.substring(url.lastIndexOf('/') + 1))
                .toList();
        assertEquals(List.of(theme.fileName(), "components.css"), names);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyStylesheetUrlCanBeRead(Theme theme) throws IOException {
        for (String url : theme.stylesheets()) {
            try (InputStream in = URI.create(url).toURL().openStream()) {
                assertTrue(in.readAllBytes().length > 0, url);
            }
        }
    }

    @Test
    void themesHaveDistinctLabels() {
        Set<String> labels = Stream.of(Theme.values()).map(Theme::label).collect(Collectors.toSet());
        assertEquals(Set.of("Light", "Dark"), labels);
    }
}

package io.blastwall.app.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path home;

    @Test
    void remembersThemeWindowDividersRecentFilesAndServerButNoPassword() throws IOException {
        SettingsStore store = SettingsStore.in(home);
        WindowSettings saved = WindowSettings.DEFAULTS.withDark(true).withWindow(1200, 800, true)
                .withDividers(List.of(0.3, 0.6, 0.7)).withRecent(List.of(home.resolve("gaad.json")))
                .withServer("neo4j+s://example.databases.neo4j.io", "neo4j");

        store.save(saved);

        assertEquals(saved, new SettingsStore(home.resolve(SettingsStore.FILE_NAME)).load());
        assertFalse(Files.readString(home.resolve(SettingsStore.FILE_NAME)).toLowerCase().contains("password="));
    }

    @Test
    void aMissingOrBrokenFileGivesTheDefaults() throws IOException {
        assertEquals(WindowSettings.DEFAULTS, SettingsStore.in(home).load());

        Files.writeString(home.resolve(SettingsStore.FILE_NAME), "window.width=wide\n");

        assertEquals(WindowSettings.DEFAULTS, SettingsStore.in(home).load());
    }

    @Test
    void theRecentListPutsTheNewestFirstOnceAndKeepsAFew() {
        WindowSettings settings = WindowSettings.DEFAULTS;
        for (int i = 0; i < 10; i++) {
            settings = settings.withRecent(List.of(home.resolve("f" + i + ".json")));
        }
        settings = settings.withRecent(List.of(home.resolve("f5.json")));

        assertEquals(WindowSettings.MAX_RECENT, settings.recent().size());
        assertEquals(home.resolve("f5.json"), settings.recent().get(0));
        assertEquals(home.resolve("f9.json"), settings.recent().get(1));
    }
}

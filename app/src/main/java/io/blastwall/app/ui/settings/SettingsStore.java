package io.blastwall.app.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link WindowSettings} as a properties file (by default {@code window.properties} in the data
 * directory; tests give their own). A missing or broken file gives the defaults; a failed write is logged, never
 * fatal: the window works without its memory.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    public static final String FILE_NAME = "window.properties";

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store in {@code dataDir}. */
    public static SettingsStore in(Path dataDir) {
        return new SettingsStore(dataDir.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public WindowSettings load() {
        if (!Files.isRegularFile(file)) {
            return WindowSettings.DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return read(p);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the window settings {}; using the defaults", file, e);
            return WindowSettings.DEFAULTS;
        }
    }

    public void save(WindowSettings settings) {
        Properties p = new Properties();
        p.setProperty("theme", settings.dark() ? "dark" : "light");
        p.setProperty("window.width", Double.toString(settings.width()));
        p.setProperty("window.height", Double.toString(settings.height()));
        p.setProperty("window.maximized", Boolean.toString(settings.maximized()));
        for (int i = 0; i < settings.dividers().size(); i++) {
            p.setProperty("divider." + i, Double.toString(settings.dividers().get(i)));
        }
        for (int i = 0; i < settings.recent().size(); i++) {
            p.setProperty("recent." + i, settings.recent().get(i).toString());
        }
        p.setProperty("server.uri", settings.serverUri());
        p.setProperty("server.user", settings.serverUser());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Blastwall window settings (no passwords are ever stored)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("Could not save the window settings to {}", file, e);
        }
    }

    private static WindowSettings read(Properties p) {
        WindowSettings d = WindowSettings.DEFAULTS;
        List<Double> dividers = new ArrayList<>();
        for (int i = 0; p.containsKey("divider." + i); i++) {
            dividers.add(Math.max(0.05, Math.min(0.95, Double.parseDouble(p.getProperty("divider." + i)))));
        }
        List<Path> recent = new ArrayList<>();
        for (int i = 0; p.containsKey("recent." + i); i++) {
            recent.add(Path.of(p.getProperty("recent." + i)));
        }
        return new WindowSettings(
                "dark".equals(p.getProperty("theme")),
                number(p, "window.width", d.width()),
                number(p, "window.height", d.height()),
                Boolean.parseBoolean(p.getProperty("window.maximized", "false")),
                dividers.size() == d.dividers().size() ? dividers : d.dividers(),
                recent,
                p.getProperty("server.uri", ""),
                p.getProperty("server.user", ""));
    }

    private static double number(Properties p, String key, double fallback) {
        double value = Double.parseDouble(p.getProperty(key, Double.toString(fallback)));
        return value >= 300 && value <= 20_000 ? value : fallback;
    }
}

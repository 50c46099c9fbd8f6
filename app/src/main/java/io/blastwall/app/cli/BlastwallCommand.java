package io.blastwall.app.cli;

import io.blastwall.app.BlastwallApp;
import io.blastwall.app.StoreSettings;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code blastwall}: opens the window without a subcommand; subcommands run headless. */
@Command(
        name = "blastwall",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Blast radius, attack paths and cuts for non-human identities.",
            "Without a subcommand, opens the window on the newest snapshot (the bundled sample when the store is empty)."
        },
        subcommands = {
            ImportCommand.class,
            SnapshotsCommand.class,
            AnalyzeCommand.class,
            PathsCommand.class,
            CutsCommand.class,
            DiffCommand.class,
            MarkCommand.class,
            CommandLine.HelpCommand.class
        })
public final class BlastwallCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line (shared by {@link #execute} and tests that capture output). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new BlastwallCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (GraphicsEnvironment.isHeadless() || !hasDisplay()) {
            err.println("blastwall: no display found, so the window cannot open.");
            err.println("Run it on a desktop, or use the headless commands, for example:");
            err.println("  blastwall analyze --sample");
            err.println("  blastwall analyze path/to/gaad.json --report report.html");
            err.println("See `blastwall --help`.");
            return 2;
        }
        if (isLinux() && !hasGtk3()) {
            throw new UserError("the window needs GTK 3, which is not installed (Debian/Ubuntu: apt-get install libgtk-3-0;"
                    + " Fedora: dnf install gtk3). The headless commands work without it: see `blastwall --help`.");
        }
        StoreSettings settings = store.settings();
        try {
            BlastwallApp.open(settings);
        } catch (RuntimeException e) {
            throw new UserError("the window could not open: " + e.getMessage()
                    + ". The headless commands still work: see `blastwall --help`.");
        }
        return 0;
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    /** JavaFX's Linux toolkit loads libgtk-3; look for it where distributions put it. */
    private static boolean hasGtk3() {
        for (String dir : new String[] {"/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib",
                "/lib/x86_64-linux-gnu", "/lib64", "/usr/local/lib"}) {
            if (java.nio.file.Files.exists(java.nio.file.Path.of(dir, "libgtk-3.so.0"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return (display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank());
    }
}

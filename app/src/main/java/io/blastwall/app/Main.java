package io.blastwall.app;

import io.blastwall.app.cli.BlastwallCommand;

/** Entry point: no arguments opens the window, a subcommand runs headless. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(BlastwallCommand.execute(args));
    }
}

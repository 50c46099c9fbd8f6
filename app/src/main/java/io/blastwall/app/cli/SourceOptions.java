package io.blastwall.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to analyse: files to import now, a stored snapshot, or the bundled sample. */
public final class SourceOptions {
    @Parameters(
            paramLabel = "INPUT",
            arity = "0..*",
            description = "Files, folders or zips to import first (format detected from content). "
                    + "Without inputs, the snapshot given by --snapshot or the newest one is used.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--snapshot", paramLabel = "ID", description = "A stored snapshot (see `blastwall snapshots`).")
    String snapshot;

    @Option(names = "--sample", description = "Import and use the bundled sample environment (Northwind Logistics).")
    boolean sample;

    @Mixin
    ImportSettings importing;
}

package io.blastwall.model;

import java.util.Objects;

/** One input of a snapshot, with the hash that names its content. */
public record SourceFile(String path, String sha256, String format, long bytes) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
    }
}

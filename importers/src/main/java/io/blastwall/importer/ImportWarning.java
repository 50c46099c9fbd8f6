package io.blastwall.importer;

import java.util.Objects;

/** A record that was skipped or read with doubts; the rest of the input was still imported. */
public record ImportWarning(String file, String location, String message) {
    public ImportWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + (location.isEmpty() ? "" : " at " + location) + ": " + message;
    }
}

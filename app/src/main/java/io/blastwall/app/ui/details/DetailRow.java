package io.blastwall.app.ui.details;

import java.util.Objects;

/** One name–value line of the inspector. */
public record DetailRow(String name, String value) {
    public DetailRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}

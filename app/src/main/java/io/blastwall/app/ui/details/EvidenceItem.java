package io.blastwall.app.ui.details;

import java.util.Objects;

/**
 * The source text behind one grant.
 *
 * @param heading what the grant is and how to remove it
 * @param source the file and the place in it
 * @param text the statement, binding or trust text
 */
public record EvidenceItem(String heading, String source, String text) {
    public EvidenceItem {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}

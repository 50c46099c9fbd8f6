package io.blastwall.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwall.model.SourceFile;
import java.util.Objects;
import java.util.Optional;

/**
 * An input file and what its content turned out to be.
 *
 * @param input the file
 * @param format the recognised format
 * @param json the parsed JSON tree for JSON formats (unwrapped from API response envelopes)
 * @param text the text for text formats (the credential report CSV, decoded from its JSON wrapper if needed)
 */
public record DetectedSource(SourceInput input, SourceFormat format, Optional<JsonNode> json, Optional<String> text) {
    public DetectedSource {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(text, "text");
    }

    public String path() {
        return input.path();
    }

    public SourceFile sourceFile() {
        return new SourceFile(input.path(), input.sha256(), format.label(), input.size());
    }
}

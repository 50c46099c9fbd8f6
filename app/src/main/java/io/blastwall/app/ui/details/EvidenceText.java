package io.blastwall.app.ui.details;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Evidence as a person reads it: JSON statements indented, anything else as it came. */
final class EvidenceText {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvidenceText() {}

    static String readable(String text) {
        String trimmed = text.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return text;
        }
        try {
            JsonNode tree = JSON.readTree(trimmed);
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException notJson) {
            return text;
        }
    }
}

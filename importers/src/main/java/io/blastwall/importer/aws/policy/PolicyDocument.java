package io.blastwall.importer.aws.policy;

import java.util.List;
import java.util.Objects;

/**
 * A parsed IAM policy document.
 *
 * @param statements the statements in document order
 * @param location JSON path of the document in its file
 * @param json the whole document as compact JSON
 */
public record PolicyDocument(List<Statement> statements, String location, String json) {
    public PolicyDocument {
        statements = List.copyOf(statements);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(json, "json");
    }

    public static PolicyDocument empty(String location) {
        return new PolicyDocument(List.of(), location, "{\"Statement\":[]}");
    }
}

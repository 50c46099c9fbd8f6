package io.blastwall.importer.aws.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads IAM policy documents from JSON trees or from the URL-encoded strings some exports hold. Single values and
 * lists are both accepted wherever IAM accepts them.
 */
public final class PolicyParser {
    /** What a document is for: identity policies need {@code Resource}, trust policies need {@code Principal}. */
    public enum Kind {
        IDENTITY,
        TRUST
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    public PolicyDocument parse(JsonNode node, String location, Kind kind) throws PolicyFormatException {
        JsonNode document = node.isTextual() ? decode(node.asText(), location) : node;
        if (!document.isObject()) {
            throw new PolicyFormatException(location, "a policy document must be a JSON object");
        }
        JsonNode statementNode = document.path("Statement");
        if (statementNode.isMissingNode() || statementNode.isNull()) {
            throw new PolicyFormatException(location, "the policy document has no Statement");
        }
        List<JsonNode> nodes = listOf(statementNode);
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String where = location + ".Statement[" + i + "]";
            try {
                statements.add(statement(nodes.get(i), i, where, kind));
            } catch (PolicyFormatException e) {
                throw e.at(where);
            }
        }
        return new PolicyDocument(statements, location, compact(document));
    }

    /** Parses a document given as JSON text (a policy file or a decoded export string). */
    public PolicyDocument parse(String text, String location, Kind kind) throws PolicyFormatException {
        return parse(decode(text, location), location, kind);
    }

    private static JsonNode decode(String text, String location) throws PolicyFormatException {
        String json = text.strip();
        if (!json.startsWith("{") && json.contains("%")) {
            try {
                json = URLDecoder.decode(json, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new PolicyFormatException(location, "the policy document is not valid URL-encoded text");
            }
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 0 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + " of the document text)";
            throw new PolicyFormatException(location, "the policy document is not valid JSON: " + e.getOriginalMessage() + where);
        }
    }

    private Statement statement(JsonNode node, int index, String where, Kind kind) throws PolicyFormatException {
        if (!node.isObject()) {
            throw new PolicyFormatException("a statement must be a JSON object");
        }
        Effect effect = Effect.parse(requireText(node, "Effect"));
        boolean notAction = node.has("NotAction");
        List<String> actions = strings(node, notAction ? "NotAction" : "Action");
        if (actions.isEmpty()) {
            throw new PolicyFormatException("a statement needs Action or NotAction");
        }
        boolean notResource = node.has("NotResource");
        List<String> resources = strings(node, notResource ? "NotResource" : "Resource");
        if (resources.isEmpty()) {
            if (kind == Kind.IDENTITY) {
                throw new PolicyFormatException("an identity policy statement needs Resource or NotResource");
            }
            resources = List.of("*");
        }
        boolean notPrincipal = node.has("NotPrincipal");
        Map<String, List<String>> principals = principals(node.path(notPrincipal ? "NotPrincipal" : "Principal"));
        if (kind == Kind.TRUST && principals.isEmpty()) {
            throw new PolicyFormatException("a trust policy statement needs Principal or NotPrincipal");
        }
        String sid = node.path("Sid").isValueNode() ? node.path("Sid").asText() : "";
        return new Statement(index, sid, effect, actions, notAction, resources, notResource, principals,
                notPrincipal, conditions(node.path("Condition")), where, compact(node));
    }

    private static String requireText(JsonNode node, String field) throws PolicyFormatException {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new PolicyFormatException("a statement needs a text " + field);
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field) throws PolicyFormatException {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : listOf(value)) {
            if (!item.isValueNode() || item.isNull()) {
                throw new PolicyFormatException(field + " must be a string or a list of strings");
            }
            out.add(item.asText());
        }
        return out;
    }

    private static Map<String, List<String>> principals(JsonNode node) throws PolicyFormatException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (node.isTextual()) {
            out.put("AWS", List.of(node.asText()));
            return out;
        }
        if (!node.isObject()) {
            throw new PolicyFormatException("Principal must be \"*\" or an object");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.put(e.getKey(), strings(node, e.getKey()));
        }
        return out;
    }

    private static List<ConditionClause> conditions(JsonNode node) throws PolicyFormatException {
        List<ConditionClause> out = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new PolicyFormatException("Condition must be an object of operators");
        }
        for (Map.Entry<String, JsonNode> op : node.properties()) {
            if (!op.getValue().isObject()) {
                throw new PolicyFormatException("Condition operator " + op.getKey() + " must map keys to values");
            }
            for (Map.Entry<String, JsonNode> key : op.getValue().properties()) {
                ObjectNode clause = MAPPER.createObjectNode();
                clause.putObject(op.getKey()).set(key.getKey(), key.getValue());
                out.add(new ConditionClause(op.getKey(), key.getKey(), strings(op.getValue(), key.getKey()),
                        compact(clause)));
            }
        }
        return out;
    }

    private static List<JsonNode> listOf(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree always serialises", e);
        }
    }

    /** The service prefix of an action pattern, lower case: {@code s3} for {@code s3:GetObject}, {@code *} for {@code *}. */
    public static String service(String action) {
        int colon = action.indexOf(':');
        String prefix = colon < 0 ? "*" : action.substring(0, colon);
        return prefix.toLowerCase(Locale.ROOT);
    }
}

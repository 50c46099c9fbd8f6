package io.blastwall.sampledata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** Reads the Northwind sample the way the tests need it: strict JSON trees and credential report rows. */
final class Northwind {
    static final String PROD = "prod-111122223333";
    static final String CI_TOOLS = "ci-tools-444455556666";

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Northwind() {}

    static JsonNode json(String fileName) {
        try (InputStream in = SampleDataset.NORTHWIND.open(fileName)) {
            return STRICT.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(fileName, e);
        }
    }

    static JsonNode gaad(String account) {
        return json(account + "-gaad.json");
    }

    static String text(String fileName) {
        try (InputStream in = SampleDataset.NORTHWIND.open(fileName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(fileName, e);
        }
    }

    /** The credential report as rows keyed by column name (the report has no quoted fields). */
    static List<Map<String, String>> credentialReport(String account) {
        List<String> lines = text(account + "-credential-report.csv").lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] values = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < values.length; i++) {
                row.put(header.get(i), values[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    static Map<String, String> reportRow(String account, String user) {
        return credentialReport(account).stream()
                .filter(row -> user.equals(row.get("user")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no credential report row for " + user));
    }

    static JsonNode role(JsonNode gaad, String roleName) {
        return find(gaad.get("RoleDetailList"), "RoleName", roleName);
    }

    static JsonNode policy(JsonNode gaad, String policyName) {
        return find(gaad.get("Policies"), "PolicyName", policyName);
    }

    static JsonNode defaultDocument(JsonNode policy) {
        return elements(policy.get("PolicyVersionList")).stream()
                .filter(version -> version.get("IsDefaultVersion").asBoolean())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no default version in " + policy.get("Arn")))
                .get("Document");
    }

    /** The statements of every inline policy of a role. */
    static List<JsonNode> inlineStatements(JsonNode role) {
        List<JsonNode> statements = new ArrayList<>();
        for (JsonNode inline : elements(role.get("RolePolicyList"))) {
            statements.addAll(elements(inline.get("PolicyDocument").get("Statement")));
        }
        return statements;
    }

    static JsonNode statement(List<JsonNode> statements, String sid) {
        return statements.stream()
                .filter(s -> sid.equals(s.path("Sid").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + sid));
    }

    static JsonNode trustStatement(JsonNode role, String sid) {
        return statement(elements(role.get("AssumeRolePolicyDocument").get("Statement")), sid);
    }

    /** A policy element that may be one string or a list of strings (Action, Resource, Principal.AWS...). */
    static List<String> strings(JsonNode stringOrArray) {
        return elements(stringOrArray).stream().map(JsonNode::asText).toList();
    }

    /** A JSON value that may be one element or an array of them, as a list. */
    static List<JsonNode> elements(JsonNode oneOrMany) {
        if (oneOrMany == null || oneOrMany.isMissingNode() || oneOrMany.isNull()) {
            return List.of();
        }
        if (!oneOrMany.isArray()) {
            return List.of(oneOrMany);
        }
        return StreamSupport.stream(oneOrMany.spliterator(), false).toList();
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        return elements(list).stream()
                .filter(node -> value.equals(node.get(field).asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value));
    }
}

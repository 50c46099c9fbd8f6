package io.blastwall.importer.aws;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.ImportException;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small authorization-details exports written as files, for tests of one rule at a time. */
final class GaadFixture {
    private final List<String> users = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private final List<String> policies = new ArrayList<>();
    private final String account;

    GaadFixture(String account) {
        this.account = account;
    }

    String arn(String type, String name) {
        return "arn:aws:iam::" + account + ":" + type + "/" + name;
    }

    /** A user with inline policy documents (JSON), named {@code p0}, {@code p1}... */
    GaadFixture user(String name, String id, List<String> groupNames, String... inlineDocuments) {
        users.add("""
                {"UserName":"%s","UserId":"%s","Arn":"%s","Path":"/","CreateDate":"2024-01-01T00:00:00Z",
                 "GroupList":%s,"AttachedManagedPolicies":[],"UserPolicyList":%s,"Tags":[]}"""
                .formatted(name, id, arn("user", name), strings(groupNames), inline(inlineDocuments)));
        return this;
    }

    GaadFixture group(String name, String... inlineDocuments) {
        groups.add("""
                {"GroupName":"%s","GroupId":"AGPA%s","Arn":"%s","Path":"/","AttachedManagedPolicies":[],"GroupPolicyList":%s}"""
                .formatted(name, name.toUpperCase(), arn("group", name), inline(inlineDocuments)));
        return this;
    }

    /** A role with a trust policy (JSON) and inline policy documents; {@code extra} is more JSON fields, or empty. */
    GaadFixture role(String name, String trust, String extra, String... inlineDocuments) {
        roles.add("""
                {"RoleName":"%s","RoleId":"AROA%s","Arn":"%s","Path":"/","CreateDate":"2024-01-01T00:00:00Z",
                 "AssumeRolePolicyDocument":%s,"AttachedManagedPolicies":[],"RolePolicyList":%s,
                 "InstanceProfileList":[],"Tags":[]%s}"""
                .formatted(name, name.toUpperCase().replaceAll("[^A-Z0-9]", "0"), arn("role", name), trust,
                        inline(inlineDocuments), extra.isEmpty() ? "" : "," + extra));
        return this;
    }

    GaadFixture raw(String list, String json) {
        switch (list) {
            case "users" -> users.add(json);
            case "roles" -> roles.add(json);
            case "policies" -> policies.add(json);
            default -> groups.add(json);
        }
        return this;
    }

    String json() {
        return """
                {"UserDetailList":[%s],"GroupDetailList":[%s],"RoleDetailList":[%s],"Policies":[%s]}"""
                .formatted(String.join(",", users), String.join(",", groups), String.join(",", roles),
                        String.join(",", policies));
    }

    static String trust(String principalJson, String conditionJson) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":%s,"Action":"sts:AssumeRole"%s}]}"""
                .formatted(principalJson, conditionJson.isEmpty() ? "" : ",\"Condition\":" + conditionJson);
    }

    static String allow(String action, String resource) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"%s","Resource":"%s"}]}"""
                .formatted(action, resource);
    }

    static String deny(String action, String resource) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"%s","Resource":"%s"}]}"""
                .formatted(action, resource);
    }

    static ImportResult importFiles(Path dir, ImportOptions options, GaadFixture... fixtures) throws IOException, ImportException {
        for (int i = 0; i < fixtures.length; i++) {
            Files.writeString(dir.resolve("gaad-" + i + ".json"), fixtures[i].json());
        }
        return new SnapshotImporter(options).importAll(List.of(dir), ProgressListener.NONE);
    }

    static List<Relation> relations(IdentityGraph graph, RelationKind kind, String from, String to) {
        return graph.relations().stream()
                .filter(r -> r.kind() == kind && r.from().value().equals(from) && r.to().value().equals(to))
                .toList();
    }

    private static String inline(String... documents) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            out.add("{\"PolicyName\":\"p" + i + "\",\"PolicyDocument\":" + documents[i] + "}");
        }
        return "[" + String.join(",", out) + "]";
    }

    private static String strings(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").toList().toString();
    }
}

package io.blastwall.importer.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small {@code get-account-authorization-details} export of one account, for bridge tests. */
final class AwsAccountFixture {
    static final String ACCOUNT = "111122223333";
    private final List<String> users = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();

    static String arn(String type, String name) {
        return "arn:aws:iam::" + ACCOUNT + ":" + type + "/" + name;
    }

    /** A role with a trust policy and inline policies (each a list of statements as JSON). */
    AwsAccountFixture role(String name, String trust, String... statements) {
        return roleAt("/", name, trust, statements);
    }

    /** A role under a path ({@code /eks/}): its ARN is {@code role/eks/<name>}. */
    AwsAccountFixture roleAt(String path, String name, String trust, String... statements) {
        roles.add("""
                {"RoleName":"%s","RoleId":"AROA%s","Arn":"%s","Path":"%s","CreateDate":"2026-01-01T00:00:00Z",
                 "AssumeRolePolicyDocument":%s,"AttachedManagedPolicies":[],"RolePolicyList":%s,
                 "InstanceProfileList":[],"Tags":[]}"""
                .formatted(name, id(name), arn("role", path.substring(1) + name), path, trust, inline(statements)));
        return this;
    }

    AwsAccountFixture user(String name, String... statements) {
        users.add("""
                {"UserName":"%s","UserId":"AIDA%s","Arn":"%s","Path":"/","CreateDate":"2026-01-01T00:00:00Z",
                 "GroupList":[],"AttachedManagedPolicies":[],"UserPolicyList":%s,"Tags":[]}"""
                .formatted(name, id(name), arn("user", name), inline(statements)));
        return this;
    }

    Path write(Path dir) {
        try {
            return Files.writeString(dir.resolve("account-" + ACCOUNT + ".json"), """
                    {"UserDetailList":[%s],"GroupDetailList":[],"RoleDetailList":[%s],"Policies":[]}"""
                    .formatted(String.join(",", users), String.join(",", roles)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A trust policy for EKS Pod Identity with the given actions and extra statement JSON (a condition, or empty). */
    static String podIdentityTrust(String actions, String condition) {
        return """
                {"Version":"2012-10-17","Statement":[{"Sid":"PodIdentity","Effect":"Allow",
                 "Principal":{"Service":"pods.eks.amazonaws.com"},"Action":%s%s}]}"""
                .formatted(actions, condition.isEmpty() ? "" : ",\"Condition\":" + condition);
    }

    static String allow(String actions, String resource) {
        return "{\"Effect\":\"Allow\",\"Action\":" + actions + ",\"Resource\":\"" + resource + "\"}";
    }

    private static String id(String name) {
        String base = name.toUpperCase().replaceAll("[^A-Z0-9]", "0") + "0000000000000000";
        return base.substring(0, 16);
    }

    private static String inline(String... statements) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < statements.length; i++) {
            out.add("{\"PolicyName\":\"p" + i + "\",\"PolicyDocument\":{\"Version\":\"2012-10-17\",\"Statement\":["
                    + statements[i] + "]}}");
        }
        return "[" + String.join(",", out) + "]";
    }
}

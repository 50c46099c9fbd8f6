package io.blastwall.importer.aws.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic synthetic account for benchmarks: an authorization-details export with the given numbers of
 * roles, users and customer-managed policies, in a realistic mix. A few dozen shared managed policies are attached
 * widely (through groups and to many roles), each role also has its own policy, some principals have inline policies,
 * roles trust services, other roles or the account, some statements use wildcards, some pass roles to Lambda or EC2,
 * and a few Deny statements with conditions guard IAM.
 */
public final class SyntheticAccount {
    private static final String ACCOUNT = "123456789012";
    private static final String[] SERVICES = {"lambda.amazonaws.com", "ec2.amazonaws.com", "ecs-tasks.amazonaws.com",
            "glue.amazonaws.com", "codebuild.amazonaws.com"};
    private static final int SHARED = 60;
    private static final int GROUPS = 80;

    private final int roles;
    private final int users;
    private final int policies;
    private final Random random;

    public SyntheticAccount(int roles, int users, int policies, long seed) {
        this.roles = roles;
        this.users = users;
        this.policies = policies;
        this.random = new Random(seed);
    }

    /** Writes the export to {@code file}. */
    public void write(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"UserDetailList\":[");
            for (int i = 0; i < users; i++) {
                w.write((i == 0 ? "" : ",") + user(i));
            }
            w.write("],\"GroupDetailList\":[");
            for (int i = 0; i < GROUPS; i++) {
                w.write((i == 0 ? "" : ",") + group(i));
            }
            w.write("],\"RoleDetailList\":[");
            for (int i = 0; i < roles; i++) {
                w.write((i == 0 ? "" : ",") + role(i));
            }
            w.write("],\"Policies\":[");
            for (int i = 0; i < policies; i++) {
                w.write((i == 0 ? "" : ",") + policy(i));
            }
            w.write("]}");
        }
    }

    private static String arn(String type, String name) {
        return "arn:aws:iam::" + ACCOUNT + ":" + type + "/" + name;
    }

    private static String policyName(int i) {
        return i < SHARED ? "shared-" + i : "app-policy-" + i;
    }

    private String user(int i) {
        String name = "user-" + i;
        List<String> groups = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int g = 0; g < count; g++) {
            String group = "\"group-" + random.nextInt(GROUPS) + "\"";
            if (!groups.contains(group)) {
                groups.add(group);
            }
        }
        String inline = random.nextInt(10) < 3 ? inline("user-inline", document(random.nextInt(1_000_000))) : "";
        String attached = random.nextInt(10) < 2 ? attachment(policyName(random.nextInt(policies))) : "";
        return "{\"UserName\":\"" + name + "\",\"UserId\":\"AIDA" + id(i) + "\",\"Arn\":\"" + arn("user", name)
                + "\",\"Path\":\"/\",\"CreateDate\":\"2024-01-01T00:00:00Z\",\"GroupList\":" + groups
                + ",\"AttachedManagedPolicies\":[" + attached + "],\"UserPolicyList\":[" + inline + "],\"Tags\":[]}";
    }

    private String group(int i) {
        String name = "group-" + i;
        String attached = attachment(policyName(random.nextInt(SHARED))) + "," + attachment(policyName(random.nextInt(SHARED)));
        return "{\"GroupName\":\"" + name + "\",\"GroupId\":\"AGPA" + id(i) + "\",\"Arn\":\"" + arn("group", name)
                + "\",\"Path\":\"/\",\"AttachedManagedPolicies\":[" + attached + "],\"GroupPolicyList\":["
                + (i % 4 == 0 ? inline("group-inline", document(random.nextInt(1_000_000))) : "") + "]}";
    }

    private String role(int i) {
        String name = "role-" + i;
        List<String> attached = new ArrayList<>();
        attached.add(attachment(policyName(SHARED + (i % Math.max(1, policies - SHARED)))));
        if (random.nextInt(10) < 6) {
            attached.add(attachment(policyName(random.nextInt(SHARED))));
        }
        if (random.nextInt(10) < 2) {
            attached.add(attachment(policyName(random.nextInt(policies))));
        }
        String inline = random.nextInt(10) < 4 ? inline("role-inline", document(random.nextInt(1_000_000))) : "";
        String profile = random.nextInt(10) < 2
                ? "{\"InstanceProfileName\":\"" + name + "\",\"Arn\":\"arn:aws:iam::" + ACCOUNT + ":instance-profile/" + name + "\"}"
                : "";
        return "{\"RoleName\":\"" + name + "\",\"RoleId\":\"AROA" + id(i) + "\",\"Arn\":\"" + arn("role", name)
                + "\",\"Path\":\"/\",\"CreateDate\":\"2024-01-01T00:00:00Z\",\"AssumeRolePolicyDocument\":" + trust(i)
                + ",\"AttachedManagedPolicies\":[" + String.join(",", attached) + "],\"RolePolicyList\":[" + inline
                + "],\"InstanceProfileList\":[" + profile + "],\"Tags\":[]}";
    }

    private String trust(int i) {
        int kind = random.nextInt(10);
        String principal;
        if (kind < 6) {
            principal = "{\"Service\":\"" + SERVICES[random.nextInt(SERVICES.length)] + "\"}";
        } else if (kind < 9 && i > 0) {
            principal = "{\"AWS\":\"" + arn("role", "role-" + random.nextInt(i)) + "\"}";
        } else {
            principal = "{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"}";
        }
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":" + principal
                + ",\"Action\":\"sts:AssumeRole\"}]}";
    }

    private String policy(int i) {
        String name = policyName(i);
        String document = i < SHARED ? shared(i) : document(i);
        return "{\"PolicyName\":\"" + name + "\",\"PolicyId\":\"ANPA" + id(i) + "\",\"Arn\":\"" + arn("policy", name)
                + "\",\"Path\":\"/\",\"DefaultVersionId\":\"v1\",\"AttachmentCount\":1,\"IsAttachable\":true,"
                + "\"PolicyVersionList\":[{\"Document\":" + document + ",\"VersionId\":\"v1\",\"IsDefaultVersion\":true}]}";
    }

    /** Shared policies: read-only wildcards, a few broader ones. */
    private static String shared(int i) {
        return switch (i % 6) {
            case 0 -> doc(stmt("Allow", "[\"ec2:Describe*\",\"cloudwatch:Get*\",\"logs:Describe*\"]", "\"*\""));
            case 1 -> doc(stmt("Allow", "[\"s3:GetObject\",\"s3:ListBucket\"]", "[\"arn:aws:s3:::shared-" + i
                    + "\",\"arn:aws:s3:::shared-" + i + "/*\"]"));
            case 2 -> doc(stmt("Allow", "[\"dynamodb:GetItem\",\"dynamodb:Query\"]",
                    "\"arn:aws:dynamodb:eu-west-1:" + ACCOUNT + ":table/shared-*\""));
            case 3 -> doc(stmt("Allow", "\"sts:AssumeRole\"", "\"" + arn("role", "role-" + i * 7) + "\""));
            case 4 -> doc(stmt("Allow", "[\"iam:Get*\",\"iam:List*\"]", "\"*\""),
                    stmt("Deny", "\"iam:*\"", "\"*\"", ",\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}"));
            default -> doc(stmt("Allow", "[\"sqs:SendMessage\",\"sqs:ReceiveMessage\"]",
                    "\"arn:aws:sqs:eu-west-1:" + ACCOUNT + ":queue-" + i + "\""));
        };
    }

    /** An application policy: data access on its own resources, sometimes PassRole, sometimes wildcards. */
    private String document(int i) {
        List<String> statements = new ArrayList<>();
        statements.add(stmt("Allow", "[\"s3:GetObject\",\"s3:PutObject\"]", "\"arn:aws:s3:::bucket-" + (i % 3000) + "/*\""));
        statements.add(stmt("Allow", "[\"dynamodb:GetItem\",\"dynamodb:PutItem\"]",
                "\"arn:aws:dynamodb:eu-west-1:" + ACCOUNT + ":table/table-" + (i % 2000) + "\""));
        int kind = random.nextInt(100);
        if (kind < 8) {
            statements.add(stmt("Allow", "\"iam:PassRole\"", "\"" + arn("role", "role-" + (i % 500) + "*") + "\""));
            statements.add(stmt("Allow", "[\"lambda:CreateFunction\",\"lambda:InvokeFunction\"]", "\"*\""));
        } else if (kind < 11) {
            statements.add(stmt("Allow", "[\"iam:PassRole\",\"ec2:RunInstances\"]", "\"*\""));
        } else if (kind < 20) {
            statements.add(stmt("Allow", "\"s3:*\"", "\"arn:aws:s3:::bucket-" + (i % 3000) + "*\""));
        } else if (kind < 23) {
            statements.add(stmt("Allow", "\"sts:AssumeRole\"", "\"" + arn("role", "role-" + (i % 10_000)) + "\""));
        } else if (kind < 25) {
            statements.add(stmt("Allow", "[\"iam:CreateAccessKey\",\"iam:PutRolePolicy\"]", "\"" + arn("user", "user-" + (i % 2000))
                    + "\""));
        } else if (kind < 26) {
            statements.add(stmt("Allow", "\"*\"", "\"*\""));
        }
        return doc(statements.toArray(String[]::new));
    }

    private static String doc(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    private static String stmt(String effect, String action, String resource) {
        return stmt(effect, action, resource, "");
    }

    private static String stmt(String effect, String action, String resource, String extra) {
        return "{\"Effect\":\"" + effect + "\",\"Action\":" + action + ",\"Resource\":" + resource + extra + "}";
    }

    private static String attachment(String name) {
        return "{\"PolicyName\":\"" + name + "\",\"PolicyArn\":\"" + arn("policy", name) + "\"}";
    }

    private static String inline(String name, String document) {
        return "{\"PolicyName\":\"" + name + "\",\"PolicyDocument\":" + document + "}";
    }

    private static String id(int i) {
        return String.format("%016d", i);
    }
}

package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.Glob;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Provider;
import io.blastwall.model.Sensitivity;
import java.util.Map;

/**
 * Resource entities named after the resource patterns policies use. A pattern is one entity, wildcards included
 * ({@code arn:aws:s3:::prod-data/*}); an exact ARN of a user, role, group or policy in the snapshot is that
 * entity. {@code Resource: "*"} becomes one entity per account and service, {@code arn:aws:<service>:*:<account>:*}
 * ("All s3 resources in 123456789012"), or {@code arn:aws:*:*:<account>:*} when the action is {@code *}.
 */
final class ResourceEntities {
    private static final Map<String, String> KNOWN_TYPES = Map.ofEntries(
            Map.entry("s3:", "AWS::S3::Bucket"), Map.entry("s3:object", "AWS::S3::Object"),
            Map.entry("secretsmanager:secret", "AWS::SecretsManager::Secret"), Map.entry("kms:key", "AWS::KMS::Key"),
            Map.entry("kms:alias", "AWS::KMS::Alias"), Map.entry("dynamodb:table", "AWS::DynamoDB::Table"),
            Map.entry("lambda:function", "AWS::Lambda::Function"), Map.entry("iam:role", "AWS::IAM::Role"),
            Map.entry("iam:user", "AWS::IAM::User"), Map.entry("iam:group", "AWS::IAM::Group"),
            Map.entry("iam:policy", "AWS::IAM::ManagedPolicy"), Map.entry("ssm:parameter", "AWS::SSM::Parameter"),
            Map.entry("ec2:instance", "AWS::EC2::Instance"), Map.entry("ecr:repository", "AWS::ECR::Repository"),
            Map.entry("rds:db", "AWS::RDS::DBInstance"), Map.entry("sns:", "AWS::SNS::Topic"), Map.entry("sqs:", "AWS::SQS::Queue"));

    /** The {@code scope} property of the per-account, per-service entities that stand for {@code Resource: "*"}. */
    static final String ACCOUNT_WIDE = "account-wide wildcard (Resource \"*\")";

    private final GraphDraft draft;

    ResourceEntities(GraphDraft draft) {
        this.draft = draft;
    }

    /** The entity for a resource pattern or ARN, created when new. */
    String forPattern(String pattern) {
        if (!Glob.hasWildcard(pattern) && draft.has(pattern)) {
            return pattern;
        }
        if (!draft.has(pattern)) {
            draft.put(resource(pattern));
        }
        return pattern;
    }

    /** The entity for "every resource of a service in an account" ({@code service} {@code *} for every service). */
    String allOf(String partition, String account, String service) {
        String id = "arn:" + partition + ":" + service + ":*:" + account + ":*";
        if (!draft.has(id)) {
            String name = service.equals("*") ? "All resources in " + account : "All " + service + " resources in " + account;
            Map<String, String> props = new Props().put("arn", id).put("account", account).put("service", service)
                    .put("pattern", "true").put("scope", ACCOUNT_WIDE).map();
            draft.put(new Entity(EntityId.of(id), EntityKind.RESOURCE, Provider.AWS,
                    service.equals("*") ? "AWS::*" : "AWS::" + service + "::*", name, Sensitivity.NONE, Map.of(), props));
        }
        return id;
    }

    private static Entity resource(String pattern) {
        Arn arn = Arn.parse(pattern).orElse(new Arn("aws", "", "", "", pattern));
        String type = arn.resourceType();
        String nativeType = nativeType(arn, type);
        String name = arn.resource().isEmpty() ? pattern : arn.resource();
        Map<String, String> props = new Props().put("arn", pattern).put("account", arn.account())
                .put("service", arn.service()).put("region", arn.region())
                .put("pattern", Boolean.toString(Glob.hasWildcard(pattern))).map();
        return new Entity(EntityId.of(pattern), EntityKind.RESOURCE, Provider.AWS, nativeType, name, Sensitivity.NONE,
                Map.of(), props);
    }

    private static String nativeType(Arn arn, String type) {
        String key = arn.service() + ":" + type;
        if (arn.service().equals("s3")) {
            key = arn.resource().contains("/") ? "s3:object" : "s3:";
        } else if (arn.service().equals("sns") || arn.service().equals("sqs")) {
            key = arn.service() + ":";
        }
        String known = KNOWN_TYPES.get(key);
        if (known != null) {
            return known;
        }
        return "AWS::" + (arn.service().isEmpty() ? "Unknown" : arn.service()) + "::" + (type.isEmpty() ? "Resource" : type);
    }
}

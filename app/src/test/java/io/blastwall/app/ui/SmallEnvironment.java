package io.blastwall.app.ui;

import io.blastwall.analysis.Analysis;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Provider;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationId;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import io.blastwall.model.Snapshot;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A small hand-built environment for ViewModel tests: an AI agent that assumes a deploy role, which
 * (under an MFA condition) assumes an admin role; the roles reach two crown jewels and fourteen buckets.
 * A CI bot can assume the deploy role too, and a human reads the logs bucket.
 */
public final class SmallEnvironment {
    public static final EntityId AGENT = role("support-agent");
    public static final EntityId DEPLOY = role("deploy-role");
    public static final EntityId ADMIN = role("admin-role");
    public static final EntityId CI_BOT = EntityId.of("arn:aws:iam::111122223333:user/ci-bot");
    public static final EntityId ALICE = EntityId.of("arn:aws:iam::111122223333:user/alice");
    public static final EntityId CUSTOMER_DB = EntityId.of("arn:aws:rds:eu-west-1:111122223333:db:customer-db");
    public static final EntityId PAYMENTS_SECRET =
            EntityId.of("arn:aws:secretsmanager:eu-west-1:111122223333:secret:payments-secret");
    public static final EntityId LOGS = bucket("logs");
    public static final int BUCKETS = 14;

    private SmallEnvironment() {}

    public static LoadedSnapshot loaded() {
        IdentityGraph graph = graph();
        Snapshot snapshot = new Snapshot("s-1", "Test snapshot", Instant.parse("2026-01-02T03:04:05Z"), List.of(),
                graph.entityCount(), graph.relationCount());
        return new LoadedSnapshot(snapshot, graph, new Analysis(graph));
    }

    public static IdentityGraph graph() {
        IdentityGraph.Builder b = IdentityGraph.builder()
                .entity(entity(AGENT, EntityKind.AI_AGENT, "AWS::IAM::Role", Sensitivity.NONE))
                .entity(entity(DEPLOY, EntityKind.ROLE, "AWS::IAM::Role", Sensitivity.NONE))
                .entity(entity(ADMIN, EntityKind.ROLE, "AWS::IAM::Role", Sensitivity.NONE))
                .entity(entity(CI_BOT, EntityKind.SERVICE_ACCOUNT, "AWS::IAM::User", Sensitivity.NONE))
                .entity(entity(ALICE, EntityKind.HUMAN, "AWS::IAM::User", Sensitivity.NONE))
                .entity(entity(CUSTOMER_DB, EntityKind.RESOURCE, "AWS::RDS::DBInstance", Sensitivity.CRITICAL))
                .entity(entity(PAYMENTS_SECRET, EntityKind.RESOURCE, "AWS::SecretsManager::Secret", Sensitivity.CRITICAL))
                .entity(entity(LOGS, EntityKind.RESOURCE, "AWS::S3::Bucket", Sensitivity.NONE));
        grant(b, "g-trust-deploy", GrantKind.TRUST_STATEMENT, DEPLOY, "2025-12-01");
        grant(b, "g-trust-deploy-ci", GrantKind.TRUST_STATEMENT, DEPLOY, "");
        grant(b, "g-trust-admin", GrantKind.TRUST_STATEMENT, ADMIN, "");
        grant(b, "g-agent-policy", GrantKind.INLINE_POLICY, AGENT, "2025-12-20");
        grant(b, "g-deploy-policy", GrantKind.MANAGED_POLICY_ATTACHMENT, DEPLOY, "");
        grant(b, "g-admin-policy", GrantKind.MANAGED_POLICY_ATTACHMENT, ADMIN, "");
        grant(b, "g-alice-policy", GrantKind.INLINE_POLICY, ALICE, "");
        b.relation(traverse("r-agent-deploy", AGENT, DEPLOY, Confidence.PROVEN, "g-trust-deploy"));
        b.relation(traverse("r-ci-deploy", CI_BOT, DEPLOY, Confidence.PROVEN, "g-trust-deploy-ci"));
        b.relation(traverse("r-deploy-admin", DEPLOY, ADMIN, Confidence.CONDITIONAL, "g-trust-admin"));
        b.relation(access("r-agent-logs", AGENT, LOGS, AccessLevel.READ, "g-agent-policy"));
        b.relation(access("r-alice-logs", ALICE, LOGS, AccessLevel.READ, "g-alice-policy"));
        b.relation(access("r-deploy-db", DEPLOY, CUSTOMER_DB, AccessLevel.WRITE, "g-deploy-policy"));
        b.relation(access("r-admin-secret", ADMIN, PAYMENTS_SECRET, AccessLevel.ADMIN, "g-admin-policy"));
        for (int i = 1; i <= BUCKETS; i++) {
            EntityId bucket = bucket("data-%02d".formatted(i));
            b.entity(entity(bucket, EntityKind.RESOURCE, "AWS::S3::Bucket", Sensitivity.LOW));
            b.relation(access("r-admin-bucket-" + i, ADMIN, bucket, AccessLevel.ADMIN, "g-admin-policy"));
        }
        return b.build();
    }

    /**
     * The small graph plus {@code services} resources the agent reads directly, each of its own service
     * (so none fold into a group).
     */
    public static IdentityGraph withManyServices(int services) {
        IdentityGraph.Builder b = graph().toBuilder();
        for (int i = 1; i <= services; i++) {
            EntityId resource = EntityId.of("arn:aws:svc%02d:eu-west-1:111122223333:thing/t%02d".formatted(i, i));
            b.entity(entity(resource, EntityKind.RESOURCE, "AWS::Svc%02d::Thing".formatted(i), Sensitivity.NONE));
            b.relation(access("r-agent-svc-" + i, AGENT, resource, AccessLevel.READ, "g-agent-policy"));
        }
        return b.build();
    }

    public static EntityId bucket(String name) {
        return EntityId.of("arn:aws:s3:::" + name);
    }

    private static EntityId role(String name) {
        return EntityId.of("arn:aws:iam::111122223333:role/" + name);
    }

    private static Entity entity(EntityId id, EntityKind kind, String type, Sensitivity sensitivity) {
        String name = id.value().substring(id.value().lastIndexOf('/') + 1);
        name = name.substring(name.lastIndexOf(':') + 1);
        return Entity.of(id, kind, Provider.AWS, type, name).withSensitivity(sensitivity);
    }

    private static void grant(IdentityGraph.Builder b, String id, GrantKind kind, EntityId holder, String lastUsed) {
        Evidence evidence = new Evidence("prod-gaad.json", "$." + id, "{\"Effect\":\"Allow\",\"Sid\":\"" + id + "\"}");
        b.grant(new Grant(GrantId.of(id), kind, holder, id, "statement " + id, evidence, lastUsed));
    }

    private static Relation traverse(String id, EntityId from, EntityId to, Confidence confidence, String grant) {
        List<String> conditions = confidence == Confidence.PROVEN ? List.of() : List.of("aws:MultiFactorAuthPresent = true");
        return new Relation(RelationId.of(id), from, to, RelationKind.CAN_ASSUME, AccessLevel.NONE,
                Set.of("sts:AssumeRole"), List.of(GrantId.of(grant)), confidence, "AWS-STS-01", conditions);
    }

    private static Relation access(String id, EntityId from, EntityId to, AccessLevel level, String grant) {
        return new Relation(RelationId.of(id), from, to, RelationKind.CAN_ACCESS, level, Set.of("svc:Action"),
                List.of(GrantId.of(grant)), Confidence.PROVEN, "AWS-ACCESS-01", List.of());
    }
}

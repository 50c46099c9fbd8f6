package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blastwall.importer.aws.AwsPrincipals;
import io.blastwall.importer.aws.policy.PolicyDocument;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * EKS Pod Identity (catalogue K8S-CLOUD-02): an association whose role is in the snapshot becomes a CAN_ASSUME
 * relation from the service account to the role when the role's trust lets {@code pods.eks.amazonaws.com} assume it
 * for that association ({@link PodIdentityTrust}). It needs the association and the trust statement, so removing
 * either cuts it. Associations whose role is not in the snapshot keep the Kubernetes importer's heuristic hint.
 */
final class PodIdentityBridge {
    static final String RULE = "K8S-CLOUD-02";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdentityGraph kubernetes;
    private final IdentityGraph aws;
    private final AwsPrincipals principals;

    PodIdentityBridge(IdentityGraph kubernetes, IdentityGraph aws, AwsPrincipals principals) {
        this.kubernetes = kubernetes;
        this.aws = aws;
        this.principals = principals;
    }

    /** True for a hint the bridge decides (its role is in the AWS export): it replaces the hint or drops it. */
    boolean decides(Relation hint, String role) {
        return hint.rule().equals(CloudEdges.POD_IDENTITY_HINT) && aws.contains(EntityId.of(role));
    }

    /** The trust-backed relation for one association hint, if the trust allows it. */
    Optional<Relation> relate(Relation hint, String role) {
        Optional<JsonNode> association = kubernetes.grant(hint.grants().get(0)).flatMap(g -> parse(g.evidence().text()));
        Optional<PolicyDocument> trust = principals.trustPolicy(role);
        Entity sa = kubernetes.require(hint.from());
        if (association.isEmpty() || trust.isEmpty()) {
            return Optional.empty();
        }
        String cluster = sa.property("cluster");
        String clusterArn = kubernetes.entity(KubeDraft.id(KubeIds.cluster(cluster))).map(c -> c.property("arn")).orElse("");
        boolean tags = !association.get().path("disableSessionTags").asBoolean(false);
        Optional<PodIdentityTrust.Match> match = new PodIdentityTrust(trust.get(), principals.file(role))
                .check(clusterArn, cluster, sa.property("namespace"), sa.property("serviceAccount"), tags);
        if (match.isEmpty()) {
            return Optional.empty();
        }
        List<GrantId> grants = new ArrayList<>(hint.grants());
        trustGrant(role, match.get().statement()).ifPresent(grants::add);
        List<String> conditions = new ArrayList<>(match.get().conditions());
        if (clusterArn.isEmpty()) {
            conditions.add("the cluster's ARN is not in the snapshot: aws:SourceArn and the eks-cluster-arn tag are unknown");
        }
        String target = association.get().path("targetRoleArn").asText("");
        Set<String> actions = tags ? Set.of("eks-auth:AssumeRoleForPodIdentity (sts:AssumeRole, sts:TagSession)")
                : Set.of("eks-auth:AssumeRoleForPodIdentity (sts:AssumeRole, session tags disabled)");
        KubeEdge edge = new KubeEdge(RelationKind.CAN_ASSUME, sa.id().value(), role, AccessLevel.NONE,
                target.isEmpty() ? actions : Set.of(actions.iterator().next() + ", then " + target), grants,
                conditions.isEmpty() ? Confidence.PROVEN : Confidence.CONDITIONAL, RULE, conditions)
                .withEvidence(match.get().evidence());
        return Optional.of(edge.toRelation());
    }

    /** The AWS importer's grant for the trust statement naming pods.eks.amazonaws.com. */
    private Optional<GrantId> trustGrant(String role, int statement) {
        String prefix = "aws:trust:" + role + ":" + statement + ":";
        return aws.incoming(EntityId.of(role)).stream().filter(r -> r.kind() == RelationKind.CAN_ASSUME)
                .flatMap(r -> r.grants().stream()).filter(g -> g.value().startsWith(prefix)
                        && g.value().toLowerCase(Locale.ROOT).endsWith(PodIdentityTrust.SERVICE)).findFirst();
    }

    static Optional<JsonNode> parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

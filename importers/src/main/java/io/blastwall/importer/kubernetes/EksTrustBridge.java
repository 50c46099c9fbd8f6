package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationId;
import io.blastwall.model.RelationKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Joins a Kubernetes graph and an AWS graph of the same snapshot (catalogue K8S-CLOUD-01, EKS IRSA). The AWS
 * importer turns a trust statement naming an OIDC provider into a CAN_ASSUME relation from the provider; for every
 * cluster whose OIDC issuer is that provider, each service account the statement's {@code sub} and {@code aud}
 * conditions admit gets a CAN_ASSUME relation to the role, held by the same trust grant (PROVEN, or CONDITIONAL
 * when other conditions remain). A cluster without a known issuer (no {@code describe-cluster} output) is matched
 * through its IRSA annotations: the provider trusted by the annotated role is taken as the cluster's, and the edge
 * is CONDITIONAL. Annotation-only hints to roles that are in the AWS export are dropped: the trust decides.
 * AWS entities replace the Kubernetes importer's placeholders for the same ARN.
 */
public final class EksTrustBridge {
    private static final String RULE = "K8S-CLOUD-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EksTrustBridge() {}

    public static IdentityGraph join(IdentityGraph kubernetes, IdentityGraph aws) {
        IdentityGraph.Builder b = IdentityGraph.builder();
        kubernetes.entities().forEach(b::entity);
        aws.entities().forEach(b::entity);
        kubernetes.grants().forEach(b::grant);
        aws.grants().forEach(b::grant);
        aws.relations().forEach(b::relation);
        for (Relation r : kubernetes.relations()) {
            boolean resolvedHint = r.rule().contains(CloudEdges.HINT_RULE) && aws.contains(r.to());
            if (!resolvedHint) {
                b.relation(r);
            }
        }
        List<Entity> accounts = kubernetes.entities().stream()
                .filter(e -> e.nativeType().equals("Kubernetes::ServiceAccount")).toList();
        for (Relation r : aws.relations()) {
            Optional<Entity> provider = aws.entity(r.from()).filter(e -> e.nativeType().equals("AWS::IAM::OIDCProvider"));
            if (r.kind() != RelationKind.CAN_ASSUME || provider.isEmpty()) {
                continue;
            }
            String issuer = issuerOf(r.from().value());
            for (Entity sa : accounts) {
                Optional<List<String>> via = via(kubernetes, sa, issuer, r);
                via.ifPresent(notes -> relate(b, aws, sa, r, issuer, notes));
            }
        }
        return b.build();
    }

    /** How the service account's cluster is tied to the provider: empty when it is not; notes when only inferred. */
    private static Optional<List<String>> via(IdentityGraph kubernetes, Entity sa, String issuer, Relation trust) {
        Optional<Entity> cluster = kubernetes.entity(KubeDraft.id(KubeIds.cluster(sa.property("cluster"))));
        String known = cluster.map(c -> c.property("oidcIssuer")).orElse("");
        if (!known.isEmpty()) {
            return known.equalsIgnoreCase(issuer) ? Optional.of(List.of()) : Optional.empty();
        }
        boolean annotatedHere = kubernetes.entities().stream()
                .filter(e -> e.property("cluster").equals(sa.property("cluster")))
                .anyMatch(e -> e.property("awsRoleArn").equals(trust.to().value()));
        return annotatedHere && issuer.contains("oidc.eks.") ? Optional.of(List.of("the cluster's OIDC issuer is not in the"
                + " snapshot; taken to be " + issuer + " because a service account of the cluster is annotated with the role"))
                : Optional.empty();
    }

    private static void relate(IdentityGraph.Builder b, IdentityGraph aws, Entity sa, Relation trust, String issuer,
            List<String> notes) {
        for (GrantId g : trust.grants()) {
            Optional<Grant> grant = aws.grant(g);
            Optional<JsonNode> statement = grant.flatMap(x -> parse(x.evidence().text()));
            if (statement.isEmpty()) {
                continue;
            }
            Optional<WebIdentityTrust.Match> match = new WebIdentityTrust(statement.get(), issuer)
                    .check(sa.property("namespace"), sa.property("serviceAccount"));
            if (match.isEmpty()) {
                continue;
            }
            List<String> conditions = new ArrayList<>(match.get().conditions());
            conditions.addAll(notes);
            Confidence confidence = conditions.isEmpty() ? Confidence.PROVEN : Confidence.CONDITIONAL;
            if (match.get().unrestricted()) {
                conditions.add("no sub condition: every service account of the cluster may assume the role");
            }
            KubeEdge edge = new KubeEdge(RelationKind.CAN_ASSUME, sa.id().value(), trust.to().value(), AccessLevel.NONE,
                    Set.of("sts:AssumeRoleWithWebIdentity"), List.of(g), confidence, RULE, conditions);
            if (!b.hasRelation(RelationId.of(edge.id()))) {
                b.relation(edge.toRelation());
            }
        }
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code arn:aws:iam::1:oidc-provider/oidc.eks.r.amazonaws.com/id/X} → {@code oidc.eks.r.amazonaws.com/id/X}. */
    static String issuerOf(String providerArn) {
        int cut = providerArn.indexOf(":oidc-provider/");
        return cut < 0 ? providerArn : providerArn.substring(cut + ":oidc-provider/".length());
    }
}

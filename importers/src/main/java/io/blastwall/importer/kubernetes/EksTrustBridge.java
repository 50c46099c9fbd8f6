package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blastwall.importer.aws.AwsPrincipals;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationId;
import io.blastwall.model.RelationKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Joins a Kubernetes graph and an AWS graph of the same snapshot.
 * <ul>
 *   <li>IRSA (catalogue K8S-CLOUD-01): the AWS importer turns a trust statement naming an OIDC provider into a
 *       CAN_ASSUME relation from the provider; for every cluster whose OIDC issuer is that provider, each service
 *       account the statement's {@code sub} and {@code aud} conditions admit gets a CAN_ASSUME relation to the role,
 *       held by the same trust grant (PROVEN, or CONDITIONAL when other conditions remain). A cluster without a
 *       known issuer (no {@code describe-cluster} output) is matched through its IRSA annotations: the provider
 *       trusted by the annotated role is taken as the cluster's, and the edge is CONDITIONAL.</li>
 *   <li>EKS Pod Identity (K8S-CLOUD-02): {@link PodIdentityBridge}.</li>
 *   <li>Access entries and Pod Identity associations an AWS principal can create (AWS-EKS-01, AWS-EKS-03):
 *       {@link EksAccessBridge}.</li>
 * </ul>
 * Hints (IRSA annotations, Pod Identity associations) to roles that are in the AWS export are dropped: the trust
 * decides. AWS entities replace the Kubernetes importer's placeholders for the same ARN, and a placeholder without
 * the role's path (aws-auth requires path-less role ARNs) stands for the one role of that account and name.
 */
public final class EksTrustBridge {
    private static final String RULE = "K8S-CLOUD-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EksTrustBridge() {}

    public static IdentityGraph join(IdentityGraph kubernetes, IdentityGraph aws) {
        return join(kubernetes, aws, AwsPrincipals.none());
    }

    public static IdentityGraph join(IdentityGraph kubernetes, IdentityGraph aws, AwsPrincipals principals) {
        Map<String, String> paths = pathlessRoles(kubernetes, aws);
        IdentityGraph.Builder b = IdentityGraph.builder();
        kubernetes.entities().stream().filter(e -> !paths.containsKey(e.id().value())).forEach(b::entity);
        aws.entities().forEach(b::entity);
        kubernetes.grants().forEach(b::grant);
        aws.grants().forEach(b::grant);
        aws.relations().forEach(b::relation);
        PodIdentityBridge podIdentity = new PodIdentityBridge(kubernetes, aws, principals);
        for (Relation original : kubernetes.relations()) {
            Relation r = renamed(original, paths);
            boolean resolvedHint = r.rule().contains(CloudEdges.HINT_RULE) && aws.contains(r.to());
            if (podIdentity.decides(r, r.to().value())) {
                podIdentity.relate(r, r.to().value()).ifPresent(x -> add(b, x));
            } else if (!resolvedHint) {
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
        new EksAccessBridge(kubernetes, aws, principals, e -> add(b, e.toRelation())).relateAll();
        return b.build();
    }

    private static void add(IdentityGraph.Builder b, Relation r) {
        if (!b.hasRelation(r.id())) {
            b.relation(r);
        }
    }

    /**
     * Placeholders {@code arn:aws:iam::<account>:role/<name>} the AWS export does not have, where it has exactly
     * one role of that account and name under a path: the placeholder → that role's ARN.
     */
    private static Map<String, String> pathlessRoles(IdentityGraph kubernetes, IdentityGraph aws) {
        Map<String, List<String>> byName = new HashMap<>();
        for (Entity e : aws.entities()) {
            if (e.nativeType().equals("AWS::IAM::Role")) {
                String arn = e.id().value();
                byName.computeIfAbsent(arn.substring(0, arn.indexOf(":role/") + 6) + arn.substring(arn.lastIndexOf('/') + 1),
                        k -> new ArrayList<>()).add(arn);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Entity e : kubernetes.entities()) {
            String id = e.id().value();
            List<String> roles = byName.getOrDefault(id, List.of());
            if (e.property("placeholder").equals("true") && !aws.contains(e.id()) && roles.size() == 1) {
                out.put(id, roles.get(0));
            }
        }
        return out;
    }

    private static Relation renamed(Relation r, Map<String, String> paths) {
        String from = paths.getOrDefault(r.from().value(), r.from().value());
        String to = paths.getOrDefault(r.to().value(), r.to().value());
        if (from.equals(r.from().value()) && to.equals(r.to().value())) {
            return r;
        }
        String id = r.id().value().replace(r.from().value() + "->", from + "->").replace("->" + r.to().value() + "#", "->" + to + "#");
        return new Relation(RelationId.of(id), EntityId.of(from), EntityId.of(to), r.kind(), r.access(), r.actions(), r.grants(),
                r.confidence(), r.rule(), r.conditions(), r.evidence());
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

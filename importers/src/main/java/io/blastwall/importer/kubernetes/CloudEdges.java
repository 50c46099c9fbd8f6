package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.blastwall.importer.Warnings;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.Provider;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Edges between the cluster and cloud identities (catalogue §2.4). Workload-identity annotations give HEURISTIC
 * hints: IRSA {@code eks.amazonaws.com/role-arn} (K8S-CLOUD-01, replaced by a trust-backed edge in
 * {@link EksTrustBridge} when the role's account is in the snapshot), GKE {@code iam.gke.io/gcp-service-account}
 * (K8S-CLOUD-04) and Azure {@code azure.workload.identity/client-id} (K8S-CLOUD-05); the cloud identities are
 * placeholders (property {@code placeholder=true}) that an export of that provider replaces. The aws-auth
 * ConfigMap maps AWS roles and users to Kubernetes users and groups (K8S-AWS-AUTH, an AUTHENTICATES_AS edge and
 * MEMBER_OF each mapped group); roles mapped into {@code system:nodes} are node instance roles, which every node
 * reaches through IMDS (K8S-CLOUD-03, heuristic).
 */
final class CloudEdges {
    static final String HINT_RULE = "K8S-CLOUD-01-HINT";
    private final Cluster cluster;
    private final KubeDraft draft;
    private final Warnings warnings;

    CloudEdges(Cluster cluster, KubeDraft draft, Warnings warnings) {
        this.cluster = cluster;
        this.draft = draft;
        this.warnings = warnings;
    }

    void addAll() {
        cluster.serviceAccounts().forEach((key, object) -> object.ifPresent(o -> annotations(key, o)));
        cluster.awsAuth().ifPresent(this::awsAuth);
    }

    private void annotations(String key, KubeObject sa) {
        String from = KubeIds.serviceAccount(cluster.name(), key);
        Map<String, String> a = sa.annotations();
        Optional.ofNullable(a.get(ClusterEntities.ROLE_ARN)).filter(v -> v.startsWith("arn:")).ifPresent(arn -> hint(sa, key,
                ClusterEntities.ROLE_ARN, awsPlaceholder(arn, EntityKind.ROLE, "AWS::IAM::Role"), RelationKind.CAN_ASSUME,
                HINT_RULE, "the role's trust policy is not in the snapshot: only the annotation names the role"));
        Optional.ofNullable(a.get(ClusterEntities.GCP_SA)).filter(v -> !v.isBlank()).ifPresent(email -> hint(sa, key,
                ClusterEntities.GCP_SA, placeholder("gcp:serviceAccount:" + email, email, Provider.GCP, "GCP::IAM::ServiceAccount"),
                RelationKind.CAN_IMPERSONATE, "K8S-CLOUD-04", "needs roles/iam.workloadIdentityUser for "
                        + "serviceAccount:PROJECT.svc.id.goog[" + key + "] on the Google service account"));
        Optional.ofNullable(a.get(ClusterEntities.AZURE_CLIENT)).filter(v -> !v.isBlank()).ifPresent(client -> hint(sa, key,
                ClusterEntities.AZURE_CLIENT, placeholder("azure:client:" + client, "Entra application " + client, Provider.AZURE,
                        "Azure::EntraID::Application"), RelationKind.CAN_IMPERSONATE, "K8S-CLOUD-05",
                "needs a federated identity credential for system:serviceaccount:" + key.replace('/', ':')
                        + " and pods labelled azure.workload.identity/use=true"));
    }

    private void hint(KubeObject sa, String key, String annotation, String target, RelationKind kind, String rule, String condition) {
        GrantId grant = draft.grant(new Grant(KubeIds.annotation(cluster.name(), key, annotation), GrantKind.OTHER,
                KubeDraft.id(KubeIds.serviceAccount(cluster.name(), key)), annotation, "service account " + key
                        + " is annotated " + annotation + ": " + sa.annotations().get(annotation),
                new Evidence(sa.file(), sa.location() + ".metadata.annotations", annotation + ": " + sa.annotations().get(annotation)), ""));
        draft.relate(KubeEdge.of(kind, KubeIds.serviceAccount(cluster.name(), key), target, List.of(grant), Confidence.HEURISTIC, rule)
                .withActions(Set.of("workload identity")).withConditions(List.of(condition)));
    }

    private void awsAuth(KubeObject config) {
        JsonNode data = config.body().path("data");
        entries(config, data.path("mapRoles").asText(""), "mapRoles", "rolearn", EntityKind.ROLE, "AWS::IAM::Role");
        entries(config, data.path("mapUsers").asText(""), "mapUsers", "userarn", EntityKind.HUMAN, "AWS::IAM::User");
    }

    private void entries(KubeObject config, String yaml, String list, String arnKey, EntityKind kind, String nativeType) {
        if (yaml.isBlank()) {
            return;
        }
        JsonNode entries;
        try {
            entries = new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            warnings.add(config.file(), config.location() + ".data." + list, "aws-auth " + list + " is not valid YAML; skipped");
            return;
        }
        int i = 0;
        for (JsonNode entry : entries) {
            String arn = entry.path(arnKey).asText("");
            String username = entry.path("username").asText(arn);
            if (arn.isEmpty()) {
                i++;
                continue;
            }
            GrantId grant = draft.grant(new Grant(KubeIds.awsAuth(cluster.name(), list, i), GrantKind.OTHER,
                    KubeDraft.id(KubeIds.object(cluster.name(), config)), arn, "aws-auth " + list + " maps " + arn
                            + " to Kubernetes user " + username, new Evidence(config.file(),
                            config.location() + ".data." + list + "[" + i++ + "]", entry.toString()), ""));
            String aws = awsPlaceholder(arn, kind, nativeType);
            String user = KubeIds.user(cluster.name(), username);
            draft.putIfAbsent(new Entity(KubeDraft.id(user), EntityKind.SERVICE_ACCOUNT, Provider.KUBERNETES,
                    "Kubernetes::User", username, Sensitivity.NONE, Map.of(), Props.cluster(cluster.name())
                            .put("classification", "Kubernetes user mapped from AWS " + arn + " by aws-auth").map()));
            draft.relate(KubeEdge.of(RelationKind.AUTHENTICATES_AS, aws, user, List.of(grant), Confidence.PROVEN, "K8S-AWS-AUTH")
                    .withActions(Set.of("aws eks get-token")));
            List<String> groups = new ArrayList<>();
            entry.path("groups").forEach(g -> groups.add(g.asText()));
            for (String group : groups) {
                String id = KubeIds.group(cluster.name(), group);
                draft.putIfAbsent(new Entity(KubeDraft.id(id), EntityKind.GROUP, Provider.KUBERNETES, "Kubernetes::Group", group,
                        Sensitivity.NONE, Map.of(), Props.cluster(cluster.name()).put("classification", "group named in aws-auth").map()));
                draft.relate(KubeEdge.of(RelationKind.MEMBER_OF, user, id, List.of(grant), Confidence.PROVEN, "K8S-AWS-AUTH"));
            }
            if (groups.contains("system:nodes")) {
                nodeRole(aws, grant);
            }
        }
    }

    /**
     * K8S-CLOUD-03: the node instance role (mapped to {@code system:nodes}) is what IMDS hands out on the node, to
     * the node itself and to any pod unless IMDSv2 is required with a hop limit of 1 (hostNetwork pods reach it
     * even then).
     */
    void nodeRole(String role, GrantId mapping) {
        List<String> nodes = new ArrayList<>(cluster.nodes().stream().map(n -> KubeIds.node(cluster.name(), n.name())).toList());
        nodes.add(ClusterEntities.anyNode(cluster.name(), draft));
        for (String node : nodes) {
            draft.relate(KubeEdge.of(RelationKind.CAN_ASSUME, node, role, List.of(mapping), Confidence.HEURISTIC, "K8S-CLOUD-03")
                    .withActions(Set.of("read the instance role's credentials from IMDS"))
                    .withConditions(List.of("the node's instance role (mapped to system:nodes); IMDS reachable")));
        }
        for (Workload w : cluster.workloads()) {
            String condition = w.hostNetwork() ? "the pod uses the host network, so IMDS answers it as it answers the node"
                    : "IMDS reachable from pods: IMDSv1, or IMDSv2 with a hop limit above 1, and no network policy blocking 169.254.169.254";
            draft.relate(KubeEdge.of(RelationKind.CAN_ASSUME, KubeIds.object(cluster.name(), w.object()), role, List.of(mapping),
                    Confidence.HEURISTIC, "K8S-CLOUD-03").withActions(Set.of("read the node instance role's credentials from IMDS"))
                    .withConditions(List.of(condition)));
        }
    }

    /** An AWS identity the AWS export replaces when it is in the snapshot. */
    private String awsPlaceholder(String arn, EntityKind kind, String nativeType) {
        String name = arn.substring(arn.lastIndexOf('/') + 1);
        draft.putIfAbsent(new Entity(KubeDraft.id(arn), kind, Provider.AWS, nativeType, name, Sensitivity.NONE, Map.of(),
                new Props().put("arn", arn).put("placeholder", "true")
                        .put("classification", "named by cluster " + cluster.name() + "; not in the snapshot's AWS exports").map()));
        return arn;
    }

    private String placeholder(String id, String name, Provider provider, String nativeType) {
        draft.putIfAbsent(new Entity(KubeDraft.id(id), EntityKind.EXTERNAL_ACCOUNT, provider, nativeType, name, Sensitivity.NONE,
                Map.of(), new Props().put("placeholder", "true")
                        .put("classification", "cloud identity named by a workload-identity annotation; not in the snapshot").map()));
        return id;
    }
}

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    static final String POD_IDENTITY_HINT = "K8S-CLOUD-02-HINT";
    private static final Pattern IAM_ARN = Pattern.compile("arn:aws[a-z-]*:iam::(\\d{12}):(role|user)/.+");
    private final Cluster cluster;
    private final KubeDraft draft;
    private final Warnings warnings;
    private final Authorizer rbac;

    CloudEdges(Cluster cluster, KubeDraft draft, Warnings warnings, Authorizer rbac) {
        this.cluster = cluster;
        this.draft = draft;
        this.warnings = warnings;
        this.rbac = rbac;
    }

    void addAll() {
        cluster.serviceAccounts().forEach((key, object) -> object.ifPresent(o -> annotations(key, o)));
        cluster.awsAuth().ifPresent(config -> {
            if (cluster.usesAwsAuth()) {
                awsAuth(config);
            } else {
                warnings.add(config.file(), config.location(), "cluster " + cluster.name() + " authenticates with access"
                        + " entries only (authenticationMode API): the aws-auth ConfigMap is ignored");
            }
        });
        cluster.accessEntries().forEach(this::accessEntry);
        cluster.podIdentities().forEach(this::podIdentity);
    }

    /** An EKS access entry: the principal authenticates as the entry's user, in its groups (AWS-EKS-01's mapping). */
    private void accessEntry(AccessEntry e) {
        EksSource at = e.source();
        UsernameTemplate username = e.effectiveUsername();
        GrantId grant = draft.grant(new Grant(KubeIds.accessEntry(cluster.name(), e.principalArn()), GrantKind.OTHER,
                KubeDraft.id(KubeIds.user(cluster.name(), username.key())), e.principalArn(), "EKS access entry of " + e.principalArn()
                        + " in cluster " + cluster.name() + " (" + e.type() + "): Kubernetes user " + username.displayName()
                        + (e.effectiveGroups().isEmpty() ? "" : " in groups " + e.effectiveGroups()),
                new Evidence(at.file(), at.location(), at.json()), ""));
        String kind = e.principalArn().contains(":user/") ? "AWS::IAM::User" : "AWS::IAM::Role";
        String aws = awsPlaceholder(e.principalArn(), kind.endsWith("User") ? EntityKind.HUMAN : EntityKind.ROLE, kind);
        mapped(aws, username, e.effectiveGroups(), grant, "K8S-EKS-ACCESS-ENTRY", "EKS access entry");
        if (e.isNode()) {
            nodeRole(aws, grant);
        }
    }

    /**
     * An EKS Pod Identity association: a hint (K8S-CLOUD-02-HINT, heuristic) until {@link EksTrustBridge} checks the
     * role's trust, which it replaces when the role's account is in the snapshot.
     */
    private void podIdentity(PodIdentity p) {
        if (p.roleArn().isEmpty()) {
            warnings.add(p.source().file(), p.source().location(), "Pod Identity association " + p.id() + " for "
                    + p.serviceAccountKey() + " has no roleArn (list-pod-identity-associations output): add the"
                    + " describe-pod-identity-association output to see its role");
            return;
        }
        String sa = KubeIds.serviceAccount(cluster.name(), p.serviceAccountKey());
        GrantId grant = draft.grant(new Grant(KubeIds.podIdentity(cluster.name(), p), GrantKind.OTHER, KubeDraft.id(sa), p.roleArn(),
                "EKS Pod Identity association " + p.id() + " gives pods running as " + p.serviceAccountKey() + " the role "
                        + p.roleArn() + (p.targetRoleArn().isEmpty() ? "" : " (then " + p.targetRoleArn() + ")"),
                new Evidence(p.source().file(), p.source().location(), p.source().json()), ""));
        String role = awsPlaceholder(p.roleArn(), EntityKind.ROLE, "AWS::IAM::Role");
        draft.relate(KubeEdge.of(RelationKind.CAN_ASSUME, sa, role, List.of(grant), Confidence.HEURISTIC, POD_IDENTITY_HINT)
                .withActions(Set.of("EKS Pod Identity (eks-auth:AssumeRoleForPodIdentity)"))
                .withConditions(List.of("the role's trust policy is not in the snapshot: it must trust pods.eks.amazonaws.com"
                        + " with sts:AssumeRole and sts:TagSession")));
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
        accounts(config, data.path("mapAccounts").asText(""));
    }

    /**
     * aws-auth {@code mapAccounts}: every IAM role and user of those accounts authenticates with its ARN as user name
     * and no group, so it matters where a binding names such an ARN: that principal becomes the binding's user.
     */
    private void accounts(KubeObject config, String yaml) {
        if (yaml.isBlank()) {
            return;
        }
        JsonNode accounts;
        try {
            accounts = new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            warnings.add(config.file(), config.location() + ".data.mapAccounts", "aws-auth mapAccounts is not valid YAML; skipped");
            return;
        }
        int i = 0;
        for (JsonNode account : accounts) {
            String id = account.asText("").strip();
            int index = i++;
            for (String name : concreteUsers()) {
                Matcher m = IAM_ARN.matcher(name);
                if (!m.matches() || !m.group(1).equals(id) || cluster.awsMappedUsers().stream().anyMatch(t -> t.key().equals(name))) {
                    continue;
                }
                boolean user = m.group(2).equals("user");
                GrantId grant = draft.grant(new Grant(KubeIds.awsAuth(cluster.name(), "mapAccounts", index), GrantKind.OTHER,
                        KubeDraft.id(KubeIds.object(cluster.name(), config)), id, "aws-auth mapAccounts maps every IAM role and"
                                + " user of account " + id + " to the Kubernetes user named by its ARN", new Evidence(config.file(),
                                config.location() + ".data.mapAccounts[" + index + "]", id), ""));
                String aws = awsPlaceholder(name, user ? EntityKind.HUMAN : EntityKind.ROLE, user ? "AWS::IAM::User" : "AWS::IAM::Role");
                mapped(aws, UsernameTemplate.of(name, name), List.of(), grant, "K8S-AWS-AUTH", "aws-auth mapAccounts");
            }
        }
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
            UsernameTemplate username = UsernameTemplate.of(entry.path("username").asText(arn), arn);
            if (arn.isEmpty()) {
                i++;
                continue;
            }
            GrantId grant = draft.grant(new Grant(KubeIds.awsAuth(cluster.name(), list, i), GrantKind.OTHER,
                    KubeDraft.id(KubeIds.object(cluster.name(), config)), arn, "aws-auth " + list + " maps " + arn
                            + " to Kubernetes user " + username.displayName(), new Evidence(config.file(),
                            config.location() + ".data." + list + "[" + i++ + "]", entry.toString()), ""));
            String aws = awsPlaceholder(arn, kind, nativeType);
            List<String> groups = new ArrayList<>();
            entry.path("groups").forEach(g -> groups.add(g.asText()));
            mapped(aws, username, groups, grant, "K8S-AWS-AUTH", "aws-auth");
            if (groups.contains("system:nodes")) {
                nodeRole(aws, grant);
            }
        }
    }

    /**
     * An AWS principal authenticates as a Kubernetes user in groups (aws-auth or an access entry). A user name with a
     * per-session template ({@link UsernameTemplate}) is one user per session: a pattern entity, and each concrete
     * user of the cluster (named in a binding, or a node's kubelet) a session can become.
     */
    private void mapped(String aws, UsernameTemplate username, List<String> groups, GrantId grant, String rule, String source) {
        String user = KubeIds.user(cluster.name(), username.key());
        Props props = Props.cluster(cluster.name()).put("classification", "Kubernetes user mapped from AWS " + aws + " by " + source
                + (username.isPattern() ? "; " + username.explain() : ""));
        if (username.isPattern()) {
            props.put("usernameTemplate", username.template()).put("perSession", "true");
        }
        Entity entity = new Entity(KubeDraft.id(user), EntityKind.SERVICE_ACCOUNT, Provider.KUBERNETES, "Kubernetes::User",
                username.displayName(), Sensitivity.NONE, Map.of(), props.map());
        if (username.isPattern()) {
            draft.put(entity);
        } else {
            draft.putIfAbsent(entity);
        }
        draft.relate(KubeEdge.of(RelationKind.AUTHENTICATES_AS, aws, user, List.of(grant), Confidence.PROVEN, rule)
                .withActions(Set.of("aws eks get-token")));
        List<String> users = new ArrayList<>(List.of(user));
        if (username.isPattern()) {
            for (String name : concreteUsers()) {
                if (username.matches(name)) {
                    String concrete = KubeIds.user(cluster.name(), name);
                    users.add(concrete);
                    boolean chosen = username.callerChooses();
                    draft.relate(KubeEdge.of(RelationKind.AUTHENTICATES_AS, aws, concrete, List.of(grant),
                            chosen ? Confidence.PROVEN : Confidence.HEURISTIC, rule).withActions(Set.of("aws eks get-token"))
                            .withConditions(List.of(chosen ? "a session whose name makes the user name " + name
                                    + " (the caller chooses the session name)"
                                    : "only a session of the instance whose " + String.join(", ", username.placeholders())
                                            + " makes the user name " + name)));
                }
            }
        }
        for (String group : groups) {
            String id = KubeIds.group(cluster.name(), group);
            draft.putIfAbsent(new Entity(KubeDraft.id(id), EntityKind.GROUP, Provider.KUBERNETES, "Kubernetes::Group", group,
                    Sensitivity.NONE, Map.of(), Props.cluster(cluster.name()).put("classification", "group named in " + source).map()));
            users.forEach(u -> draft.relate(KubeEdge.of(RelationKind.MEMBER_OF, u, id, List.of(grant), Confidence.PROVEN, rule)));
        }
    }

    /** The concrete user names of the cluster: those named in bindings, and each node's kubelet. */
    private List<String> concreteUsers() {
        List<String> out = new ArrayList<>();
        rbac.subjects().values().stream().filter(s -> s.kind().equals("User") && !s.name().contains("*")).map(Authorizer.Subject::name)
                .forEach(out::add);
        cluster.nodes().forEach(n -> out.add("system:node:" + n.name()));
        return out.stream().distinct().toList();
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

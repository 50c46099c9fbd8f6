package io.blastwall.importer.kubernetes;

import io.blastwall.importer.aws.AwsPrincipals;
import io.blastwall.importer.aws.policy.Decision;
import io.blastwall.importer.aws.policy.EffectivePermissions;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * AWS principals that can give themselves access to an EKS cluster, from their effective IAM permissions:
 * <ul>
 *   <li>AWS-EKS-01: {@code eks:CreateAccessEntry} for itself (not needed when it already has an entry) and
 *       {@code eks:AssociateAccessPolicy} of {@code AmazonEKSClusterAdminPolicy} make it admin of the cluster; an
 *       entry that names a Kubernetes group (create, or {@code eks:UpdateAccessEntry} of its own entry) puts it in
 *       that group. Only when the cluster's authentication mode allows access entries (unknown: conditional);
 *       service-linked roles cannot have entries. The account's administrators are covered once: the account
 *       CONTROLS the cluster.</li>
 *   <li>AWS-EKS-03: {@code eks:CreatePodIdentityAssociation} with {@code iam:PassRole} of a role that trusts
 *       {@code pods.eks.amazonaws.com} binds that role to a service account it can run pods as, so it becomes the
 *       role (CAN_PASS_ROLE): the way to run pods is its own AWS-EKS-01 access, or what its Kubernetes user (aws-auth
 *       or an access entry) may do.</li>
 * </ul>
 * Only principals of the cluster's account are considered: the EKS API has no resource policies.
 */
final class EksAccessBridge {
    static final String CLUSTER_ADMIN_POLICY = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy";
    private static final String PASSED_TO = "iam:PassedToService";

    private final IdentityGraph kubernetes;
    private final IdentityGraph aws;
    private final AwsPrincipals principals;
    private final Consumer<KubeEdge> out;

    EksAccessBridge(IdentityGraph kubernetes, IdentityGraph aws, AwsPrincipals principals, Consumer<KubeEdge> out) {
        this.kubernetes = kubernetes;
        this.aws = aws;
        this.principals = principals;
        this.out = out;
    }

    void relateAll() {
        for (Entity cluster : kubernetes.entities()) {
            if (cluster.nativeType().equals("Kubernetes::Cluster") && cluster.property("eks").equals("true")
                    && cluster.property("arn").startsWith("arn:") && aws.contains(EntityId.of(accountRoot(cluster)))) {
                relate(cluster);
            }
        }
    }

    private static String name(Entity cluster) {
        return cluster.property("cluster");
    }

    private static String accountRoot(Entity cluster) {
        String[] arn = cluster.property("arn").split(":");
        return "arn:" + arn[1] + ":iam::" + arn[4] + ":root";
    }

    private void relate(Entity cluster) {
        String mode = cluster.property("authenticationMode");
        boolean entries = !mode.equals("CONFIG_MAP");
        List<String> modeNote = mode.isEmpty() ? List.of("the cluster's authentication mode must allow access entries"
                + " (API or API_AND_CONFIG_MAP; describe-cluster is not in the snapshot)") : List.of();
        if (entries) {
            out.accept(new KubeEdge(RelationKind.CONTROLS, accountRoot(cluster), cluster.id().value(), AccessLevel.NONE,
                    Set.of("an administrator of the account creates an EKS access entry with AmazonEKSClusterAdminPolicy"),
                    List.of(), modeNote.isEmpty() ? Confidence.PROVEN : Confidence.CONDITIONAL, "AWS-EKS-01", modeNote));
        }
        List<PodRole> roles = podIdentityRoles(cluster);
        List<Entity> groups = boundGroups(cluster);
        String account = cluster.property("account");
        for (AwsPrincipals.Principal p : principals.all()) {
            if (!p.account().equals(account) || p.serviceLinked() || isAdmin(p.arn()) || !p.permissions().mayAllowService("eks")) {
                continue;
            }
            List<AwsWay> admin = entries ? accessEntryAdmin(cluster, p, modeNote) : List.of();
            if (entries) {
                groups(cluster, groups, p, modeNote);
            }
            if (!roles.isEmpty()) {
                podIdentity(cluster, p, admin, roles);
            }
        }
    }

    private boolean isAdmin(String arn) {
        return aws.outgoing(EntityId.of(arn)).stream()
                .anyMatch(r -> r.kind() == RelationKind.ADMIN_OF && r.confidence() == Confidence.PROVEN);
    }

    private Optional<Relation> existingEntry(Entity cluster, String principal) {
        return kubernetes.outgoing(EntityId.of(principal)).stream()
                .filter(r -> r.kind() == RelationKind.AUTHENTICATES_AS && r.rule().equals("K8S-EKS-ACCESS-ENTRY"))
                .filter(r -> kubernetes.entity(r.to()).map(u -> u.property("cluster").equals(name(cluster))).orElse(false))
                .findFirst();
    }

    /** AWS-EKS-01 to cluster admin: an entry for itself (or its existing one) with AmazonEKSClusterAdminPolicy. */
    private List<AwsWay> accessEntryAdmin(Entity cluster, AwsPrincipals.Principal p, List<String> modeNote) {
        EffectivePermissions perms = p.permissions();
        Optional<Relation> entry = existingEntry(cluster, p.arn());
        List<AwsWay> create = entry.isPresent() ? List.of(AwsWay.of(List.of(), Confidence.PROVEN, List.of()))
                : AwsWay.of(perms.evaluate("eks:CreateAccessEntry", cluster.property("arn"),
                        Map.of("eks:principalArn", List.of(p.arn()))).allowances());
        if (create.isEmpty()) {
            return List.of();
        }
        Decision associate = perms.evaluate("eks:AssociateAccessPolicy", accessEntryArn(cluster), Map.of(
                "eks:principalArn", List.of(p.arn()), "eks:policyArn", List.of(CLUSTER_ADMIN_POLICY),
                "eks:accessScope", List.of("cluster")));
        List<AwsWay> ways = withNotes(AwsWay.both(create, AwsWay.of(associate.allowances())), modeNote);
        String action = (entry.isPresent() ? "associate AmazonEKSClusterAdminPolicy with its access entry"
                : "create an EKS access entry for itself and associate AmazonEKSClusterAdminPolicy") + " (cluster " + name(cluster) + ")";
        for (AwsWay w : ways) {
            out.accept(new KubeEdge(RelationKind.ADMIN_OF, p.arn(), cluster.id().value(), AccessLevel.NONE, Set.of(action),
                    w.grants(), w.confidence(), "AWS-EKS-01", w.conditions()).withEvidence(w.evidence()));
        }
        return ways;
    }

    /** AWS-EKS-01 into a group: an access entry (new, or its own updated) naming a group bound in the cluster. */
    private void groups(Entity cluster, List<Entity> groups, AwsPrincipals.Principal p, List<String> modeNote) {
        boolean hasEntry = existingEntry(cluster, p.arn()).isPresent();
        String action = hasEntry ? "eks:UpdateAccessEntry" : "eks:CreateAccessEntry";
        String resource = hasEntry ? accessEntryArn(cluster) : cluster.property("arn");
        for (Entity group : groups) {
            Decision d = p.permissions().evaluate(action, resource, Map.of("eks:principalArn", List.of(p.arn()),
                    "eks:kubernetesGroups", List.of(group.name())));
            for (AwsWay w : withNotes(AwsWay.of(d.allowances()), modeNote)) {
                out.accept(new KubeEdge(RelationKind.CAN_IMPERSONATE, p.arn(), group.id().value(), AccessLevel.NONE,
                        Set.of(action + " with kubernetesGroups [" + group.name() + "] for itself"), w.grants(), w.confidence(),
                        "AWS-EKS-01", w.conditions()).withEvidence(w.evidence()));
            }
        }
    }

    /** The groups bound to something in the cluster that an access entry may name (not {@code system:} ones). */
    private List<Entity> boundGroups(Entity cluster) {
        return kubernetes.entities().stream().filter(g -> g.nativeType().equals("Kubernetes::Group")
                && g.property("cluster").equals(name(cluster)) && !g.name().startsWith("system:")
                && !kubernetes.outgoing(g.id()).isEmpty()).toList();
    }

    /** A role whose trust lets EKS Pod Identity assume it, with the trust grant. */
    private record PodRole(String arn, AwsWay trust) {}

    private List<PodRole> podIdentityRoles(Entity cluster) {
        String service = PodIdentityTrust.SERVICE + "@" + cluster.property("account");
        List<PodRole> out = new ArrayList<>();
        for (Relation r : aws.outgoing(EntityId.of(service))) {
            String role = r.to().value();
            boolean tags = principals.trustPolicy(role).map(t -> new PodIdentityTrust(t, principals.file(role))
                    .check(cluster.property("arn"), name(cluster), "*", "*", true).isPresent()).orElse(false);
            if (r.kind() == RelationKind.CAN_ASSUME && tags) {
                out.add(new PodRole(role, new AwsWay(r.grants(), Confidence.PROVEN, r.conditions(), r.evidence())));
            }
        }
        return out;
    }

    /** AWS-EKS-03: associate a Pod Identity role with a service account it can run pods as. */
    private void podIdentity(Entity cluster, AwsPrincipals.Principal p, List<AwsWay> admin, List<PodRole> roles) {
        List<AwsWay> runPods = new ArrayList<>(admin);
        runPods.addAll(kubernetesWays(cluster, p.arn()));
        if (runPods.isEmpty()) {
            return;
        }
        List<AwsWay> associate = AwsWay.of(p.permissions().evaluate("eks:CreatePodIdentityAssociation", cluster.property("arn"))
                .allowances());
        for (PodRole role : roles) {
            if (role.arn().equals(p.arn()) || associate.isEmpty()) {
                continue;
            }
            List<AwsWay> pass = AwsWay.of(p.permissions().evaluate("iam:PassRole", role.arn(),
                    Map.of(PASSED_TO, List.of(PodIdentityTrust.SERVICE))).allowances());
            List<AwsWay> ways = AwsWay.both(AwsWay.both(AwsWay.both(associate, pass), runPods), List.of(role.trust()));
            for (AwsWay w : ways) {
                out.accept(new KubeEdge(RelationKind.CAN_PASS_ROLE, p.arn(), role.arn(), AccessLevel.NONE, Set.of(
                        "eks:CreatePodIdentityAssociation", "iam:PassRole", "run a pod as the associated service account"),
                        w.grants(), w.confidence(), "AWS-EKS-03", w.conditions()).withEvidence(w.evidence()));
            }
        }
    }

    /** Ways the principal's Kubernetes user (aws-auth or access entry) can run pods: workload creation, or admin. */
    private List<AwsWay> kubernetesWays(Entity cluster, String principal) {
        List<AwsWay> out = new ArrayList<>();
        for (Relation mapping : kubernetes.outgoing(EntityId.of(principal))) {
            if (mapping.kind() != RelationKind.AUTHENTICATES_AS
                    || !kubernetes.entity(mapping.to()).map(u -> u.property("cluster").equals(name(cluster))).orElse(false)) {
                continue;
            }
            AwsWay mapped = AwsWay.of(mapping.grants(), mapping.confidence(), mapping.conditions());
            List<Relation> holders = new ArrayList<>(List.of(mapping));
            kubernetes.outgoing(mapping.to()).stream().filter(r -> r.kind() == RelationKind.MEMBER_OF).forEach(holders::add);
            for (Relation holder : holders) {
                AwsWay via = holder == mapping ? mapped : mapped.and(AwsWay.of(holder.grants(), holder.confidence(), holder.conditions()));
                for (Relation r : kubernetes.outgoing(holder.to())) {
                    if (runsPods(r, cluster) && out.size() < 4) {
                        out.add(via.and(AwsWay.of(r.grants(), r.confidence(), r.conditions())));
                    }
                }
            }
        }
        return out;
    }

    private static boolean runsPods(Relation r, Entity cluster) {
        return (r.kind() == RelationKind.ADMIN_OF && r.to().equals(cluster.id()))
                || (r.kind() == RelationKind.CAN_IMPERSONATE && (r.rule().contains("K8S-WL-01") || r.rule().contains("K8S-WL-02")));
    }

    private static String accessEntryArn(Entity cluster) {
        String[] arn = cluster.property("arn").split(":");
        return "arn:" + arn[1] + ":eks:" + arn[3] + ":" + arn[4] + ":access-entry/" + name(cluster) + "/*";
    }

    private static List<AwsWay> withNotes(List<AwsWay> ways, List<String> notes) {
        return notes.isEmpty() ? ways : ways.stream().map(w -> w.withCondition(notes.get(0))).toList();
    }
}

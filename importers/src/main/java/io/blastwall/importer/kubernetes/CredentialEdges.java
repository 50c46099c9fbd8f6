package io.blastwall.importer.kubernetes;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * RBAC edges to credentials: reading secrets (K8S-SEC-01 list/watch, K8S-SEC-02 get by name, conditional for token
 * secrets whose name must be guessed), minting a token secret (K8S-SEC-03), token requests (K8S-TOK-01) and
 * impersonation of service accounts, users and groups (K8S-IMP-01, catalogue K-E9).
 */
final class CredentialEdges {
    private static final String CORE = "";

    private final Cluster cluster;
    private final Authorizer rbac;
    private final RbacWriter out;

    CredentialEdges(Cluster cluster, Authorizer rbac, RbacWriter out) {
        this.cluster = cluster;
        this.rbac = rbac;
        this.out = out;
    }

    void add(String subject, String ns) {
        secrets(subject, ns);
        serviceAccounts(subject, ns);
    }

    private void secrets(String subject, String ns) {
        List<Allow> listing = rbac.allowingAny(subject, ns, List.of(Request.of("list", CORE, "secrets"),
                Request.of("watch", CORE, "secrets")));
        List<Allow> anyName = rbac.allowing(subject, ns, Request.of("get", CORE, "secrets"));
        for (KubeObject s : cluster.in("Secret", ns)) {
            String secret = KubeIds.object(cluster.name(), s);
            List<Allow> getting = rbac.allowing(subject, ns, Request.named("get", CORE, "secrets", s.name()));
            listing.forEach(a -> out.access(subject, secret, a, AccessLevel.READ, "K8S-SEC-01", "list secrets (values included)"));
            getting.forEach(a -> out.access(subject, secret, a, AccessLevel.READ, "K8S-SEC-02", "get the secret"));
            Cluster.tokenSecretAccount(s).ifPresent(sa -> {
                String account = KubeIds.serviceAccount(cluster.name(), ns + "/" + sa);
                listing.forEach(a -> out.impersonate(subject, account, a, "K8S-SEC-01", "read the token secret " + s.key()));
                getting.stream().filter(a -> !listing.contains(a) && anyName.contains(a)).forEach(a -> out.relate(
                        RelationKind.CAN_IMPERSONATE, subject, account, a, Confidence.CONDITIONAL, "K8S-SEC-02",
                        "get the token secret " + s.key(), List.of("the secret's name must be known or guessed (no list or watch)")));
                getting.stream().filter(a -> !listing.contains(a) && !anyName.contains(a)).forEach(a -> out.impersonate(subject,
                        account, a, "K8S-SEC-02", "get the token secret " + s.key() + " (its name is in the role's resourceNames)"));
            });
        }
        List<Allow> create = rbac.allowing(subject, ns, Request.of("create", CORE, "secrets"));
        List<Allow> read = rbac.allowingAny(subject, ns, List.of(Request.of("get", CORE, "secrets"),
                Request.of("list", CORE, "secrets"), Request.of("watch", CORE, "secrets")));
        List<Allow> update = rbac.allowingAny(subject, ns, List.of(Request.of("update", CORE, "secrets"),
                Request.of("patch", CORE, "secrets")));
        List<Allow> ways = new ArrayList<>(Allow.pairs(create, read));
        Allow.pairs(create, update).stream().filter(a -> !ways.contains(a)).forEach(ways::add);
        List<Allow> reannotate = update.stream().filter(a -> !ways.contains(a)).toList();
        for (String sa : cluster.serviceAccountsIn(ns)) {
            String target = KubeIds.serviceAccount(cluster.name(), sa);
            ways.forEach(a -> out.impersonate(subject, target, a, "K8S-SEC-03",
                    "create a service-account-token secret for " + sa + " and read the token the controller adds"));
            reannotate.forEach(a -> out.relate(RelationKind.CAN_IMPERSONATE, subject, target, a, Confidence.CONDITIONAL,
                    "K8S-SEC-03", "point a token secret at " + sa + " (update returns the new token)",
                    List.of("needs an existing kubernetes.io/service-account-token secret in " + ns + " to re-annotate")));
        }
    }

    private void serviceAccounts(String subject, String ns) {
        for (String sa : cluster.serviceAccountsIn(ns)) {
            String name = sa.substring(ns.length() + 1);
            String target = KubeIds.serviceAccount(cluster.name(), sa);
            rbac.allowing(subject, ns, Request.named("create", CORE, "serviceaccounts/token", name)).forEach(a ->
                    out.impersonate(subject, target, a, "K8S-TOK-01", "create serviceaccounts/token (any audience)"));
            rbac.allowing(subject, ns, Request.named("impersonate", CORE, "serviceaccounts", name)).forEach(a ->
                    out.impersonate(subject, target, a, "K8S-IMP-01", "impersonate serviceaccounts"));
        }
    }

    /** Impersonating users and groups is authorised cluster-wide (catalogue K-E9). */
    void impersonateUsersAndGroups(String subject) {
        for (Authorizer.Subject target : rbac.subjects().values()) {
            String resource = switch (target.kind()) {
                case "User" -> "users";
                case "Group" -> "groups";
                default -> "";
            };
            if (resource.isEmpty()) {
                continue;
            }
            rbac.allowing(subject, "", Request.named("impersonate", CORE, resource, target.name())).forEach(a ->
                    out.impersonate(subject, target.id(), a, "K8S-IMP-01", "impersonate " + resource));
        }
    }
}

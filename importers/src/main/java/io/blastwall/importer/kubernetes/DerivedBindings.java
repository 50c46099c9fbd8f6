package io.blastwall.importer.kubernetes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Bindings a subject can make for itself despite RBAC's escalation prevention (catalogue K-E7), added to the
 * {@link Authorizer} as derived bindings so that every other rule sees what the subject would hold afterwards:
 * <ul>
 *   <li>K8S-RBAC-01: {@code bind} on a role (its name, or every role) and the right to create a binding (or to
 *       update an existing binding of that role) in a namespace or cluster-wide: the role's rules in that scope.
 *       Where a wildcard role ({@code cluster-admin}) is bindable, the other roles of that scope add nothing.</li>
 *   <li>K8S-RBAC-02: {@code escalate} and {@code update}/{@code patch} on a role bound to the subject: any rule,
 *       in the binding's scope. Aggregated ClusterRoles are left out (the controller rewrites their rules).</li>
 *   <li>K8S-RBAC-04: creating ClusterRoles with {@code escalate} (any rule) while bound to an aggregating
 *       ClusterRole: a new role labelled to aggregate into it gives any rule in that binding's scope.</li>
 * </ul>
 * Only bindings of the export are used to derive (no second-order escalation). Subjects bound to a wildcard
 * ClusterRole cluster-wide are skipped: they already hold everything.
 */
final class DerivedBindings {
    static final String RBAC = "rbac.authorization.k8s.io";
    static final PolicyRule ANY = PolicyRule.of(List.of("*"), List.of("*"), List.of("*"));
    private static final List<String> WRITE_BINDING = List.of("update", "patch");
    /** A role name no export has: rules without resourceNames allow it, as they allow a role the subject creates. */
    private static final String NEW_ROLE = "blastwall:new-role";

    private final Cluster cluster;
    private final Authorizer rbac;

    DerivedBindings(Cluster cluster, Authorizer rbac) {
        this.cluster = cluster;
        this.rbac = rbac;
    }

    void addAll() {
        for (String s : List.copyOf(rbac.subjects().keySet())) {
            if (rbac.bound(s).stream().anyMatch(b -> b.clusterWide() && b.isWildcard())) {
                continue;
            }
            List<BoundRules> out = new ArrayList<>();
            Set<String> bindableClusterWide = bindable(s, "", out, Set.of());
            for (String ns : cluster.namespaces()) {
                bindable(s, ns, out, bindableClusterWide);
            }
            escalatable(s, out);
            aggregatable(s, out);
            out.forEach(rbac::derive);
        }
    }

    /** A role that could be bound, and the ways to bind it. */
    private record Candidate(String kind, String name, List<PolicyRule> rules, List<Allow> ways) {}

    /** K8S-RBAC-01 in one scope ({@code ""} for cluster-wide); returns the ClusterRoles found bindable. */
    private Set<String> bindable(String s, String ns, List<BoundRules> out, Set<String> skip) {
        String bindings = ns.isEmpty() ? "clusterrolebindings" : "rolebindings";
        List<Allow> create = rbac.allowingAsBound(s, ns, List.of(Request.of("create", RBAC, bindings)));
        if (create.isEmpty() && !mayUpdateSome(s, ns, bindings)) {
            return Set.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String role : cluster.roles().clusterRoleNames()) {
            if (!skip.contains(role)) {
                candidate(s, ns, "ClusterRole", role, writers(s, ns, bindings, "ClusterRole", role, create))
                        .ifPresent(candidates::add);
            }
        }
        if (!ns.isEmpty()) {
            for (String role : cluster.roles().roleNames(ns)) {
                candidate(s, ns, "Role", role, writers(s, ns, bindings, "Role", role, create)).ifPresent(candidates::add);
            }
        }
        if (!create.isEmpty()) {
            newRole(s, ns, "ClusterRole", create).ifPresent(candidates::add);
            if (!ns.isEmpty()) {
                newRole(s, ns, "Role", create).ifPresent(candidates::add);
            }
        }
        boolean wildcard = candidates.stream().anyMatch(c -> c.rules().stream().anyMatch(PolicyRule::isWildcard));
        Set<String> found = new HashSet<>();
        for (Candidate c : candidates) {
            if (wildcard && c.rules().stream().noneMatch(PolicyRule::isWildcard)) {
                continue;
            }
            found.add(c.name());
            String how = "bind " + c.kind() + " " + c.name() + " to itself " + (ns.isEmpty() ? "cluster-wide" : "in " + ns);
            for (Allow a : c.ways()) {
                Allow way = a.isDerived() ? a : new Allow(a.grants(), "K8S-RBAC-01", how);
                out.add(new BoundRules(s, ns, c.rules(), way, c.kind() + "/" + c.name()));
            }
        }
        return Set.copyOf(found);
    }

    /** A cheap test before looking at each binding: some rule in scope allows update or patch of some binding. */
    private boolean mayUpdateSome(String s, String ns, String bindings) {
        return rbac.bound(s).stream().filter(b -> b.covers(ns)).flatMap(b -> b.rules().stream())
                .anyMatch(r -> (r.verbs().contains("*") || r.verbs().contains("update") || r.verbs().contains("patch"))
                        && (r.apiGroups().contains("*") || r.apiGroups().contains(RBAC))
                        && (r.resources().contains("*") || r.resources().contains(bindings)));
    }

    /** The ways to write a binding of the role: create any binding, or update an existing binding of that role. */
    private List<Allow> writers(String s, String ns, String bindings, String kind, String role, List<Allow> create) {
        List<Allow> out = new ArrayList<>(create);
        if (!mayUpdateSome(s, ns, bindings)) {
            return out;
        }
        for (KubeObject b : ns.isEmpty() ? cluster.of("ClusterRoleBinding") : cluster.in("RoleBinding", ns)) {
            boolean sameScope = ns.isEmpty() ? b.kind().equals("ClusterRoleBinding") : b.namespace().equals(ns);
            if (sameScope && b.body().path("roleRef").path("kind").asText("").equals(kind)
                    && b.body().path("roleRef").path("name").asText("").equals(role)) {
                List<Request> update = WRITE_BINDING.stream().map(v -> Request.named(v, RBAC, bindings, b.name())).toList();
                rbac.allowingAsBound(s, ns, update).stream().filter(a -> !out.contains(a)).forEach(out::add);
            }
        }
        return out;
    }

    private Optional<Candidate> candidate(String s, String ns, String kind, String role, List<Allow> writers) {
        if (writers.isEmpty()) {
            return Optional.empty();
        }
        String resource = kind.equals("Role") ? "roles" : "clusterroles";
        List<Allow> bind = rbac.allowingAsBound(s, ns, List.of(Request.named("bind", RBAC, resource, role)));
        Optional<List<PolicyRule>> rules = cluster.roles().rules(kind, ns, role);
        if (bind.isEmpty() || rules.isEmpty() || rules.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(kind, role, rules.get(), Allow.pairs(bind, writers)));
    }

    /**
     * K8S-RBAC-02 with a role of its own: create a role with any rule ({@code create} and {@code escalate} on roles),
     * then bind it ({@code bind} on that name) with a binding it may create. The name is one its rules name, or any.
     */
    private Optional<Candidate> newRole(String s, String ns, String kind, List<Allow> create) {
        String resource = kind.equals("Role") ? "roles" : "clusterroles";
        String objectNs = kind.equals("Role") ? ns : "";
        List<Allow> make = rbac.allowingAsBound(s, objectNs, List.of(Request.of("create", RBAC, resource)));
        if (make.isEmpty()) {
            return Optional.empty();
        }
        Set<String> existing = new HashSet<>(kind.equals("Role") ? cluster.roles().roleNames(ns) : cluster.roles().clusterRoleNames());
        List<String> names = new ArrayList<>(List.of(NEW_ROLE));
        rbac.bound(s).stream().flatMap(b -> b.rules().stream()).filter(r -> r.apiGroups().contains(RBAC) || r.apiGroups().contains("*"))
                .flatMap(r -> r.resourceNames().stream()).filter(n -> !existing.contains(n) && !names.contains(n)).forEach(names::add);
        for (String name : names) {
            List<Allow> escalate = rbac.allowingAsBound(s, objectNs, List.of(Request.named("escalate", RBAC, resource, name)));
            List<Allow> bind = rbac.allowingAsBound(s, ns, List.of(Request.named("bind", RBAC, resource, name)));
            List<Allow> ways = Allow.pairs(Allow.pairs(make, escalate), Allow.pairs(bind, create));
            if (!ways.isEmpty()) {
                String shown = name.equals(NEW_ROLE) ? "a new " + kind : kind + " " + name;
                List<Allow> described = ways.stream().map(a -> new Allow(a.grants(), "K8S-RBAC-02", "create " + shown
                        + " with any rule (escalate) and bind it to itself " + (ns.isEmpty() ? "cluster-wide" : "in " + ns)))
                        .toList();
                return Optional.of(new Candidate(kind, shown, List.of(ANY), described));
            }
        }
        return Optional.empty();
    }

    /** K8S-RBAC-02: escalate + update of a role the subject is bound to. */
    private void escalatable(String s, List<BoundRules> out) {
        for (BoundRules b : rbac.bound(s)) {
            boolean clusterRole = b.roleKind().equals("ClusterRole");
            if (b.allow().isDerived() || !(clusterRole || b.roleKind().equals("Role"))
                    || (clusterRole && cluster.roles().isAggregated(b.roleName())) || b.isWildcard()) {
                continue;
            }
            String resource = clusterRole ? "clusterroles" : "roles";
            String objectNs = clusterRole ? "" : b.namespace();
            List<Allow> update = rbac.allowingAsBound(s, objectNs, List.of(Request.named("update", RBAC, resource, b.roleName()),
                    Request.named("patch", RBAC, resource, b.roleName())));
            List<Allow> escalate = rbac.allowingAsBound(s, objectNs, List.of(Request.named("escalate", RBAC, resource, b.roleName())));
            String how = "add any rule to " + b.roleKind() + " " + b.roleName() + " (escalate), which is bound to it "
                    + (b.clusterWide() ? "cluster-wide" : "in " + b.namespace());
            for (Allow a : Allow.pairs(escalate, update)) {
                out.add(new BoundRules(s, b.namespace(), List.of(ANY), new Allow(a.and(b.allow()).grants(), "K8S-RBAC-02", how),
                        b.role()));
            }
        }
    }

    /** K8S-RBAC-04: a new ClusterRole with any rule (escalate) labelled to aggregate into a role bound to the subject. */
    private void aggregatable(String s, List<BoundRules> out) {
        List<Allow> create = rbac.allowingAsBound(s, "", List.of(Request.of("create", RBAC, "clusterroles")));
        List<Allow> escalate = rbac.allowingAsBound(s, "", List.of(Request.of("escalate", RBAC, "clusterroles")));
        List<Allow> ways = Allow.pairs(create, escalate);
        if (ways.isEmpty()) {
            return;
        }
        for (BoundRules b : rbac.bound(s)) {
            if (b.allow().isDerived() || !b.roleKind().equals("ClusterRole") || !cluster.roles().isAggregated(b.roleName())) {
                continue;
            }
            String how = "create a ClusterRole with any rule labelled to aggregate into " + b.roleName() + " (escalate), which"
                    + " is bound to it " + (b.clusterWide() ? "cluster-wide" : "in " + b.namespace());
            for (Allow a : ways) {
                out.add(new BoundRules(s, b.namespace(), List.of(ANY), new Allow(a.and(b.allow()).grants(), "K8S-RBAC-04", how),
                        b.role()));
            }
        }
    }
}

package io.blastwall.importer.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The bootstrap ClusterRoles every cluster has, for exports that bind them without including them (namespace
 * exports, IaC). {@code cluster-admin} is exact; {@code admin}, {@code edit} and {@code view} keep the rules that
 * matter for escalation (workloads, exec, secrets, service accounts, RBAC) of the aggregated defaults.
 */
final class BuiltInRoles {
    private static final List<String> READ = List.of("get", "list", "watch");
    private static final List<String> WRITE = List.of("create", "delete", "deletecollection", "patch", "update");
    private static final List<PolicyRule> VIEW = List.of(
            PolicyRule.of(List.of(""), List.of("configmaps", "endpoints", "persistentvolumeclaims", "pods", "services",
                    "serviceaccounts", "replicationcontrollers", "namespaces", "events"), READ),
            PolicyRule.of(List.of("apps"), List.of("deployments", "daemonsets", "statefulsets", "replicasets"), READ),
            PolicyRule.of(List.of("batch"), List.of("jobs", "cronjobs"), READ));
    private static final List<PolicyRule> EDIT = concat(VIEW, List.of(
            PolicyRule.of(List.of(""), List.of("pods", "pods/exec", "pods/attach", "pods/portforward", "pods/proxy",
                    "configmaps", "secrets", "services", "persistentvolumeclaims", "replicationcontrollers",
                    "serviceaccounts"), WRITE),
            PolicyRule.of(List.of(""), List.of("pods/exec", "pods/attach", "pods/portforward", "secrets"), READ),
            PolicyRule.of(List.of(""), List.of("serviceaccounts"), List.of("impersonate")),
            PolicyRule.of(List.of(""), List.of("serviceaccounts/token"), List.of("create")),
            PolicyRule.of(List.of("apps"), List.of("deployments", "daemonsets", "statefulsets", "replicasets"), WRITE),
            PolicyRule.of(List.of("batch"), List.of("jobs", "cronjobs"), WRITE)));
    private static final List<PolicyRule> ADMIN = concat(EDIT, List.of(
            PolicyRule.of(List.of("rbac.authorization.k8s.io"), List.of("roles", "rolebindings"), concat(READ, WRITE)),
            PolicyRule.of(List.of("authorization.k8s.io"), List.of("localsubjectaccessreviews"), List.of("create"))));
    private static final Map<String, List<PolicyRule>> ROLES = Map.of(
            "cluster-admin", List.of(PolicyRule.of(List.of("*"), List.of("*"), List.of("*")),
                    new PolicyRule(List.of(), List.of(), List.of("*"), List.of(), List.of("*"))),
            "admin", ADMIN,
            "edit", EDIT,
            "view", VIEW);

    /** The bootstrap roles whose rules are aggregated from roles labelled {@code aggregate-to-<name>}. */
    static final Set<String> AGGREGATED = Set.of("admin", "edit", "view");

    private BuiltInRoles() {}

    static Set<String> names() {
        return ROLES.keySet();
    }

    static Optional<List<PolicyRule>> rules(String clusterRole) {
        return Optional.ofNullable(ROLES.get(clusterRole));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}

package io.blastwall.importer.kubernetes;

import java.util.List;
import java.util.Objects;

/**
 * The rules one binding gives one subject: a binding of the export, an EKS access policy association, or a
 * binding the subject could make itself (catalogue K8S-RBAC-01/02/04, {@link Allow#isDerived()}).
 *
 * @param subject the subject's entity id
 * @param namespace the binding's namespace; empty for a ClusterRoleBinding, which grants everywhere
 * @param rules the effective rules of the bound role
 * @param allow the grants behind this binding, and the escalation step for derived ones
 * @param role the bound role ({@code ClusterRole/cluster-admin}, {@code Role/deployer})
 */
record BoundRules(String subject, String namespace, List<PolicyRule> rules, Allow allow, String role) {
    BoundRules {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(namespace, "namespace");
        rules = List.copyOf(rules);
        Objects.requireNonNull(allow, "allow");
        Objects.requireNonNull(role, "role");
    }

    boolean clusterWide() {
        return namespace.isEmpty();
    }

    /** True when this binding covers a request in {@code requestNamespace} (empty for cluster-scoped requests). */
    boolean covers(String requestNamespace) {
        return clusterWide() || namespace.equals(requestNamespace);
    }

    boolean allows(String requestNamespace, Request request) {
        if (!covers(requestNamespace)) {
            return false;
        }
        for (PolicyRule r : rules) {
            if (r.allows(request)) {
                return true;
            }
        }
        return false;
    }

    boolean isWildcard() {
        return rules.stream().anyMatch(PolicyRule::isWildcard);
    }

    String roleKind() {
        return role.substring(0, role.indexOf('/'));
    }

    String roleName() {
        return role.substring(role.indexOf('/') + 1);
    }
}

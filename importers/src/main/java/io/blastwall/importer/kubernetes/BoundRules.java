package io.blastwall.importer.kubernetes;

import io.blastwall.model.GrantId;
import java.util.List;
import java.util.Objects;

/**
 * The rules one binding gives one subject.
 *
 * @param subject the subject's entity id
 * @param namespace the binding's namespace; empty for a ClusterRoleBinding, which grants everywhere
 * @param rules the effective rules of the bound role
 * @param grant the grant that stands for this subject of this binding
 * @param role the bound role ({@code ClusterRole/cluster-admin})
 */
record BoundRules(String subject, String namespace, List<PolicyRule> rules, GrantId grant, String role) {
    BoundRules {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(namespace, "namespace");
        rules = List.copyOf(rules);
    }

    boolean clusterWide() {
        return namespace.isEmpty();
    }

    /** True when this binding covers a request in {@code requestNamespace} (empty for cluster-scoped requests). */
    boolean covers(String requestNamespace) {
        return clusterWide() || namespace.equals(requestNamespace);
    }

    boolean allows(String requestNamespace, Request request) {
        return covers(requestNamespace) && rules.stream().anyMatch(r -> r.allows(request));
    }
}

package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwall.importer.Warnings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The effective rules of the Roles and ClusterRoles of one cluster. A ClusterRole with an {@code aggregationRule}
 * has the union of the rules of every ClusterRole its selectors match, recursively (catalogue K-E8); its stored
 * rules are used only when no role in the export matches. ClusterRoles missing from the export fall back to the
 * built-in bootstrap definitions of {@link BuiltInRoles}.
 */
final class RoleCatalog {
    private final Map<String, KubeObject> clusterRoles = new LinkedHashMap<>();
    private final Map<String, KubeObject> roles = new LinkedHashMap<>();
    private final Map<String, List<PolicyRule>> resolved = new LinkedHashMap<>();
    private final Warnings warnings;

    RoleCatalog(List<KubeObject> objects, Warnings warnings) {
        this.warnings = warnings;
        for (KubeObject o : objects) {
            if (o.kind().equals("ClusterRole")) {
                clusterRoles.put(o.name(), o);
            } else if (o.kind().equals("Role")) {
                roles.put(o.key(), o);
            }
        }
    }

    /** The rules of a Role ({@code ns/name}) or ClusterRole, or empty when the export has no such role. */
    Optional<List<PolicyRule>> rules(String roleKind, String namespace, String name) {
        if (roleKind.equals("Role")) {
            return Optional.ofNullable(roles.get(namespace + "/" + name)).map(r -> PolicyRule.parse(r.body().path("rules")));
        }
        if (!clusterRoles.containsKey(name)) {
            return BuiltInRoles.rules(name);
        }
        return Optional.of(clusterRoleRules(name, new HashSet<>()));
    }

    Optional<KubeObject> object(String roleKind, String namespace, String name) {
        return Optional.ofNullable(roleKind.equals("Role") ? roles.get(namespace + "/" + name) : clusterRoles.get(name));
    }

    /** Every ClusterRole that exists: those of the export and the bootstrap roles it leaves out. */
    List<String> clusterRoleNames() {
        Set<String> out = new LinkedHashSet<>(clusterRoles.keySet());
        out.addAll(BuiltInRoles.names());
        return List.copyOf(out);
    }

    /** The names of the Roles of a namespace. */
    List<String> roleNames(String namespace) {
        return roles.values().stream().filter(r -> r.namespace().equals(namespace)).map(KubeObject::name).toList();
    }

    /**
     * True when the ClusterRole's rules are computed from other roles (catalogue K-E8): it has an
     * {@code aggregationRule}, or it is one of the bootstrap roles that aggregate ({@code admin}, {@code edit},
     * {@code view}) and the export leaves it out.
     */
    boolean isAggregated(String clusterRole) {
        KubeObject role = clusterRoles.get(clusterRole);
        return role == null ? BuiltInRoles.AGGREGATED.contains(clusterRole) : role.body().has("aggregationRule");
    }

    List<KubeObject> all() {
        List<KubeObject> out = new ArrayList<>(clusterRoles.values());
        out.addAll(roles.values());
        return out;
    }

    private List<PolicyRule> clusterRoleRules(String name, Set<String> visiting) {
        List<PolicyRule> cached = resolved.get(name);
        if (cached != null) {
            return cached;
        }
        KubeObject role = clusterRoles.get(name);
        JsonNode aggregation = role.body().path("aggregationRule").path("clusterRoleSelectors");
        List<PolicyRule> rules = new ArrayList<>();
        if (!aggregation.isArray() || !visiting.add(name)) {
            rules.addAll(PolicyRule.parse(role.body().path("rules")));
        } else {
            List<String> members = clusterRoles.values().stream()
                    .filter(r -> !r.name().equals(name) && Selectors.matchesAny(aggregation, r.labels()))
                    .map(KubeObject::name).toList();
            members.forEach(m -> rules.addAll(clusterRoleRules(m, visiting)));
            visiting.remove(name);
            if (members.isEmpty()) {
                warnings.add(role.file(), role.location(), "ClusterRole " + name
                        + " aggregates roles that are not in the export; its stored rules are used");
                rules.addAll(PolicyRule.parse(role.body().path("rules")));
            }
        }
        List<PolicyRule> out = List.copyOf(rules);
        if (!visiting.contains(name)) {
            resolved.put(name, out);
        }
        return out;
    }
}

package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blastwall.importer.Warnings;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * RBAC of one cluster (catalogue K-E1, K-E5): every subject of every binding gets the effective rules of the bound
 * role, cluster-wide for a ClusterRoleBinding and only in its namespace for a RoleBinding (also when it binds a
 * ClusterRole). Each subject of each binding is one {@link GrantKind#ROLE_BINDING} grant. A ClusterRoleBinding
 * that names a Role is ignored (the API refuses it). Bindings a subject could make itself ({@link DerivedBindings})
 * are added afterwards; {@link #allowing} answers with both, {@link #allowingAsBound} with the export's alone.
 */
final class Authorizer {
    private final Map<String, List<BoundRules>> bySubject = new LinkedHashMap<>();
    private final Map<String, List<BoundRules>> derived = new LinkedHashMap<>();
    private final Map<String, Subject> subjects = new LinkedHashMap<>();
    /** Per subject, the bindings {@link #allowingAny} looks at (cleared when a binding is added). */
    private final Map<String, List<BoundRules>> effective = new HashMap<>();

    /** A binding subject: kind {@code User}, {@code Group} or {@code ServiceAccount}, name ({@code ns/name} for SAs). */
    record Subject(String id, String kind, String name) {}

    Authorizer(Cluster cluster, KubeDraft draft, Warnings warnings) {
        for (KubeObject binding : cluster.bindings()) {
            JsonNode ref = binding.body().path("roleRef");
            String roleKind = ref.path("kind").asText("ClusterRole");
            String roleName = ref.path("name").asText("");
            if (!ref.isObject() || roleName.isEmpty() || !List.of("Role", "ClusterRole").contains(roleKind)) {
                warnings.add(binding.file(), binding.location() + ".roleRef", binding.kind() + " " + binding.key()
                        + " has no roleRef naming a Role or ClusterRole (kind and name); skipped");
                continue;
            }
            if (binding.kind().equals("ClusterRoleBinding") && roleKind.equals("Role")) {
                warnings.add(binding.file(), binding.location(), "ClusterRoleBinding " + binding.name()
                        + " refers to a Role, which Kubernetes does not allow; ignored");
                continue;
            }
            Optional<List<PolicyRule>> rules = cluster.roles().rules(roleKind, binding.namespace(), roleName);
            if (rules.isEmpty()) {
                warnings.add(binding.file(), binding.location(), binding.kind() + " " + binding.key() + " binds "
                        + roleKind + " " + roleName + ", which is not in the export; it grants nothing here");
                continue;
            }
            int index = 0;
            for (JsonNode s : binding.body().path("subjects")) {
                Subject subject = subject(cluster, binding, s);
                GrantId grant = draft.grant(new Grant(KubeIds.binding(cluster.name(), binding, subject.kind() + ":" + subject.name()),
                        GrantKind.ROLE_BINDING, KubeDraft.id(subject.id()), roleKind + "/" + roleName,
                        describe(binding, subject, roleKind, roleName),
                        new Evidence(binding.file(), binding.location() + ".subjects[" + index++ + "]", evidence(binding)), ""));
                cluster.roles().object(roleKind, binding.namespace(), roleName)
                        .ifPresent(role -> draft.roleRules(grant, roleEvidence(role)));
                bind(subject, new BoundRules(subject.id(), binding.namespace(), rules.get(), Allow.of(grant),
                        roleKind + "/" + roleName));
            }
        }
        accessPolicies(cluster, draft, warnings);
    }

    /**
     * The access policies associated with EKS access entries: each is a binding of its rules to the entry's
     * Kubernetes user, cluster-wide or in the namespaces of its scope ({@code dev-*} matches by prefix).
     */
    private void accessPolicies(Cluster cluster, KubeDraft draft, Warnings warnings) {
        for (AccessEntry e : cluster.accessEntries()) {
            String username = e.effectiveUsername().key();
            Subject user = new Subject(KubeIds.user(cluster.name(), username), "User", username);
            subjects.putIfAbsent(user.id(), user);
            for (AccessEntry.Policy p : e.policies()) {
                Optional<List<PolicyRule>> rules = AccessPolicies.rules(p.name());
                if (rules.isEmpty()) {
                    warnings.add(p.source().file(), p.source().location(), "EKS access policy " + p.name()
                            + " is not modelled; it grants nothing here");
                    continue;
                }
                String scope = p.namespaces().isEmpty() ? "cluster-wide" : "in namespaces " + String.join(", ", p.namespaces());
                GrantId grant = draft.grant(new Grant(KubeIds.accessPolicy(cluster.name(), e.principalArn(), p), GrantKind.OTHER,
                        KubeDraft.id(user.id()), p.policyArn(), "EKS access policy " + p.name() + " associated with the access"
                        + " entry of " + e.principalArn() + " " + scope, new Evidence(p.source().file(), p.source().location(),
                        p.source().json()), ""));
                for (String ns : p.namespaces().isEmpty() ? List.of("") : namespacesMatching(cluster, p.namespaces())) {
                    bind(user, new BoundRules(user.id(), ns, rules.get(), Allow.of(grant), "AccessPolicy/" + p.name()));
                }
            }
        }
    }

    private static List<String> namespacesMatching(Cluster cluster, List<String> patterns) {
        Set<String> out = new LinkedHashSet<>();
        for (String pattern : patterns) {
            if (pattern.endsWith("*")) {
                String prefix = pattern.substring(0, pattern.length() - 1);
                cluster.namespaces().stream().filter(n -> n.startsWith(prefix)).forEach(out::add);
            } else {
                out.add(pattern);
            }
        }
        return List.copyOf(out);
    }

    /** Adds a binding of the export (or of an EKS access policy) for a subject. */
    void bind(Subject subject, BoundRules rules) {
        subjects.putIfAbsent(subject.id(), subject);
        bySubject.computeIfAbsent(subject.id(), k -> new ArrayList<>()).add(rules);
        effective.remove(subject.id());
    }

    /** Adds a binding the subject could make itself (an escalation). */
    void derive(BoundRules rules) {
        derived.computeIfAbsent(rules.subject(), k -> new ArrayList<>()).add(rules);
        effective.remove(rules.subject());
    }

    Map<String, Subject> subjects() {
        return subjects;
    }

    /** The bindings of the export for the subject. */
    List<BoundRules> bound(String subject) {
        return bySubject.getOrDefault(subject, List.of());
    }

    /** The bindings of the export and those the subject could make. */
    List<BoundRules> boundOrDerived(String subject) {
        List<BoundRules> out = new ArrayList<>(bound(subject));
        out.addAll(derived.getOrDefault(subject, List.of()));
        return out;
    }

    /**
     * The ways the request is allowed (alternatives), counting bindings the subject could make; empty when none. A
     * derived binding of every rule cluster-wide is left out: it makes the subject admin of the cluster
     * ({@link AdminRules}), which controls everything in it, so its edges would only repeat that.
     */
    List<Allow> allowing(String subject, String namespace, Request request) {
        return allowingAny(subject, namespace, List.of(request));
    }

    /** The ways any of the requests is allowed (see {@link #allowing}). */
    List<Allow> allowingAny(String subject, String namespace, List<Request> requests) {
        List<BoundRules> bindings = effective.computeIfAbsent(subject, s -> boundOrDerived(s).stream()
                .filter(b -> !(b.allow().isDerived() && b.clusterWide() && b.isWildcard())).toList());
        return allowed(bindings, namespace, requests);
    }

    /** True when some binding of the subject (of the export or derived) grants anything in the namespace. */
    boolean coversAny(String subject, String namespace) {
        allowingAny(subject, namespace, List.of());
        return effective.getOrDefault(subject, List.of()).stream().anyMatch(b -> b.covers(namespace));
    }

    /** The ways any of the requests is allowed by the bindings of the export alone. */
    List<Allow> allowingAsBound(String subject, String namespace, List<Request> requests) {
        return allowed(bound(subject), namespace, requests);
    }

    private static List<Allow> allowed(List<BoundRules> bindings, String namespace, List<Request> requests) {
        Set<Allow> out = null;
        for (BoundRules b : bindings) {
            if (!b.covers(namespace)) {
                continue;
            }
            for (Request r : requests) {
                if (b.allows(namespace, r)) {
                    out = out == null ? new LinkedHashSet<>() : out;
                    out.add(b.allow());
                    break;
                }
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }

    private static Subject subject(Cluster cluster, KubeObject binding, JsonNode s) {
        String kind = s.path("kind").asText("User");
        String name = s.path("name").asText("");
        return switch (kind) {
            case "ServiceAccount" -> {
                String key = s.path("namespace").asText(binding.namespace().isEmpty() ? "default" : binding.namespace()) + "/" + name;
                yield new Subject(KubeIds.serviceAccount(cluster.name(), key), kind, key);
            }
            case "Group" -> new Subject(KubeIds.group(cluster.name(), name), kind, name);
            default -> new Subject(KubeIds.user(cluster.name(), name), "User", name);
        };
    }

    private static String describe(KubeObject binding, Subject subject, String roleKind, String roleName) {
        String scope = binding.namespace().isEmpty() ? "cluster-wide" : "in namespace " + binding.namespace();
        return binding.kind() + " " + binding.key() + " gives " + subject.kind() + " " + subject.name() + " the " + roleKind
                + " " + roleName + " " + scope;
    }

    /** The rules of a bound Role or ClusterRole (and its aggregation rule), where they are written. */
    private static Evidence roleEvidence(KubeObject role) {
        ObjectNode text = JsonNodeFactory.instance.objectNode();
        text.put("kind", role.kind());
        text.put("name", role.key());
        text.set("rules", role.body().path("rules").isMissingNode() ? JsonNodeFactory.instance.arrayNode() : role.body().path("rules"));
        if (role.body().has("aggregationRule")) {
            text.set("aggregationRule", role.body().path("aggregationRule"));
        }
        return new Evidence(role.file(), role.location() + ".rules", text.toString());
    }

    private static String evidence(KubeObject binding) {
        JsonNode copy = binding.body().deepCopy();
        if (copy.path("metadata").isObject()) {
            ((ObjectNode) copy.path("metadata")).remove(List.of("managedFields", "annotations"));
        }
        return copy.toString();
    }
}

package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blastwall.importer.Warnings;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import java.util.ArrayList;
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
 * that names a Role is ignored (the API refuses it).
 */
final class Authorizer {
    private final Map<String, List<BoundRules>> bySubject = new LinkedHashMap<>();
    private final Map<String, Subject> subjects = new LinkedHashMap<>();

    /** A binding subject: kind {@code User}, {@code Group} or {@code ServiceAccount}, name ({@code ns/name} for SAs). */
    record Subject(String id, String kind, String name) {}

    Authorizer(Cluster cluster, KubeDraft draft, Warnings warnings) {
        for (KubeObject binding : cluster.bindings()) {
            JsonNode ref = binding.body().path("roleRef");
            String roleKind = ref.path("kind").asText("ClusterRole");
            String roleName = ref.path("name").asText("");
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
                subjects.putIfAbsent(subject.id(), subject);
                GrantId grant = draft.grant(new Grant(KubeIds.binding(cluster.name(), binding, subject.kind() + ":" + subject.name()),
                        GrantKind.ROLE_BINDING, KubeDraft.id(subject.id()), roleKind + "/" + roleName,
                        describe(binding, subject, roleKind, roleName),
                        new Evidence(binding.file(), binding.location() + ".subjects[" + index++ + "]", evidence(binding)), ""));
                bySubject.computeIfAbsent(subject.id(), k -> new ArrayList<>()).add(new BoundRules(subject.id(),
                        binding.namespace(), rules.get(), grant, roleKind + "/" + roleName));
            }
        }
    }

    Map<String, Subject> subjects() {
        return subjects;
    }

    List<BoundRules> bound(String subject) {
        return bySubject.getOrDefault(subject, List.of());
    }

    /** The grants that each allow the request on their own (alternatives); empty when nothing allows it. */
    List<GrantId> allowing(String subject, String namespace, Request request) {
        Set<GrantId> out = new LinkedHashSet<>();
        for (BoundRules b : bound(subject)) {
            if (b.allows(namespace, request)) {
                out.add(b.grant());
            }
        }
        return List.copyOf(out);
    }

    /** The grants allowing any of the requests. */
    List<GrantId> allowingAny(String subject, String namespace, List<Request> requests) {
        Set<GrantId> out = new LinkedHashSet<>();
        requests.forEach(r -> out.addAll(allowing(subject, namespace, r)));
        return List.copyOf(out);
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

    private static String evidence(KubeObject binding) {
        JsonNode copy = binding.body().deepCopy();
        if (copy.path("metadata").isObject()) {
            ((ObjectNode) copy.path("metadata")).remove(List.of("managedFields", "annotations"));
        }
        return copy.toString();
    }
}

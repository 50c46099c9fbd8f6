package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One Kubernetes object as read from an export. Secrets keep their metadata and type only: {@code data} and
 * {@code stringData} are dropped when the object is read.
 *
 * @param kind the object kind ({@code ClusterRole})
 * @param namespace its namespace, empty for cluster-scoped kinds
 * @param name its name
 * @param body the object without secret values
 * @param file the file it was read from
 * @param location where in that file ({@code items[3]}, {@code document 2})
 * @param folder the folder the file was found in, used to name the cluster
 */
record KubeObject(String kind, String namespace, String name, JsonNode body, String file, String location, String folder) {
    static final Set<String> CLUSTER_SCOPED = Set.of("ClusterRole", "ClusterRoleBinding", "Node", "Namespace",
            "PersistentVolume", "CertificateSigningRequest", "MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration", "PodSecurityPolicy", "CustomResourceDefinition");

    KubeObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }

    /** The namespace and name, {@code ns/name}, or the name alone for cluster-scoped objects. */
    String key() {
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }

    Map<String, String> labels() {
        return strings(body.path("metadata").path("labels"));
    }

    Map<String, String> annotations() {
        return strings(body.path("metadata").path("annotations"));
    }

    static Map<String, String> strings(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText()
                : e.getValue().toString()));
        return out;
    }
}

package io.blastwall.importer;

import java.util.regex.Pattern;

/** Recognises YAML Kubernetes manifests from the head of a file: an {@code apiVersion} and a {@code kind} key. */
final class KubernetesYaml {
    private static final Pattern API_VERSION = Pattern.compile("(?m)^(?:- )?\\s*apiVersion:\\s*[\"']?[A-Za-z0-9./-]+");
    private static final Pattern KIND = Pattern.compile("(?m)^(?:- )?\\s*kind:\\s*[\"']?[A-Z][A-Za-z]+");

    private KubernetesYaml() {}

    static boolean looksLikeManifest(String head) {
        return !head.startsWith("{") && !head.startsWith("[") && API_VERSION.matcher(head).find()
                && KIND.matcher(head).find();
    }
}

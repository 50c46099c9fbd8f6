package io.blastwall.importer.kubernetes;

import io.blastwall.model.GrantId;
import java.util.Locale;

/**
 * Id conventions of the Kubernetes importer. Entities: {@code k8s://<cluster>} for the cluster,
 * {@code k8s://<cluster>/<kind>/<namespace>/<name>} for namespaced objects (service accounts, pods, secrets...),
 * {@code k8s://<cluster>/<kind>/<name>} for cluster-scoped ones and for users and groups, and
 * {@code k8s://<cluster>/node/*} for "whichever node a pod lands on". Grants:
 * {@code k8s:binding:<cluster>/<Kind>/<key>:<subject>} one subject of one binding,
 * {@code k8s:spec:<cluster>/<Kind>/<key>:serviceAccountName} the service account of a workload,
 * {@code k8s:annotation:<cluster>/<sa>:<annotation>} a workload-identity annotation,
 * {@code k8s:aws-auth:<cluster>:<mapRoles|mapUsers>[<i>]} one aws-auth entry,
 * {@code k8s:access-entry:<cluster>:<principal ARN>} one EKS access entry,
 * {@code k8s:access-policy:<cluster>:<principal ARN>:<policy>[@<namespaces>]} one access policy association,
 * {@code k8s:pod-identity:<cluster>:<association id>} one EKS Pod Identity association.
 */
final class KubeIds {
    static final String ANY_NODE = "*";

    private KubeIds() {}

    static String cluster(String cluster) {
        return "k8s://" + cluster;
    }

    static String object(String cluster, String kind, String key) {
        return cluster(cluster) + "/" + kind.toLowerCase(Locale.ROOT) + "/" + key;
    }

    static String object(String cluster, KubeObject o) {
        return object(cluster, o.kind(), o.key());
    }

    static String serviceAccount(String cluster, String key) {
        return object(cluster, "ServiceAccount", key);
    }

    static String user(String cluster, String name) {
        return object(cluster, "User", name);
    }

    static String group(String cluster, String name) {
        return object(cluster, "Group", name);
    }

    static String node(String cluster, String name) {
        return object(cluster, "Node", name);
    }

    static GrantId binding(String cluster, KubeObject binding, String subject) {
        return GrantId.of("k8s:binding:" + cluster + "/" + binding.kind() + "/" + binding.key() + ":" + subject);
    }

    static GrantId runsAs(String cluster, KubeObject workload) {
        return GrantId.of("k8s:spec:" + cluster + "/" + workload.kind() + "/" + workload.key() + ":serviceAccountName");
    }

    static GrantId annotation(String cluster, String serviceAccount, String annotation) {
        return GrantId.of("k8s:annotation:" + cluster + "/" + serviceAccount + ":" + annotation);
    }

    static GrantId accessEntry(String cluster, String principalArn) {
        return GrantId.of("k8s:access-entry:" + cluster + ":" + principalArn);
    }

    static GrantId accessPolicy(String cluster, String principalArn, AccessEntry.Policy policy) {
        return GrantId.of("k8s:access-policy:" + cluster + ":" + principalArn + ":" + policy.name()
                + (policy.namespaces().isEmpty() ? "" : "@" + String.join(",", policy.namespaces())));
    }

    static GrantId podIdentity(String cluster, PodIdentity association) {
        return GrantId.of("k8s:pod-identity:" + cluster + ":" + association.id());
    }

    static GrantId awsAuth(String cluster, String list, int index) {
        return GrantId.of("k8s:aws-auth:" + cluster + ":" + list + "[" + index + "]");
    }
}

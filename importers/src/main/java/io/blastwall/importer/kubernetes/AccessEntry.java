package io.blastwall.importer.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One EKS access entry ({@code aws eks describe-access-entry}, an ARN of {@code list-access-entries}) with the access
 * policies associated with it ({@code list-associated-access-policies}): the IAM principal authenticates as the
 * Kubernetes user {@code username}, in the entry's groups, and holds each policy's rules in its scope.
 *
 * @param cluster the cluster name, empty when the file does not say
 * @param principalArn the IAM role or user
 * @param username the Kubernetes user name, empty when the export does not say (the default is then used)
 * @param groups the Kubernetes groups ({@code kubernetesGroups})
 * @param type {@code STANDARD}, {@code EC2_LINUX}, {@code EC2_WINDOWS}, {@code FARGATE_LINUX}, {@code HYBRID_LINUX}...
 * @param policies the associated access policies
 * @param source where the entry was read (the first record of it)
 */
record AccessEntry(String cluster, String principalArn, String username, List<String> groups, String type,
        List<Policy> policies, EksSource source) {
    AccessEntry {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(principalArn, "principalArn");
        Objects.requireNonNull(username, "username");
        groups = List.copyOf(groups);
        Objects.requireNonNull(type, "type");
        policies = List.copyOf(policies);
    }

    /**
     * An access policy associated with the entry.
     *
     * @param policyArn {@code arn:aws:eks::aws:cluster-access-policy/<name>}
     * @param namespaces the namespaces of a {@code namespace} scope; empty for a {@code cluster} scope
     * @param source where the association was read
     */
    record Policy(String policyArn, List<String> namespaces, EksSource source) {
        Policy {
            namespaces = List.copyOf(namespaces);
        }

        String name() {
            return policyArn.substring(policyArn.lastIndexOf('/') + 1);
        }
    }

    /** True for entries of node roles (their principal authenticates as a kubelet, in group {@code system:nodes}). */
    boolean isNode() {
        return type.startsWith("EC2") || type.equals("HYBRID_LINUX");
    }

    /** The user name EKS uses: the entry's, else the default for the principal and type. */
    UsernameTemplate effectiveUsername() {
        return UsernameTemplate.of(username.isEmpty() ? defaultUsername() : username, principalArn);
    }

    private String defaultUsername() {
        if (isNode()) {
            return type.startsWith("EC2") ? "system:node:{{EC2PrivateDNSName}}" : "system:node:{{SessionName}}";
        }
        String[] parts = principalArn.split(":", 6);
        if (parts.length == 6 && parts[5].startsWith("role/")) {
            String name = parts[5].substring(parts[5].lastIndexOf('/') + 1);
            return "arn:" + parts[1] + ":sts::" + parts[4] + ":assumed-role/" + name + "/{{SessionName}}";
        }
        return principalArn;
    }

    /** The groups EKS puts the user in: the entry's, plus {@code system:nodes} for node entries. */
    List<String> effectiveGroups() {
        List<String> out = new ArrayList<>(groups);
        if (isNode() && !out.contains("system:nodes")) {
            out.add("system:nodes");
        }
        return out;
    }

    AccessEntry merge(AccessEntry other) {
        List<Policy> all = new ArrayList<>(policies);
        other.policies.stream().filter(p -> all.stream().noneMatch(q -> q.policyArn().equals(p.policyArn())
                && q.namespaces().equals(p.namespaces()))).forEach(all::add);
        List<String> allGroups = new ArrayList<>(groups);
        other.groups.stream().filter(g -> !allGroups.contains(g)).forEach(allGroups::add);
        return new AccessEntry(cluster.isEmpty() ? other.cluster : cluster, principalArn, username.isEmpty() ? other.username : username,
                allGroups, type.equals("STANDARD") ? other.type : type, all, source);
    }
}

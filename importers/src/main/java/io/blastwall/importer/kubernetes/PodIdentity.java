package io.blastwall.importer.kubernetes;

import java.util.Objects;

/**
 * One EKS Pod Identity association ({@code aws eks describe-pod-identity-association}, or an entry of
 * {@code list-pod-identity-associations}, which has no role): pods running as the service account get the role's
 * credentials, through a session tagged with the cluster, namespace and service account.
 *
 * @param cluster the cluster name ({@code clusterName}), empty when the file does not say
 * @param namespace the service account's namespace
 * @param serviceAccount the service account's name
 * @param roleArn the associated role, empty in list output
 * @param targetRoleArn the role assumed with the associated role's credentials (cross-account), or empty
 * @param sessionTags false when {@code disableSessionTags} is true
 * @param id the association id, or {@code namespace/serviceAccount} when there is none
 * @param arn the association ARN, or empty
 * @param source where it was read, with the association as JSON
 */
record PodIdentity(String cluster, String namespace, String serviceAccount, String roleArn, String targetRoleArn,
        boolean sessionTags, String id, String arn, EksSource source) {
    PodIdentity {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(serviceAccount, "serviceAccount");
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(targetRoleArn, "targetRoleArn");
        Objects.requireNonNull(source, "source");
    }

    String serviceAccountKey() {
        return namespace + "/" + serviceAccount;
    }

    /** This association with what another record of it adds (describe output adds the role to list output). */
    PodIdentity merge(PodIdentity other) {
        return new PodIdentity(cluster.isEmpty() ? other.cluster : cluster, namespace, serviceAccount,
                roleArn.isEmpty() ? other.roleArn : roleArn, targetRoleArn.isEmpty() ? other.targetRoleArn : targetRoleArn,
                sessionTags && other.sessionTags, id, arn.isEmpty() ? other.arn : arn, roleArn.isEmpty() ? other.source : source);
    }
}

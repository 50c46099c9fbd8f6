package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What {@code aws eks describe-cluster} says about a cluster.
 *
 * @param name the cluster name
 * @param arn the cluster ARN
 * @param oidcIssuer the OIDC issuer without scheme ({@code oidc.eks.eu-west-1.amazonaws.com/id/ABC}), or empty
 * @param authenticationMode {@code accessConfig.authenticationMode}: {@code CONFIG_MAP}, {@code API_AND_CONFIG_MAP},
 *     {@code API}, or empty when not given
 * @param file the file it was read from
 * @param folder the folder of that file: Kubernetes objects under it belong to this cluster
 */
record EksCluster(String name, String arn, String oidcIssuer, String authenticationMode, String file, String folder) {
    EksCluster {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(oidcIssuer, "oidcIssuer");
        Objects.requireNonNull(authenticationMode, "authenticationMode");
    }

    static EksCluster of(JsonNode root, String file) {
        JsonNode c = root.path("cluster");
        String issuer = c.path("identity").path("oidc").path("issuer").asText("").replaceFirst("^https://", "");
        return new EksCluster(c.path("name").asText(""), c.path("arn").asText(""), issuer,
                c.path("accessConfig").path("authenticationMode").asText(""), file, ManifestReader.folderOf(file));
    }

    /** The account id from the cluster ARN, or empty. */
    String account() {
        String[] parts = arn.split(":");
        return parts.length > 4 ? parts[4] : "";
    }
}

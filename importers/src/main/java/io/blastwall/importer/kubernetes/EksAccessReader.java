package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.blastwall.importer.DetectedSource;
import io.blastwall.importer.Warnings;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads EKS access exports: Pod Identity associations ({@code aws eks list-pod-identity-associations} and
 * {@code describe-pod-identity-association}) and access entries ({@code list-access-entries},
 * {@code describe-access-entry}, {@code list-associated-access-policies}). Each command's output is accepted as the
 * CLI writes it, several of them in one JSON array, and describe objects in place of list items. A record
 * without the fields it needs is skipped with a warning.
 */
final class EksAccessReader {
    private final Warnings warnings;
    private final List<PodIdentity> podIdentities = new ArrayList<>();
    private final List<AccessEntry> accessEntries = new ArrayList<>();

    EksAccessReader(Warnings warnings) {
        this.warnings = warnings;
    }

    List<PodIdentity> podIdentities() {
        return podIdentities;
    }

    List<AccessEntry> accessEntries() {
        return accessEntries;
    }

    void read(DetectedSource source) {
        JsonNode root = source.json().orElseThrow();
        if (root.isArray()) {
            int i = 0;
            for (JsonNode item : root) {
                document(source, item, "$[" + i++ + "]");
            }
        } else {
            document(source, root, "$");
        }
    }

    private void document(DetectedSource source, JsonNode doc, String at) {
        if (doc.path("association").isObject()) {
            association(source, doc.path("association"), at + ".association");
        }
        int i = 0;
        for (JsonNode a : doc.path("associations")) {
            association(source, a, at + ".associations[" + i++ + "]");
        }
        if (doc.path("accessEntry").isObject()) {
            entry(source, doc.path("accessEntry"), at + ".accessEntry", "");
        }
        i = 0;
        for (JsonNode e : doc.path("accessEntries")) {
            String where = at + ".accessEntries[" + i++ + "]";
            if (e.isTextual()) {
                entry(source, nodeOf(e.asText()), where, doc.path("clusterName").asText(""));
            } else {
                entry(source, e, where, doc.path("clusterName").asText(""));
            }
        }
        if (doc.path("associatedAccessPolicies").isArray()) {
            entry(source, doc, at, "");
        }
    }

    private void association(DetectedSource source, JsonNode a, String at) {
        String ns = a.path("namespace").asText("");
        String sa = a.path("serviceAccount").asText("");
        if (ns.isEmpty() || sa.isEmpty()) {
            warnings.add(source.path(), at, "Pod Identity association without namespace or serviceAccount; skipped");
            return;
        }
        String id = a.path("associationId").asText(ns + "/" + sa);
        podIdentities.add(new PodIdentity(a.path("clusterName").asText(""), ns, sa, a.path("roleArn").asText(""),
                a.path("targetRoleArn").asText(""), !a.path("disableSessionTags").asBoolean(false), id,
                a.path("associationArn").asText(""), eksSource(source, at, a)));
    }

    private void entry(DetectedSource source, JsonNode e, String at, String listCluster) {
        String principal = e.path("principalArn").asText("");
        if (!principal.startsWith("arn:")) {
            warnings.add(source.path(), at, "EKS access entry without a principalArn; skipped");
            return;
        }
        List<String> groups = new ArrayList<>();
        e.path("kubernetesGroups").forEach(g -> groups.add(g.asText()));
        List<AccessEntry.Policy> policies = new ArrayList<>();
        int i = 0;
        for (JsonNode p : e.path("associatedAccessPolicies")) {
            String where = at + ".associatedAccessPolicies[" + i++ + "]";
            String arn = p.path("policyArn").asText("");
            if (arn.isEmpty()) {
                warnings.add(source.path(), where, "associated access policy without a policyArn; skipped");
                continue;
            }
            List<String> namespaces = new ArrayList<>();
            JsonNode scope = p.path("accessScope");
            if (scope.path("type").asText("cluster").equalsIgnoreCase("namespace")) {
                scope.path("namespaces").forEach(n -> namespaces.add(n.asText()));
                if (namespaces.isEmpty()) {
                    warnings.add(source.path(), where, "namespace-scoped access policy " + arn + " without namespaces; skipped");
                    continue;
                }
            }
            policies.add(new AccessEntry.Policy(arn, namespaces, eksSource(source, where, p)));
        }
        String cluster = e.path("clusterName").asText(listCluster);
        accessEntries.add(new AccessEntry(cluster, principal, e.path("username").asText(""), groups,
                e.path("type").asText("STANDARD"), policies, eksSource(source, at, e)));
    }

    private static JsonNode nodeOf(String principalArn) {
        return JsonNodeFactory.instance.objectNode().put("principalArn", principalArn);
    }

    private static EksSource eksSource(DetectedSource source, String at, JsonNode json) {
        return new EksSource(source.path(), at, ManifestReader.folderOf(source.path()), json.toString());
    }
}

package io.blastwall.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.Entity;
import io.blastwall.model.Grant;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.Snapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Secret's values ({@code data}, {@code stringData}, and the copy kubectl keeps in the last-applied annotation)
 * reach neither the graph nor the store: only its metadata does, from a {@code kubectl get -o json} list and from
 * YAML alike.
 */
@ExtendWith(EmbeddedStoreExtension.class)
class KubernetesSecretValuesTest {
    private static final String PLAIN = "hunter2-Pl41n-V4lue";
    private static final String ENCODED_SOURCE = "s3cr3t-Enc0ded-V4lue";
    private static final String ENCODED = Base64.getEncoder().encodeToString(ENCODED_SOURCE.getBytes(StandardCharsets.UTF_8));
    private static final String TOKEN_SOURCE = "eyJhbGciOi-t0ken-V4lue";
    private static final String TOKEN = Base64.getEncoder().encodeToString(TOKEN_SOURCE.getBytes(StandardCharsets.UTF_8));
    private static final List<String> VALUES = List.of(PLAIN, ENCODED, ENCODED_SOURCE, TOKEN, TOKEN_SOURCE);

    @TempDir
    Path dir;

    @Test
    void secretValuesReachNeitherTheGraphNorTheStore(Neo4jGraphStore store) throws Exception {
        Path cluster = Files.createDirectories(dir.resolve("c1"));
        Files.writeString(cluster.resolve("secrets.json"), """
                {"apiVersion": "v1", "kind": "List", "items": [
                  {"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
                   "metadata": {"name": "db-credentials", "namespace": "a", "annotations": {
                     "kubectl.kubernetes.io/last-applied-configuration": "{\\"stringData\\":{\\"password\\":\\"%1$s\\"}}"}},
                   "data": {"password": "%2$s"}, "stringData": {"password": "%1$s"}},
                  {"apiVersion": "v1", "kind": "Secret", "type": "kubernetes.io/service-account-token",
                   "metadata": {"name": "bot-token", "namespace": "a",
                     "annotations": {"kubernetes.io/service-account.name": "bot"}},
                   "data": {"token": "%3$s"}}
                ]}
                """.formatted(PLAIN, ENCODED, TOKEN));
        Files.writeString(cluster.resolve("rbac.yaml"), """
                apiVersion: v1
                kind: Secret
                metadata: {name: api-key, namespace: a}
                stringData: {key: %s}
                data: {other: %s}
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: bot, namespace: a}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: reader, namespace: a}
                rules: [{apiGroups: [''], resources: [secrets], verbs: [get, list]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: readers, namespace: a}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
                subjects: [{kind: User, name: alice}]
                """.formatted(PLAIN, ENCODED));
        ImportResult result = new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(cluster), ProgressListener.NONE);
        IdentityGraph graph = result.graph();

        assertTrue(graph.contains(io.blastwall.model.EntityId.of("k8s://c1/secret/a/db-credentials")));
        assertTrue(graph.contains(io.blastwall.model.EntityId.of("k8s://c1/secret/a/api-key")));
        assertFalse(graph.relations().stream().filter(r -> r.to().value().equals("k8s://c1/secret/a/db-credentials")).toList()
                .isEmpty(), "alice reads the secret: the edge is there, its value is not");
        for (String text : texts(graph)) {
            for (String value : VALUES) {
                assertFalse(text.contains(value), "a secret value reached the graph: " + text);
            }
        }

        Snapshot saved = store.save(graph, "secrets", result.sources(), ProgressListener.NONE);
        try {
            assertTrue(matches(store, "db-credentials") > 0, "the search sees the secrets' metadata");
            for (String value : VALUES) {
                assertEquals(0, matches(store, value), "a secret value reached the store: " + value);
            }
        } finally {
            store.delete(saved.id());
        }
    }

    /** Every text the graph holds: names, tags, properties, grant descriptions and evidence, relation details. */
    private static List<String> texts(IdentityGraph graph) {
        List<String> out = new ArrayList<>();
        for (Entity e : graph.entities()) {
            out.add(e.name());
            out.add(e.tags().toString());
            out.add(e.properties().toString());
        }
        for (Grant g : graph.grants()) {
            out.add(g.toString());
        }
        for (Relation r : graph.relations()) {
            out.add(r.toString());
        }
        return out;
    }

    /** Node and relationship properties (strings and string lists) of any snapshot that contain the text. */
    private static long matches(Neo4jGraphStore store, String text) throws StoreException {
        long count = 0;
        for (String query : List.of("MATCH (n) UNWIND keys(n) AS k WITH n[k] AS v", "MATCH ()-[r]->() UNWIND keys(r) AS k WITH r[k] AS v")) {
            count += Long.parseLong(store.console().run(query + """
                     WHERE (v IS :: STRING AND v CONTAINS $text)
                        OR (v IS :: LIST<STRING> AND any(x IN v WHERE x CONTAINS $text))
                    RETURN count(*)""", Map.of("text", text)).rows().get(0).get(0));
        }
        return count;
    }
}

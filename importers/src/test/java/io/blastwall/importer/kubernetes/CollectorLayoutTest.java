package io.blastwall.importer.kubernetes;

import static io.blastwall.importer.kubernetes.KubeFixture.shared;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.Entity;
import io.blastwall.model.IdentityGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder layouts collectors write (one file per kind; one folder per namespace with one file per kind, as
 * KubeHound's collector and its test data) and where the cluster's name comes from.
 */
class CollectorLayoutTest {
    private static final String PREFIX = "kubehound_collector_testdata_";

    @TempDir
    Path dir;

    private static Set<String> clusters(IdentityGraph g) {
        return g.entities().stream().filter(e -> e.nativeType().equals("Kubernetes::Cluster")).map(e -> e.property("cluster"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static IdentityGraph load(ImportOptions options, Path... inputs) throws Exception {
        return new SnapshotImporter(options).importAll(List.of(inputs), ProgressListener.NONE).graph();
    }

    /** KubeHound's collector test data laid out as its collector reads it: cluster files beside one folder per namespace. */
    private Path kubehoundLayout(Path root) throws IOException {
        Files.createDirectories(root.resolve("namespace-1"));
        for (String f : List.of("clusterrolebindings.rbac.authorization.k8s.io.json", "clusterroles.rbac.authorization.k8s.io.json")) {
            Files.copy(shared(PREFIX + f), root.resolve(f));
        }
        for (String f : List.of("pods.json", "roles.rbac.authorization.k8s.io.json", "rolebindings.rbac.authorization.k8s.io.json")) {
            Files.copy(shared(PREFIX + "namespace-1_" + f), root.resolve("namespace-1").resolve(f));
        }
        return root;
    }

    @Test
    void aFolderPerNamespaceBelongsToTheClusterFolderAboveIt() throws Exception {
        IdentityGraph g = load(ImportOptions.defaults(), kubehoundLayout(dir.resolve("test-cluster")));
        assertEquals(Set.of("test-cluster"), clusters(g));
        Entity pod = g.require(KubeDraft.id("k8s://test-cluster/pod/test-app/app-monitors-client-78cb6d7899-j2rjp"));
        assertEquals("test-cluster", pod.property("cluster"));
    }

    @Test
    void aKubehoundDumpFolderAndItsMetadataNameTheCluster() throws Exception {
        Path dump = kubehoundLayout(dir.resolve("out").resolve("kubehound_prod-eu_01hxk3v6f9q2m8z7w5t4r3e2d1"));
        assertEquals(Set.of("prod-eu"), clusters(load(ImportOptions.defaults(), dir.resolve("out"))));
        Files.writeString(dump.resolve("metadata.json"), """
                {"run_id": "01hxk3v6f9q2m8z7w5t4r3e2d1", "cluster": {"name": "payments", "version_major": "1", "version_minor": "30"}}
                """);
        assertEquals(Set.of("payments"), clusters(load(ImportOptions.defaults(), dir.resolve("out"))));
        assertEquals(Set.of("lab"), clusters(load(ImportOptions.defaults().withClusterName("lab"), dir.resolve("out"))),
                "--cluster-name is stronger than a collector's metadata");
    }

    @Test
    void oneFilePerKindInFoldersPerClusterGivesOneClusterEach() throws Exception {
        for (String cluster : List.of("staging", "prod")) {
            Path folder = Files.createDirectories(dir.resolve(cluster));
            Files.writeString(folder.resolve("serviceaccounts.json"), """
                    {"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1", "kind": "ServiceAccount",
                     "metadata": {"name": "app", "namespace": "web"}}]}""");
            Files.writeString(folder.resolve("clusterroles.json"), """
                    {"apiVersion": "v1", "kind": "ClusterRoleList", "items": [{"metadata": {"name": "reader"},
                     "rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]}]}]}""");
        }
        IdentityGraph g = load(ImportOptions.defaults(), dir);
        assertEquals(Set.of("prod", "staging"), clusters(g));
        assertEquals("true", g.require(KubeDraft.id("k8s://prod/serviceaccount/web/app")).property("declared"));
    }

    @Test
    void theManifestsClusterNameNamesItsCluster() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports"));
        Files.writeString(folder.resolve("sa.yaml"), """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: app, namespace: web, clusterName: billing}
                """);
        assertEquals(Set.of("billing"), clusters(load(ImportOptions.defaults(), folder)));
    }
}

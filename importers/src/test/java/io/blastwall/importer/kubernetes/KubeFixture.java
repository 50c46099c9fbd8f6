package io.blastwall.importer.kubernetes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Imports written manifests and shared data through the real {@link SnapshotImporter}. */
final class KubeFixture {
    private KubeFixture() {}

    static Path shared(String file) {
        Path dir = Path.of("..", "..", "shared", "data", "k8s-rbac");
        assumeTrue(Files.isDirectory(dir), "../shared/data not present: skipping");
        return dir.resolve(file);
    }

    static ImportResult importAll(List<Path> inputs) {
        try {
            return new SnapshotImporter(ImportOptions.defaults()).importAll(inputs, ProgressListener.NONE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a manifest into {@code dir/<cluster>/<name>} and imports that cluster folder. */
    static IdentityGraph cluster(Path dir, String cluster, String yaml) {
        try {
            Path folder = Files.createDirectories(dir.resolve(cluster));
            Files.writeString(folder.resolve("objects.yaml"), yaml);
            return importAll(List.of(folder)).graph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Relation> relations(IdentityGraph graph, RelationKind kind, String from, String to) {
        return graph.relations().stream()
                .filter(r -> r.kind() == kind && r.from().value().equals(from) && r.to().value().equals(to))
                .toList();
    }

    static List<String> rules(IdentityGraph graph, RelationKind kind, String from, String to) {
        return relations(graph, kind, from, to).stream().map(Relation::rule).sorted().toList();
    }
}

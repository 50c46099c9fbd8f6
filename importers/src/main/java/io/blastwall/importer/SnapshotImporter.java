package io.blastwall.importer;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.aws.AwsImporter;
import io.blastwall.importer.kubernetes.EksTrustBridge;
import io.blastwall.importer.kubernetes.KubernetesImporter;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of every import: loads files, folders and zips, recognises each file by its content, and builds
 * one graph from all of them. A file that cannot be read stops the import with an {@link ImportException} naming
 * the file and the place; unknown files inside folders and zips are skipped with a warning; a bad record inside a
 * good file is skipped with a warning.
 */
public final class SnapshotImporter {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotImporter.class);

    private final ImportOptions options;
    private final InputLoader loader = new InputLoader();
    private final FormatDetector detector = new FormatDetector();

    public SnapshotImporter(ImportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Each input may be a file, a folder (recursively) or a zip; importers are picked by CONTENT, not by file name. */
    public ImportResult importAll(List<Path> inputs, ProgressListener progress) throws ImportException {
        Warnings warnings = new Warnings();
        List<SourceFile> sources = new ArrayList<>();
        progress.progress("Reading inputs", 0, -1);
        List<DetectedSource> detected = detectAll(loader.load(inputs), warnings, sources, progress);
        List<DetectedSource> policies = detectAll(loader.load(options.policyDocuments()), warnings, sources, progress);
        List<DetectedSource> snapshotSources = new ArrayList<>();
        for (DetectedSource source : detected) {
            if (source.format().isSnapshotSource()) {
                snapshotSources.add(source);
            } else {
                notASnapshotSource(source, warnings);
            }
        }
        IdentityGraph graph = build(snapshotSources, policies, warnings, progress);
        if (snapshotSources.isEmpty()) {
            warnings.add(String.join(", ", inputs.stream().map(Path::toString).toList()), "",
                    "no supported export found in the inputs; the snapshot is empty");
        }
        LOG.info("Imported {} files: {} entities, {} relations, {} warnings", sources.size(), graph.entityCount(),
                graph.relationCount(), warnings.size());
        return new ImportResult(graph, sources, warnings.list());
    }

    /** AWS and Kubernetes sources are imported apart, then joined where a cluster's identities meet AWS roles. */
    private IdentityGraph build(List<DetectedSource> sources, List<DetectedSource> policies, Warnings warnings,
            ProgressListener progress) throws ImportException {
        List<DetectedSource> kubernetes = sources.stream().filter(s -> s.format().isKubernetes()).toList();
        List<DetectedSource> aws = sources.stream().filter(s -> !s.format().isKubernetes()).toList();
        AwsImporter awsImporter = new AwsImporter(options, warnings);
        IdentityGraph awsGraph = aws.isEmpty() ? IdentityGraph.empty() : awsImporter.importSources(aws, policies, progress);
        if (kubernetes.isEmpty()) {
            return awsGraph;
        }
        IdentityGraph kubernetesGraph = new KubernetesImporter(options, warnings).importSources(kubernetes, progress);
        progress.progress("Joining clusters and AWS accounts", 0, -1);
        return EksTrustBridge.join(kubernetesGraph, awsGraph, awsImporter.principals());
    }

    private List<DetectedSource> detectAll(List<SourceInput> inputs, Warnings warnings, List<SourceFile> sources,
            ProgressListener progress) throws ImportException {
        List<DetectedSource> out = new ArrayList<>();
        int done = 0;
        for (SourceInput input : inputs) {
            InputLoader.checkCancelled(input.path());
            progress.progress("Recognising " + input.path(), done++, inputs.size());
            try {
                DetectedSource source = detector.detect(input);
                out.add(source);
                sources.add(source.sourceFile());
            } catch (UnsupportedContentException e) {
                if (input.explicit()) {
                    throw e;
                }
                warnings.add(input.path(), e.location(), "skipped: " + e.reason());
                sources.add(new SourceFile(input.path(), input.sha256(), SourceFormat.UNSUPPORTED.label(), input.size()));
            }
        }
        return out;
    }

    private static void notASnapshotSource(DetectedSource source, Warnings warnings) {
        warnings.add(source.path(), "", "a " + source.format().label()
                + " is only used to resolve AWS-managed policies; pass it as a policy document (--policies)");
    }
}

package io.blastwall.importer.kubernetes;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.DetectedSource;
import io.blastwall.importer.ImportException;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.SourceFormat;
import io.blastwall.importer.Warnings;
import io.blastwall.model.IdentityGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns Kubernetes exports into one graph per snapshot: RBAC, workloads, nodes, secret metadata, aws-auth and
 * workload-identity annotations of one or more clusters. The cluster of an object is, in order: the cluster an
 * {@code aws eks describe-cluster} file in the same folder (or a parent folder) describes, the
 * {@link ImportOptions#clusterName()} option, or the folder the file was found in (its parent when the folder is
 * named after the object's namespace, as in one-folder-per-namespace exports).
 */
public final class KubernetesImporter {
    private static final String DEFAULT_CLUSTER = "cluster";

    private final ImportOptions options;
    private final Warnings warnings;

    public KubernetesImporter(ImportOptions options, Warnings warnings) {
        this.options = options;
        this.warnings = warnings;
    }

    public IdentityGraph importSources(List<DetectedSource> sources, ProgressListener progress) throws ImportException {
        ManifestReader reader = new ManifestReader(warnings);
        List<EksCluster> eks = new ArrayList<>();
        List<KubeObject> objects = new ArrayList<>();
        int done = 0;
        for (DetectedSource source : sources) {
            progress.progress("Reading " + source.path(), done++, sources.size());
            if (source.format() == SourceFormat.AWS_EKS_CLUSTER) {
                eks.add(EksCluster.of(source.json().orElseThrow(), source.path()));
            } else if (source.format() == SourceFormat.KUBERNETES_OBJECTS) {
                objects.addAll(reader.read(source));
            }
        }
        Map<String, List<KubeObject>> byCluster = new LinkedHashMap<>();
        eks.forEach(e -> byCluster.put(e.name(), new ArrayList<>()));
        for (KubeObject o : objects) {
            byCluster.computeIfAbsent(clusterOf(o, eks), k -> new ArrayList<>()).add(o);
        }
        KubeDraft draft = new KubeDraft();
        for (var entry : byCluster.entrySet()) {
            progress.progress("Finding Kubernetes escalation paths in " + entry.getKey(), 0, -1);
            Optional<EksCluster> description = eks.stream().filter(e -> e.name().equals(entry.getKey())).findFirst();
            addCluster(new Cluster(entry.getKey(), description, entry.getValue(), warnings), draft);
        }
        return draft.build();
    }

    private void addCluster(Cluster cluster, KubeDraft draft) {
        Authorizer rbac = new Authorizer(cluster, draft, warnings);
        new DerivedBindings(cluster, rbac).addAll();
        new ClusterEntities(cluster, draft, options.aiAgentNamePatterns(), options.sensitiveResourcePatterns()).addAll(rbac);
        new CloudEdges(cluster, draft, warnings).addAll();
        new RoleEdges(cluster, rbac, draft).addAll();
        new RbacEdges(cluster, rbac, draft).addAll();
        new AdminRules(cluster, rbac, draft).addAll();
        new RuntimeEdges(cluster, draft).addAll();
        new ExposureEdges(cluster, draft).addAll();
    }

    private String clusterOf(KubeObject o, List<EksCluster> eks) {
        Optional<EksCluster> described = eks.stream()
                .filter(e -> o.folder().equals(e.folder()) || o.folder().startsWith(e.folder() + "/"))
                .max(Comparator.comparingInt(e -> e.folder().length()));
        if (described.isPresent()) {
            return described.get().name();
        }
        if (!options.clusterName().isBlank()) {
            return options.clusterName();
        }
        String folder = o.folder();
        String last = lastSegment(folder);
        if (!o.namespace().isEmpty() && last.equals(o.namespace()) && folder.length() > last.length() + 1) {
            last = lastSegment(folder.substring(0, folder.length() - last.length() - 1));
        }
        return last.isEmpty() ? DEFAULT_CLUSTER : last;
    }

    private static String lastSegment(String folder) {
        int cut = Math.max(folder.lastIndexOf('/'), Math.max(folder.lastIndexOf('\\'), folder.lastIndexOf('!')));
        String last = folder.substring(cut + 1);
        return last.endsWith(".zip") ? last.substring(0, last.length() - 4) : last;
    }
}

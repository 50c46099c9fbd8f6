package io.blastwall.importer.kubernetes;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.DetectedSource;
import io.blastwall.importer.ImportException;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.Warnings;
import io.blastwall.model.IdentityGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns Kubernetes exports into one graph per snapshot: RBAC, workloads, nodes, services, secret metadata, aws-auth,
 * EKS access entries and Pod Identity associations, and workload-identity annotations of one or more clusters.
 * {@link ClusterNames} decides which cluster each object belongs to.
 */
public final class KubernetesImporter {
    private final ImportOptions options;
    private final Warnings warnings;

    public KubernetesImporter(ImportOptions options, Warnings warnings) {
        this.options = options;
        this.warnings = warnings;
    }

    /** What one cluster's files hold. */
    private record Inputs(List<KubeObject> objects, List<PodIdentity> podIdentities, List<AccessEntry> accessEntries) {
        Inputs() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    public IdentityGraph importSources(List<DetectedSource> sources, ProgressListener progress) throws ImportException {
        ManifestReader reader = new ManifestReader(warnings, options.namespaceOrDefault());
        EksAccessReader eksAccess = new EksAccessReader(warnings);
        List<EksCluster> eks = new ArrayList<>();
        List<ClusterNames.Named> collectors = new ArrayList<>();
        List<KubeObject> objects = new ArrayList<>();
        int done = 0;
        for (DetectedSource source : sources) {
            progress.progress("Reading " + source.path(), done++, sources.size());
            switch (source.format()) {
                case AWS_EKS_CLUSTER -> eks.add(EksCluster.of(source.json().orElseThrow(), source.path()));
                case KUBERNETES_OBJECTS -> objects.addAll(reader.read(source));
                case AWS_EKS_POD_IDENTITY, AWS_EKS_ACCESS_ENTRIES -> eksAccess.read(source);
                case KUBERNETES_CLUSTER_INFO -> collectors.add(new ClusterNames.Named(
                        source.json().orElseThrow().path("cluster").path("name").asText(""), ManifestReader.folderOf(source.path())));
                default -> warnings.add(source.path(), "", "not a Kubernetes export; skipped");
            }
        }
        ClusterNames names = new ClusterNames(eks.stream().map(e -> new ClusterNames.Named(e.name(), e.folder())).toList(),
                options.clusterName(), collectors.stream().filter(c -> !c.name().isBlank()).toList(), objects);
        Map<String, Inputs> byCluster = new LinkedHashMap<>();
        eks.forEach(e -> byCluster.put(e.name(), new Inputs()));
        objects.forEach(o -> byCluster.computeIfAbsent(names.of(o), k -> new Inputs()).objects().add(o));
        merged(eksAccess.podIdentities(), names).forEach(p -> byCluster.computeIfAbsent(p.cluster(), k -> new Inputs())
                .podIdentities().add(p));
        mergedEntries(eksAccess.accessEntries(), names).forEach(a -> byCluster.computeIfAbsent(a.cluster(), k -> new Inputs())
                .accessEntries().add(a));
        KubeDraft draft = new KubeDraft();
        for (var entry : byCluster.entrySet()) {
            progress.progress("Finding Kubernetes escalation paths in " + entry.getKey(), 0, -1);
            Optional<EksCluster> description = eks.stream().filter(e -> e.name().equals(entry.getKey())).findFirst();
            Inputs in = entry.getValue();
            addCluster(new Cluster(entry.getKey(), description, in.objects(), in.podIdentities(), in.accessEntries(), warnings),
                    draft);
        }
        return draft.build();
    }

    /** Associations by cluster and id, list and describe records of the same association joined. */
    private static List<PodIdentity> merged(List<PodIdentity> all, ClusterNames names) {
        Map<String, PodIdentity> out = new LinkedHashMap<>();
        for (PodIdentity p : all) {
            String cluster = names.of(p.cluster(), p.source().folder());
            PodIdentity named = new PodIdentity(cluster, p.namespace(), p.serviceAccount(), p.roleArn(), p.targetRoleArn(),
                    p.sessionTags(), p.id(), p.arn(), p.source());
            out.merge(cluster + " " + p.id(), named, PodIdentity::merge);
        }
        return List.copyOf(out.values());
    }

    /** Access entries by cluster and principal, the records of the three commands joined. */
    private static List<AccessEntry> mergedEntries(List<AccessEntry> all, ClusterNames names) {
        Map<String, AccessEntry> out = new LinkedHashMap<>();
        for (AccessEntry a : all) {
            String cluster = names.of(a.cluster(), a.source().folder());
            AccessEntry named = new AccessEntry(cluster, a.principalArn(), a.username(), a.groups(), a.type(), a.policies(), a.source());
            out.merge(cluster + " " + a.principalArn(), named, AccessEntry::merge);
        }
        return List.copyOf(out.values());
    }

    private void addCluster(Cluster cluster, KubeDraft draft) {
        Authorizer rbac = new Authorizer(cluster, draft, warnings);
        new DerivedBindings(cluster, rbac).addAll();
        new ClusterEntities(cluster, draft, options.aiAgentNamePatterns(), options.sensitiveResourcePatterns()).addAll(rbac);
        new CloudEdges(cluster, draft, warnings, rbac).addAll();
        new RoleEdges(cluster, rbac, draft).addAll();
        new RbacEdges(cluster, rbac, draft).addAll();
        new AdminRules(cluster, rbac, draft).addAll();
        new RuntimeEdges(cluster, draft).addAll();
        new ExposureEdges(cluster, draft).addAll();
    }
}

package io.blastwall.importer.kubernetes;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the cluster of each object from where it was found. In order: the cluster an {@code aws eks
 * describe-cluster} file in the same folder or a parent folder describes; the {@code --cluster-name} option; the
 * cluster a collector's {@code metadata.json} there names (KubeHound); the object's own
 * {@code metadata.clusterName}; the folder, where a KubeHound dump folder {@code kubehound_<cluster>_<run id>} gives
 * its cluster, and a folder holding one namespace's files (named after the namespace, or beside the cluster-scoped
 * files in its parent, as collectors write them) gives its parent's name.
 */
final class ClusterNames {
    private static final String DEFAULT_CLUSTER = "cluster";
    private static final Pattern KUBEHOUND_DUMP = Pattern.compile("kubehound_(.+)_[a-z0-9]{26}");

    /** A file that names the cluster of the objects in its folder and below. */
    record Named(String name, String folder) {}

    private final List<Named> described;
    private final String option;
    private final List<Named> collectors;
    private final Map<String, Set<String>> namespacesByFolder = new HashMap<>();
    private final Set<String> clusterScopedFolders = new HashSet<>();

    ClusterNames(List<Named> described, String option, List<Named> collectors, List<KubeObject> objects) {
        this.described = List.copyOf(described);
        this.option = option;
        this.collectors = List.copyOf(collectors);
        for (KubeObject o : objects) {
            if (o.namespace().isEmpty()) {
                clusterScopedFolders.add(o.folder());
            } else {
                namespacesByFolder.computeIfAbsent(o.folder(), k -> new HashSet<>()).add(o.namespace());
            }
        }
    }

    /** The cluster of an object. */
    String of(KubeObject o) {
        return described(o.folder())
                .or(() -> option.isBlank() ? Optional.empty() : Optional.of(option))
                .or(() -> collector(o.folder()))
                .or(() -> Optional.of(o.body().path("metadata").path("clusterName").asText("")).filter(n -> !n.isBlank()))
                .orElseGet(() -> fromFolder(o.folder(), o.namespace()));
    }

    /** The cluster of an EKS record: the name it gives, else as for an object found in its folder. */
    String of(String named, String folder) {
        if (!named.isBlank()) {
            return named;
        }
        return described(folder).or(() -> option.isBlank() ? Optional.empty() : Optional.of(option))
                .or(() -> collector(folder)).orElseGet(() -> fromFolder(folder, ""));
    }

    private Optional<String> described(String folder) {
        return closest(described, folder);
    }

    private Optional<String> collector(String folder) {
        return closest(collectors, folder);
    }

    private static Optional<String> closest(List<Named> named, String folder) {
        return named.stream().filter(n -> folder.equals(n.folder()) || folder.startsWith(n.folder() + "/"))
                .max(Comparator.comparingInt(n -> n.folder().length())).map(Named::name);
    }

    private String fromFolder(String folder, String namespace) {
        String last = lastSegment(folder);
        String parent = folder.length() > last.length() ? folder.substring(0, folder.length() - last.length() - 1) : "";
        boolean namespaceFolder = !parent.isEmpty() && !clusterScopedFolders.contains(folder)
                && ((!namespace.isEmpty() && last.equals(namespace))
                        || (namespacesByFolder.getOrDefault(folder, Set.of()).size() == 1 && clusterScopedFolders.contains(parent)));
        String name = namespaceFolder ? lastSegment(parent) : last;
        Matcher dump = KUBEHOUND_DUMP.matcher(name);
        if (dump.matches()) {
            return dump.group(1);
        }
        return name.isEmpty() ? DEFAULT_CLUSTER : name;
    }

    static String lastSegment(String folder) {
        int cut = Math.max(folder.lastIndexOf('/'), Math.max(folder.lastIndexOf('\\'), folder.lastIndexOf('!')));
        String last = folder.substring(cut + 1);
        return last.endsWith(".zip") ? last.substring(0, last.length() - 4) : last;
    }
}

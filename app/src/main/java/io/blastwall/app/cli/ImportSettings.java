package io.blastwall.app.cli;

import io.blastwall.importer.ImportOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How inputs become a snapshot: its label, extra policy documents, a Kubernetes cluster name and namespace. */
final class ImportSettings {
    @Option(names = "--label", paramLabel = "TEXT", description = "Label of the snapshot created from the inputs.")
    String label;

    @Option(
            names = "--policies",
            paramLabel = "PATH",
            description = "Extra policy documents (file or folder) to resolve AWS-managed policies an export only references.")
    List<Path> policyDocuments = new ArrayList<>();

    @Option(
            names = "--cluster-name",
            paramLabel = "NAME",
            description = "Name of the Kubernetes cluster whose objects nothing else names (default: an `aws eks "
                    + "describe-cluster` file beside them, else the folder's name).")
    String clusterName;

    @Option(
            names = "--namespace",
            paramLabel = "NAME",
            description = "Namespace of namespaced Kubernetes objects whose manifest names none, as `kubectl apply -n` "
                    + "gives it (default: default).")
    String namespace;

    ImportOptions options() {
        ImportOptions options = ImportOptions.defaults().withPolicyDocuments(policyDocuments);
        options = clusterName == null ? options : options.withClusterName(clusterName);
        return namespace == null ? options : options.withNamespace(namespace);
    }

    /** The given label, or one made from the inputs' names. */
    String label(List<Path> inputs) {
        if (label != null) {
            return label;
        }
        String first = inputs.get(0).getFileName() == null ? inputs.get(0).toString() : inputs.get(0).getFileName().toString();
        return inputs.size() == 1 ? first : first + " and " + (inputs.size() - 1) + " more";
    }
}

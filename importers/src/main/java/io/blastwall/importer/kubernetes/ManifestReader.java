package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.blastwall.importer.DetectedSource;
import io.blastwall.importer.FormatDetector;
import io.blastwall.importer.ImportException;
import io.blastwall.importer.Warnings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads Kubernetes objects from JSON or YAML: {@code kind: List} and {@code <Kind>List} documents (items inherit
 * their kind from the list when they lack one, as the API returns them), single objects and multi-document YAML.
 * Secret values never leave this class.
 */
final class ManifestReader {
    private final YAMLMapper yaml = new YAMLMapper();
    private final Warnings warnings;
    private final String namespace;

    /** {@code namespace}: that of namespaced objects whose manifest names none ({@code kubectl apply -n}). */
    ManifestReader(Warnings warnings, String namespace) {
        this.warnings = warnings;
        this.namespace = namespace;
    }

    List<KubeObject> read(DetectedSource source) throws ImportException {
        List<KubeObject> out = readObjects(source);
        List<KubeObject> unplaced = out.stream().filter(o -> !o.namespace().isEmpty()
                && o.body().path("metadata").path("namespace").isMissingNode()).toList();
        if (!unplaced.isEmpty()) {
            KubeObject first = unplaced.get(0);
            warnings.add(source.path(), first.location(), unplaced.size() + " namespaced object(s) name no metadata.namespace"
                    + " (the first: " + first.kind() + " " + first.name() + "); taken as namespace \"" + namespace + "\""
                    + (namespace.equals("default") ? ", as kubectl does without -n: if they were applied to another"
                    + " namespace, give it with --namespace" : " (--namespace)"));
        }
        return out;
    }

    private List<KubeObject> readObjects(DetectedSource source) throws ImportException {
        List<KubeObject> out = new ArrayList<>();
        if (source.json().isPresent()) {
            collect(source, source.json().get(), "$", "", out);
            return out;
        }
        try (MappingIterator<JsonNode> docs = yaml.readerFor(JsonNode.class).readValues(source.text().orElse(""))) {
            int index = 0;
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                index++;
                if (doc != null && doc.isObject()) {
                    collect(source, doc, "document " + index, "", out);
                }
            }
        } catch (IOException e) {
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                throw new ImportException(source.path(), "line " + (m.getProblemMark().getLine() + 1) + ", column "
                        + (m.getProblemMark().getColumn() + 1), "invalid YAML: " + m.getProblem()
                        + (m.getContext() == null ? "" : " (" + m.getContext() + ")"), e);
            }
            if (e instanceof JsonProcessingException j) {
                throw new ImportException(source.path(), FormatDetector.place(j.getLocation()),
                        "invalid YAML: " + j.getOriginalMessage().lines().findFirst().orElse(""), e);
            }
            throw new ImportException(source.path(), "", "invalid YAML: " + e.getMessage(), e);
        }
        return out;
    }

    private void collect(DetectedSource source, JsonNode node, String location, String listKind, List<KubeObject> out) {
        String kind = node.path("kind").asText(listKind);
        if (node.path("items").isArray() && (kind.equals("List") || kind.endsWith("List"))) {
            String itemKind = kind.equals("List") ? "" : kind.substring(0, kind.length() - "List".length());
            int i = 0;
            for (JsonNode item : node.path("items")) {
                collect(source, item, location + ".items[" + i++ + "]", itemKind, out);
            }
            return;
        }
        String name = node.path("metadata").path("name").asText("");
        if (kind.isEmpty() || name.isEmpty()) {
            warnings.add(source.path(), location, "object without kind or metadata.name; skipped");
            return;
        }
        String place = KubeObject.CLUSTER_SCOPED.contains(kind) ? ""
                : node.path("metadata").path("namespace").asText(namespace);
        out.add(new KubeObject(kind, place, name, withoutSecretValues(kind, node), source.path(), location,
                folderOf(source.path())));
    }

    private static JsonNode withoutSecretValues(String kind, JsonNode node) {
        if (!kind.equals("Secret") || !node.isObject()) {
            return node;
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove(List.of("data", "stringData"));
        if (copy.path("metadata").isObject()) {
            ObjectNode meta = (ObjectNode) copy.path("metadata");
            meta.remove("managedFields");
            JsonNode annotations = meta.path("annotations");
            if (annotations.isObject()) {
                ((ObjectNode) annotations).remove("kubectl.kubernetes.io/last-applied-configuration");
            }
        }
        return copy;
    }

    /** The folder part of a path as given ({@code a/b/roles.json} → {@code a/b}; zip entries keep the archive). */
    static String folderOf(String path) {
        int cut = Math.max(path.lastIndexOf('/'), Math.max(path.lastIndexOf('\\'), path.lastIndexOf('!')));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}

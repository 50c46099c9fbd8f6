package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.blastwall.importer.Warnings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The objects of one cluster, indexed. Service accounts are the declared ones plus those that workloads, bindings
 * and token secrets name (they exist at run time even when the export leaves them out).
 */
final class Cluster {
    private final String name;
    private final Optional<EksCluster> eks;
    private final List<KubeObject> objects;
    private final RoleCatalog roles;
    private final Map<String, Optional<KubeObject>> serviceAccounts = new TreeMap<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final Set<String> namespaces = new TreeSet<>();
    private final List<PodIdentity> podIdentities;
    private final Map<String, List<KubeObject>> byKind = new HashMap<>();
    private final Map<String, List<KubeObject>> byKindAndNamespace = new HashMap<>();
    private final Map<String, List<Workload>> workloadsByNamespace = new HashMap<>();
    private final Map<String, List<String>> accountsByNamespace = new HashMap<>();
    private final List<AccessEntry> accessEntries;

    Cluster(String name, Optional<EksCluster> eks, List<KubeObject> objects, Warnings warnings) {
        this(name, eks, objects, List.of(), List.of(), warnings);
    }

    Cluster(String name, Optional<EksCluster> eks, List<KubeObject> objects, List<PodIdentity> podIdentities,
            List<AccessEntry> accessEntries, Warnings warnings) {
        this.name = name;
        this.eks = eks;
        this.objects = List.copyOf(objects);
        this.podIdentities = List.copyOf(podIdentities);
        this.accessEntries = List.copyOf(accessEntries);
        for (PodIdentity p : podIdentities) {
            serviceAccounts.putIfAbsent(p.serviceAccountKey(), Optional.empty());
            namespaces.add(p.namespace());
        }
        this.roles = new RoleCatalog(objects, warnings);
        for (KubeObject o : objects) {
            byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
            byKindAndNamespace.computeIfAbsent(o.kind() + " " + o.namespace(), k -> new ArrayList<>()).add(o);
            if (!o.namespace().isEmpty()) {
                namespaces.add(o.namespace());
            }
            if (o.kind().equals("Namespace")) {
                namespaces.add(o.name());
            }
            if (o.kind().equals("ServiceAccount")) {
                serviceAccounts.put(o.key(), Optional.of(o));
            }
            if (Workload.KINDS.contains(o.kind())) {
                Workload w = Workload.of(o);
                for (String list : w.malformedContainerLists()) {
                    warnings.add(o.file(), o.location() + w.podSpecPath() + "." + list, o.kind() + " " + o.key()
                            + ": " + list + " is not a list; its containers are not read (privileged, host mounts)");
                }
                workloads.add(w);
                workloadsByNamespace.computeIfAbsent(o.namespace(), k -> new ArrayList<>()).add(w);
                serviceAccounts.putIfAbsent(o.namespace() + "/" + w.serviceAccount(), Optional.empty());
            }
            tokenSecretAccount(o).ifPresent(sa -> serviceAccounts.putIfAbsent(o.namespace() + "/" + sa, Optional.empty()));
        }
        for (KubeObject b : bindings()) {
            for (var s : b.body().path("subjects")) {
                if (s.path("kind").asText().equals("ServiceAccount")) {
                    String ns = s.path("namespace").asText(b.namespace().isEmpty() ? "default" : b.namespace());
                    serviceAccounts.putIfAbsent(ns + "/" + s.path("name").asText(), Optional.empty());
                    namespaces.add(ns);
                }
            }
        }
    }

    String name() {
        return name;
    }

    Optional<EksCluster> eks() {
        return eks;
    }

    List<PodIdentity> podIdentities() {
        return podIdentities;
    }

    List<AccessEntry> accessEntries() {
        return accessEntries;
    }

    /** The Kubernetes user names EKS gives AWS principals: access entries' and aws-auth's, templates resolved. */
    List<UsernameTemplate> awsMappedUsers() {
        List<UsernameTemplate> out = new ArrayList<>();
        accessEntries.forEach(e -> out.add(e.effectiveUsername()));
        awsAuth().ifPresent(config -> {
            for (String list : List.of("mapRoles", "mapUsers")) {
                try {
                    for (JsonNode entry : new YAMLMapper().readTree(config.body().path("data").path(list).asText("[]"))) {
                        String arn = entry.path(list.equals("mapRoles") ? "rolearn" : "userarn").asText("");
                        out.add(UsernameTemplate.of(entry.path("username").asText(arn), arn));
                    }
                } catch (IOException e) {
                    // reported where aws-auth is read (CloudEdges)
                }
            }
        });
        return out;
    }

    /** True when something in the export says the cluster runs on EKS. */
    boolean isEks() {
        return eks.isPresent() || awsAuth().isPresent() || !podIdentities.isEmpty() || !accessEntries.isEmpty();
    }

    /**
     * The cluster's ARN as EKS records give it when there is no {@code describe-cluster} output: a Pod Identity
     * association ARN ({@code arn:aws:eks:<region>:<account>:podidentityassociation/<cluster>/<id>}) names it.
     */
    String arnFromEksRecords() {
        for (PodIdentity p : podIdentities) {
            String[] parts = p.arn().split(":", 6);
            if (parts.length == 6 && parts[5].startsWith("podidentityassociation/")) {
                return String.join(":", parts[0], parts[1], parts[2], parts[3], parts[4], "cluster/" + name);
            }
        }
        return "";
    }

    /** True when EKS authenticates through the aws-auth ConfigMap (unknown counts as yes: it is the default). */
    boolean usesAwsAuth() {
        return eks.map(e -> !e.authenticationMode().equals("API")).orElse(true);
    }

    RoleCatalog roles() {
        return roles;
    }

    Set<String> namespaces() {
        return namespaces;
    }

    /** Service accounts by {@code ns/name}, with the object when the export has it. */
    Map<String, Optional<KubeObject>> serviceAccounts() {
        return serviceAccounts;
    }

    List<String> serviceAccountsIn(String namespace) {
        if (accountsByNamespace.isEmpty()) {
            serviceAccounts.keySet().forEach(k -> accountsByNamespace.computeIfAbsent(k.substring(0, k.indexOf('/')),
                    n -> new ArrayList<>()).add(k));
        }
        return accountsByNamespace.getOrDefault(namespace, List.of());
    }

    List<Workload> workloads() {
        return workloads;
    }

    List<Workload> workloadsIn(String namespace) {
        return workloadsByNamespace.getOrDefault(namespace, List.of());
    }

    /** The objects of a kind in a namespace. */
    List<KubeObject> in(String kind, String namespace) {
        return byKindAndNamespace.getOrDefault(kind + " " + namespace, List.of());
    }

    List<KubeObject> bindings() {
        return of("RoleBinding", "ClusterRoleBinding");
    }

    List<KubeObject> secrets() {
        return of("Secret");
    }

    List<KubeObject> services() {
        return of("Service");
    }

    List<KubeObject> nodes() {
        return of("Node");
    }

    /** Nodes labelled as control-plane nodes ({@code node-role.kubernetes.io/control-plane} or {@code master}). */
    List<KubeObject> controlPlaneNodes() {
        return nodes().stream().filter(n -> n.labels().containsKey("node-role.kubernetes.io/control-plane")
                || n.labels().containsKey("node-role.kubernetes.io/master")).toList();
    }

    /** The Pod Security Admission level enforced in a namespace ({@code privileged}, {@code baseline}, ...), or empty. */
    String podSecurity(String ns) {
        return namespace(ns).map(o -> o.labels().getOrDefault("pod-security.kubernetes.io/enforce", "")).orElse("");
    }

    Optional<KubeObject> namespace(String ns) {
        return of("Namespace").stream().filter(o -> o.name().equals(ns)).findFirst();
    }

    Optional<KubeObject> awsAuth() {
        return of("ConfigMap").stream().filter(o -> o.key().equals("kube-system/aws-auth")).findFirst();
    }

    List<KubeObject> of(String... kinds) {
        if (kinds.length == 1) {
            return byKind.getOrDefault(kinds[0], List.of());
        }
        Set<String> wanted = Set.of(kinds);
        return objects.stream().filter(o -> wanted.contains(o.kind())).toList();
    }

    /** The service account a legacy token secret belongs to ({@code kubernetes.io/service-account-token}). */
    static Optional<String> tokenSecretAccount(KubeObject o) {
        if (!o.kind().equals("Secret") || !o.body().path("type").asText().equals("kubernetes.io/service-account-token")) {
            return Optional.empty();
        }
        return Optional.ofNullable(o.annotations().get("kubernetes.io/service-account.name")).filter(s -> !s.isEmpty());
    }
}

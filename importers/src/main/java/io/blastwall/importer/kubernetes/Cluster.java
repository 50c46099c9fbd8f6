package io.blastwall.importer.kubernetes;

import io.blastwall.importer.Warnings;
import java.util.ArrayList;
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

    Cluster(String name, Optional<EksCluster> eks, List<KubeObject> objects, Warnings warnings) {
        this.name = name;
        this.eks = eks;
        this.objects = List.copyOf(objects);
        this.roles = new RoleCatalog(objects, warnings);
        for (KubeObject o : objects) {
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
                workloads.add(w);
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
        return serviceAccounts.keySet().stream().filter(k -> k.startsWith(namespace + "/")).toList();
    }

    List<Workload> workloads() {
        return workloads;
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

package io.blastwall.importer.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rules of the EKS access policies an access entry can be associated with (EKS user guide, "Review access
 * policy permissions"). {@code AmazonEKSClusterAdminPolicy} is every verb on everything; {@code Admin},
 * {@code Edit}, {@code View}, {@code AdminView} and {@code SecretReader} are transcribed from the guide's tables.
 * The policies for EKS's own components (Auto Mode nodes, storage, load balancing...) are not modelled.
 */
final class AccessPolicies {
    private static final List<String> READ = List.of("get", "list", "watch");
    private static final List<String> WRITE = List.of("create", "delete", "deletecollection", "patch", "update");
    private static final List<PolicyRule> VIEW = List.of(
            PolicyRule.of(List.of("apps"), List.of("controllerrevisions", "daemonsets", "daemonsets/status", "deployments",
                    "deployments/scale", "deployments/status", "replicasets", "replicasets/scale", "replicasets/status",
                    "statefulsets", "statefulsets/scale", "statefulsets/status"), READ),
            PolicyRule.of(List.of("autoscaling"), List.of("horizontalpodautoscalers", "horizontalpodautoscalers/status"), READ),
            PolicyRule.of(List.of("batch"), List.of("cronjobs", "cronjobs/status", "jobs", "jobs/status"), READ),
            PolicyRule.of(List.of("discovery.k8s.io"), List.of("endpointslices"), READ),
            PolicyRule.of(List.of("networking.k8s.io"), List.of("ingresses", "ingresses/status", "networkpolicies"), READ),
            PolicyRule.of(List.of("policy"), List.of("poddisruptionbudgets", "poddisruptionbudgets/status"), READ),
            PolicyRule.of(List.of(""), List.of("configmaps", "endpoints", "persistentvolumeclaims", "persistentvolumeclaims/status",
                    "pods", "replicationcontrollers", "replicationcontrollers/scale", "serviceaccounts", "services",
                    "services/status", "bindings", "events", "limitranges", "namespaces/status", "pods/log", "pods/status",
                    "replicationcontrollers/status", "resourcequotas", "resourcequotas/status", "namespaces"), READ));
    private static final List<PolicyRule> EDIT = concat(VIEW, List.of(
            PolicyRule.of(List.of("apps"), List.of("daemonsets", "deployments", "deployments/rollback", "deployments/scale",
                    "replicasets", "replicasets/scale", "statefulsets", "statefulsets/scale"), WRITE),
            PolicyRule.of(List.of("autoscaling"), List.of("horizontalpodautoscalers"), WRITE),
            PolicyRule.of(List.of("batch"), List.of("cronjobs", "jobs"), WRITE),
            PolicyRule.of(List.of("networking.k8s.io"), List.of("ingresses", "networkpolicies"), WRITE),
            PolicyRule.of(List.of("policy"), List.of("poddisruptionbudgets"), WRITE),
            PolicyRule.of(List.of(""), List.of("pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "secrets",
                    "services/proxy"), READ),
            PolicyRule.of(List.of(""), List.of("serviceaccounts"), List.of("impersonate")),
            PolicyRule.of(List.of(""), List.of("pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"), WRITE),
            PolicyRule.of(List.of(""), List.of("configmaps", "events", "persistentvolumeclaims", "replicationcontrollers",
                    "replicationcontrollers/scale", "secrets", "serviceaccounts", "services", "services/proxy"), WRITE)));
    private static final List<PolicyRule> ADMIN = concat(EDIT, List.of(
            PolicyRule.of(List.of("authorization.k8s.io"), List.of("localsubjectaccessreviews"), List.of("create")),
            PolicyRule.of(List.of("rbac.authorization.k8s.io"), List.of("rolebindings", "roles"), concat(READ, WRITE))));
    private static final Map<String, List<PolicyRule>> POLICIES = Map.of(
            "AmazonEKSClusterAdminPolicy", List.of(PolicyRule.of(List.of("*"), List.of("*"), List.of("*")),
                    new PolicyRule(List.of(), List.of(), List.of("*"), List.of(), List.of("*"))),
            "AmazonEKSAdminPolicy", ADMIN,
            "AmazonEKSEditPolicy", EDIT,
            "AmazonEKSViewPolicy", VIEW,
            "AmazonEKSAdminViewPolicy", List.of(PolicyRule.of(List.of("*"), List.of("*"), READ)),
            "AmazonEKSSecretReaderPolicy", List.of(PolicyRule.of(List.of(""), List.of("secrets"), READ)));

    private AccessPolicies() {}

    /** The rules of the access policy with this name ({@code AmazonEKSClusterAdminPolicy}), when modelled. */
    static Optional<List<PolicyRule>> rules(String name) {
        return Optional.ofNullable(POLICIES.get(name));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}

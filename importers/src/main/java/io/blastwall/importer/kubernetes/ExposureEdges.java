package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Provider;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exposed endpoints (catalogue K8S-EP-01, KubeHound ENDPOINT_EXPLOIT), heuristic: a Service reaches the workloads
 * its selector matches (pod template labels, same namespace) and the pods its EndpointSlices or Endpoints name.
 * Services of type LoadBalancer or NodePort, with external IPs, or behind an Ingress are exposed outside the
 * cluster: the entity {@code k8s://<cluster>/network/internet} reaches them. An edge says only that an endpoint is
 * there to attack, not that it is exploitable.
 */
final class ExposureEdges {
    private static final String RULE = "K8S-EP-01";
    private static final List<String> EXPLOIT = List.of("assumes the service has an exploitable endpoint (remote code execution in the pod)");

    private final Cluster cluster;
    private final KubeDraft draft;

    ExposureEdges(Cluster cluster, KubeDraft draft) {
        this.cluster = cluster;
        this.draft = draft;
    }

    /** Service key ({@code ns/name}) → why it is reachable from outside the cluster; empty for cluster-internal ones. */
    static Map<String, String> exposure(Cluster cluster) {
        Map<String, String> out = new LinkedHashMap<>();
        for (KubeObject svc : cluster.services()) {
            String type = svc.body().path("spec").path("type").asText("ClusterIP");
            if (type.equals("LoadBalancer") || type.equals("NodePort")) {
                out.put(svc.key(), "type " + type);
            } else if (!svc.body().path("spec").path("externalIPs").isEmpty()) {
                out.put(svc.key(), "externalIPs");
            }
        }
        for (KubeObject ingress : cluster.of("Ingress")) {
            for (String backend : backends(ingress.body().path("spec"))) {
                out.putIfAbsent(ingress.namespace() + "/" + backend, "Ingress " + ingress.key());
            }
        }
        return out;
    }

    void addAll() {
        Map<String, String> exposed = exposure(cluster);
        for (KubeObject svc : cluster.services()) {
            String service = KubeIds.object(cluster.name(), svc);
            Map<String, String> selector = KubeObject.strings(svc.body().path("spec").path("selector"));
            if (!selector.isEmpty()) {
                for (Workload w : cluster.workloadsIn(svc.namespace())) {
                    if (w.podLabels().entrySet().containsAll(selector.entrySet())) {
                        edge(service, KubeIds.object(cluster.name(), w.object()), "reach the pods the service selects " + selector);
                    }
                }
            }
            if (exposed.containsKey(svc.key())) {
                edge(internet(), service, "reach the service from outside the cluster (" + exposed.get(svc.key()) + ")");
            }
        }
        endpoints();
    }

    /** Pods named by EndpointSlices ({@code kubernetes.io/service-name}) and Endpoints objects. */
    private void endpoints() {
        for (KubeObject slice : cluster.of("EndpointSlice", "Endpoints")) {
            String name = slice.kind().equals("Endpoints") ? slice.name() : slice.labels().getOrDefault("kubernetes.io/service-name", "");
            String service = KubeIds.object(cluster.name(), "Service", slice.namespace() + "/" + name);
            if (name.isEmpty() || draft.entity(service).isEmpty()) {
                continue;
            }
            Set<String> pods = new LinkedHashSet<>();
            slice.body().path("endpoints").forEach(e -> pods.add(podName(e.path("targetRef"))));
            for (JsonNode subset : slice.body().path("subsets")) {
                subset.path("addresses").forEach(a -> pods.add(podName(a.path("targetRef"))));
            }
            for (String pod : pods) {
                String target = KubeIds.object(cluster.name(), "Pod", slice.namespace() + "/" + pod);
                if (!pod.isEmpty() && draft.entity(target).isPresent()) {
                    edge(service, target, "reach the pod behind the service's endpoint (" + slice.kind() + " " + slice.name() + ")");
                }
            }
        }
    }

    private static String podName(JsonNode ref) {
        return ref.path("kind").asText("").equals("Pod") ? ref.path("name").asText("") : "";
    }

    private void edge(String from, String to, String action) {
        draft.relate(KubeEdge.of(RelationKind.CAN_IMPERSONATE, from, to, List.of(), Confidence.HEURISTIC, RULE)
                .withActions(Set.of(action)).withConditions(EXPLOIT));
    }

    private String internet() {
        return internet(cluster, draft);
    }

    /** The entity for anyone who can reach the cluster's exposed endpoints (and its API server). */
    static String internet(Cluster cluster, KubeDraft draft) {
        String id = KubeIds.object(cluster.name(), "Network", "internet");
        draft.putIfAbsent(new Entity(KubeDraft.id(id), EntityKind.EXTERNAL_ACCOUNT, Provider.EXTERNAL, "Kubernetes::Network",
                "Internet (outside cluster " + cluster.name() + ")", Sensitivity.NONE, Map.of(), Props.cluster(cluster.name())
                        .put("classification", "anyone who can reach the cluster's exposed services").map()));
        return id;
    }

    private static Set<String> backends(JsonNode spec) {
        Set<String> out = new LinkedHashSet<>();
        addBackend(spec.path("defaultBackend"), out);
        addBackend(spec.path("backend"), out);
        for (JsonNode rule : spec.path("rules")) {
            rule.path("http").path("paths").forEach(p -> addBackend(p.path("backend"), out));
        }
        return out;
    }

    private static void addBackend(JsonNode backend, Set<String> out) {
        String name = backend.path("service").path("name").asText(backend.path("serviceName").asText(""));
        if (!name.isEmpty()) {
            out.add(name);
        }
    }
}

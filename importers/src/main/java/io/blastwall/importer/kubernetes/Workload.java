package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pod, or a controller that creates pods (Deployment, DaemonSet, StatefulSet, ReplicaSet, ReplicationController,
 * Job, CronJob), with the pod spec that decides which service account it runs as and whether it can reach its node.
 */
record Workload(KubeObject object, JsonNode podSpec, Map<String, String> podLabels) {
    static final Set<String> KINDS = Set.of("Pod", "Deployment", "DaemonSet", "StatefulSet", "ReplicaSet",
            "ReplicationController", "Job", "CronJob");
    private static final List<String> HOST_PATH_ESCAPES = List.of("/", "/var", "/var/lib", "/var/lib/kubelet",
            "/var/lib/kubelet/pods", "/etc", "/root", "/proc", "/proc/sys", "/proc/sys/kernel", "/var/log", "/dev",
            "/run/containerd", "/var/run", "/run", "/var/run/docker.sock", "/run/containerd/containerd.sock",
            "/var/run/crio/crio.sock", "/var/run/cri-dockerd.sock");

    static Workload of(KubeObject o) {
        JsonNode spec = o.body().path("spec");
        JsonNode template = switch (o.kind()) {
            case "Pod" -> o.body();
            case "CronJob" -> spec.path("jobTemplate").path("spec").path("template");
            default -> spec.path("template");
        };
        JsonNode podSpec = o.kind().equals("Pod") ? spec : template.path("spec");
        Map<String, String> labels = KubeObject.strings(template.path("metadata").path("labels"));
        return new Workload(o, podSpec, labels);
    }

    String serviceAccount() {
        String name = podSpec.path("serviceAccountName").asText("");
        return !name.isEmpty() ? name : podSpec.path("serviceAccount").asText("default");
    }

    boolean tokenMounted() {
        return !podSpec.path("automountServiceAccountToken").isBoolean() || podSpec.path("automountServiceAccountToken").asBoolean();
    }

    /** True for a pod a controller owns (it is recreated when removed). */
    boolean isControlled() {
        for (JsonNode owner : object.body().path("metadata").path("ownerReferences")) {
            if (owner.path("controller").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    String nodeName() {
        return podSpec.path("nodeName").asText("");
    }

    boolean hostPid() {
        return podSpec.path("hostPID").asBoolean(false);
    }

    boolean hostNetwork() {
        return podSpec.path("hostNetwork").asBoolean(false);
    }

    boolean privileged() {
        for (JsonNode c : containers()) {
            JsonNode sc = c.path("securityContext");
            if (sc.path("privileged").asBoolean(false)) {
                return true;
            }
            for (JsonNode cap : sc.path("capabilities").path("add")) {
                if (Set.of("SYS_ADMIN", "CAP_SYS_ADMIN", "SYS_MODULE", "CAP_SYS_MODULE", "ALL").contains(cap.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The host paths mounted that give the node away (its filesystem, kubelet pods, logs, runtime sockets). */
    List<String> sensitiveHostPaths() {
        List<String> out = new ArrayList<>();
        for (JsonNode v : podSpec.path("volumes")) {
            String path = v.path("hostPath").path("path").asText("");
            String normal = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            if (!normal.isEmpty() && HOST_PATH_ESCAPES.contains(normal)) {
                out.add(normal);
            }
        }
        return out;
    }

    private List<JsonNode> containers() {
        List<JsonNode> out = new ArrayList<>();
        podSpec.path("containers").forEach(out::add);
        podSpec.path("initContainers").forEach(out::add);
        return out;
    }
}

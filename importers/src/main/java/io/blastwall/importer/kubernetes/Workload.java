package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A pod, or a controller that creates pods (Deployment, DaemonSet, StatefulSet, ReplicaSet, ReplicationController,
 * Job, CronJob), with the pod spec that decides which service account it runs as and whether it can reach its node.
 */
record Workload(KubeObject object, JsonNode podSpec, Map<String, String> podLabels) {
    static final Set<String> KINDS = Set.of("Pod", "Deployment", "DaemonSet", "StatefulSet", "ReplicaSet",
            "ReplicationController", "Job", "CronJob");
    /** The pod spec's lists of containers. */
    private static final List<String> CONTAINER_LISTS = List.of("containers", "initContainers", "ephemeralContainers");

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

    /** Where the pod spec is in the object ({@code .spec}, {@code .spec.template.spec}...), for evidence. */
    String podSpecPath() {
        return switch (object.kind()) {
            case "Pod" -> ".spec";
            case "CronJob" -> ".spec.jobTemplate.spec.template.spec";
            default -> ".spec.template.spec";
        };
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

    boolean hostIpc() {
        return podSpec.path("hostIPC").asBoolean(false);
    }

    boolean shareProcessNamespace() {
        return podSpec.path("shareProcessNamespace").asBoolean(false);
    }

    /** True when a container is privileged or adds a capability that escapes (SYS_ADMIN, SYS_MODULE, ALL). */
    boolean privileged() {
        return containers().stream().anyMatch(c -> c.privileged() || c.adds("SYS_ADMIN") || c.adds("SYS_MODULE"));
    }

    /** The host paths mounted that give the node away (its filesystem, kubelet pods, logs, runtime sockets). */
    List<String> sensitiveHostPaths() {
        Set<String> out = new LinkedHashSet<>();
        for (Container c : containers()) {
            c.mounts().stream().map(Container.HostMount::path).filter(HostPaths::isSensitive).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /** The container lists of the pod spec that are there but are not lists (so {@link #containers} skips them). */
    List<String> malformedContainerLists() {
        return CONTAINER_LISTS.stream().filter(l -> !podSpec.path(l).isMissingNode() && !podSpec.path(l).isArray()).toList();
    }

    /** The containers, init containers and ephemeral containers, with their effective security settings. */
    List<Container> containers() {
        Map<String, String> hostPaths = new LinkedHashMap<>();
        for (JsonNode v : podSpec.path("volumes")) {
            String path = v.path("hostPath").path("path").asText("");
            if (!path.isEmpty()) {
                hostPaths.put(v.path("name").asText(""), path);
            }
        }
        List<Container> out = new ArrayList<>();
        for (String list : CONTAINER_LISTS) {
            podSpec.path(list).forEach(c -> out.add(container(c, hostPaths)));
        }
        Set<String> mounted = new LinkedHashSet<>();
        out.forEach(c -> c.mounts().forEach(m -> mounted.add(m.volume())));
        if (!out.isEmpty() && !mounted.containsAll(hostPaths.keySet())) {
            out.set(0, withUnmounted(out.get(0), hostPaths, mounted));
        }
        return out;
    }

    /**
     * A hostPath volume no container mounts in the export (abridged specs often leave volumeMounts out) is counted
     * as mounted read-write in the first container: whoever writes the spec can mount it.
     */
    private static Container withUnmounted(Container first, Map<String, String> hostPaths, Set<String> mounted) {
        List<Container.HostMount> mounts = new ArrayList<>(first.mounts());
        hostPaths.forEach((volume, path) -> {
            if (!mounted.contains(volume)) {
                mounts.add(new Container.HostMount(HostPaths.normal(path), false, volume));
            }
        });
        return new Container(first.name(), first.privileged(), first.capabilities(), first.root(), first.appArmorUnconfined(), mounts);
    }

    private Container container(JsonNode c, Map<String, String> hostPaths) {
        JsonNode sc = c.path("securityContext");
        JsonNode pod = podSpec.path("securityContext");
        Set<String> caps = new LinkedHashSet<>();
        sc.path("capabilities").path("add").forEach(cap -> caps.add(cap.asText().toUpperCase(Locale.ROOT).replaceFirst("^CAP_", "")));
        JsonNode user = sc.has("runAsUser") ? sc.path("runAsUser") : pod.path("runAsUser");
        JsonNode nonRoot = sc.has("runAsNonRoot") ? sc.path("runAsNonRoot") : pod.path("runAsNonRoot");
        Optional<Boolean> root = user.isNumber() ? Optional.of(user.asLong() == 0)
                : nonRoot.asBoolean(false) ? Optional.of(false) : Optional.empty();
        String name = c.path("name").asText("");
        String annotation = podAnnotations().getOrDefault("container.apparmor.security.beta.kubernetes.io/" + name, "");
        boolean unconfined = sc.path("appArmorProfile").path("type").asText(pod.path("appArmorProfile").path("type").asText(""))
                .equals("Unconfined") || annotation.equals("unconfined");
        List<Container.HostMount> mounts = new ArrayList<>();
        for (JsonNode m : c.path("volumeMounts")) {
            String host = hostPaths.get(m.path("name").asText(""));
            if (host != null) {
                String sub = m.path("subPath").asText("");
                mounts.add(new Container.HostMount(HostPaths.normal(sub.isEmpty() ? host : host + "/" + sub),
                        m.path("readOnly").asBoolean(false), m.path("name").asText("")));
            }
        }
        return new Container(name, sc.path("privileged").asBoolean(false), caps, root, unconfined, mounts);
    }

    private Map<String, String> podAnnotations() {
        JsonNode meta = switch (object.kind()) {
            case "Pod" -> object.body().path("metadata");
            case "CronJob" -> object.body().path("spec").path("jobTemplate").path("spec").path("template").path("metadata");
            default -> object.body().path("spec").path("template").path("metadata");
        };
        return KubeObject.strings(meta.path("annotations"));
    }
}

package io.blastwall.importer.kubernetes;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Provider;
import io.blastwall.model.Sensitivity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The entities of one cluster: the cluster itself (a crown jewel, like an AWS account), namespaces, service accounts
 * (AI agents when their {@code namespace/name} matches an AI-agent pattern), binding users and groups, roles,
 * workloads, nodes, secrets (metadata only) and the aws-auth ConfigMap.
 */
final class ClusterEntities {
    static final String ROLE_ARN = "eks.amazonaws.com/role-arn";
    static final String GCP_SA = "iam.gke.io/gcp-service-account";
    static final String AZURE_CLIENT = "azure.workload.identity/client-id";

    private final Cluster cluster;
    private final KubeDraft draft;
    private final List<Pattern> aiAgents;
    private final List<Pattern> sensitive;
    private final List<UsernameTemplate> awsUsers = new ArrayList<>();
    /** {@code Kind namespace/name} of each workload that is an AI agent. */
    private final Set<String> agentWorkloads = new HashSet<>();
    /** Workloads that are part of an agent controller (its ReplicaSet, its pods), by {@code Kind namespace/name}. */
    private final Map<String, String> partOf = new HashMap<>();
    /** The agent workloads (joined) that run as each service account {@code namespace/name}. */
    private final Map<String, String> agentOf = new HashMap<>();

    ClusterEntities(Cluster cluster, KubeDraft draft, List<Pattern> aiAgents, List<Pattern> sensitive) {
        this.cluster = cluster;
        this.draft = draft;
        this.aiAgents = List.copyOf(aiAgents);
        this.sensitive = List.copyOf(sensitive);
    }

    void addAll(Authorizer rbac) {
        String c = cluster.name();
        String arn = cluster.eks().map(EksCluster::arn).filter(a -> !a.isEmpty()).orElseGet(cluster::arnFromEksRecords);
        Props props = Props.cluster(c).put("oidcIssuer", cluster.eks().map(EksCluster::oidcIssuer).orElse(""))
                .put("arn", arn)
                .put("account", arn.split(":").length > 4 ? arn.split(":")[4] : "")
                .put("authenticationMode", cluster.eks().map(EksCluster::authenticationMode).orElse(""))
                .put("eks", cluster.isEks() ? "true" : "")
                .put("sensitivityReason", "the cluster itself: whoever is admin of it controls every workload in it");
        draft.put(new Entity(KubeDraft.id(KubeIds.cluster(c)), EntityKind.RESOURCE, Provider.KUBERNETES,
                "Kubernetes::Cluster", "Kubernetes cluster " + c, Sensitivity.CRITICAL, Map.of(), props.map()));
        cluster.namespaces().forEach(ns -> draft.put(new Entity(KubeDraft.id(KubeIds.object(c, "Namespace", ns)),
                EntityKind.RESOURCE, Provider.KUBERNETES, "Kubernetes::Namespace", ns, Sensitivity.NONE,
                cluster.namespace(ns).map(KubeObject::labels).orElse(Map.of()), Props.cluster(c).put("namespace", ns).map())));
        agents();
        cluster.serviceAccounts().forEach(this::serviceAccount);
        awsUsers.addAll(cluster.awsMappedUsers());
        rbac.subjects().values().stream().filter(s -> !s.kind().equals("ServiceAccount")).forEach(this::subject);
        cluster.roles().all().forEach(r -> draft.put(new Entity(KubeDraft.id(KubeIds.object(c, r)), EntityKind.POLICY,
                Provider.KUBERNETES, "Kubernetes::" + r.kind(), r.key(), Sensitivity.NONE, r.labels(),
                Props.cluster(c).put("namespace", r.namespace()).put("sourceFile", r.file())
                        .put("aggregated", r.body().has("aggregationRule") ? "true" : "").map())));
        cluster.workloads().forEach(this::workload);
        Map<String, String> exposed = ExposureEdges.exposure(cluster);
        cluster.services().forEach(svc -> draft.put(new Entity(KubeDraft.id(KubeIds.object(c, svc)), EntityKind.RESOURCE,
                Provider.KUBERNETES, "Kubernetes::Service", "Service " + svc.key(), Sensitivity.NONE, svc.labels(), Props.cluster(c)
                        .put("namespace", svc.namespace()).put("type", svc.body().path("spec").path("type").asText("ClusterIP"))
                        .put("exposure", exposed.containsKey(svc.key()) ? "external: " + exposed.get(svc.key()) : "cluster")
                        .put("selector", KubeObject.strings(svc.body().path("spec").path("selector")).toString())
                        .put("sourceFile", svc.file()).map())));
        cluster.nodes().forEach(n -> draft.put(new Entity(KubeDraft.id(KubeIds.node(c, n.name())), EntityKind.WORKLOAD,
                Provider.KUBERNETES, "Kubernetes::Node", n.name(), Sensitivity.NONE, n.labels(),
                Props.cluster(c).put("classification", "a node: whoever controls it reads the tokens of its pods").map())));
        cluster.secrets().forEach(this::secret);
        cluster.awsAuth().ifPresent(a -> draft.put(new Entity(KubeDraft.id(KubeIds.object(c, a)), EntityKind.RESOURCE,
                Provider.KUBERNETES, "Kubernetes::ConfigMap", a.key(), Sensitivity.HIGH, Map.of(), Props.cluster(c)
                        .put("namespace", a.namespace()).put("sensitivityReason",
                                "maps AWS roles and users to Kubernetes users and groups (system:masters is admin)").map())));
    }

    /** The entity for "the node a pod is scheduled on" when the export does not say which. */
    static String anyNode(String cluster, KubeDraft draft) {
        String id = KubeIds.node(cluster, KubeIds.ANY_NODE);
        draft.putIfAbsent(new Entity(KubeDraft.id(id), EntityKind.WORKLOAD, Provider.KUBERNETES, "Kubernetes::Node",
                "any node of " + cluster, Sensitivity.NONE, Map.of(), Props.cluster(cluster)
                        .put("classification", "whichever node a pod is scheduled on (nodes not in the export or not chosen)")
                        .map()));
        return id;
    }

    /**
     * Finds the AI agents: a workload is one when its name (or {@code namespace/name}) matches an AI-agent pattern or
     * it is labelled {@code ai-agent: "true"}, or when it runs as a service account whose own name says so. The
     * workload is the agent (what a prompt can steer acts with everything its pods can reach: the service account's
     * token, the node); the service account stays a service account, marked as the agent's identity. A pod or
     * ReplicaSet a listed agent controller owns is part of that agent, not another one. A service account whose name
     * matches but that no workload of the export runs as is the agent itself (an RBAC-only export).
     */
    private void agents() {
        Set<String> candidates = new HashSet<>();
        for (Workload w : cluster.workloads()) {
            KubeObject o = w.object();
            boolean named = matchesAgent(o.key(), o.name()) || "true".equals(w.podLabels().get("ai-agent"))
                    || "true".equals(o.labels().get("ai-agent"));
            String sa = o.namespace() + "/" + w.serviceAccount();
            if (named || (!w.serviceAccount().equals("default") && matchesAgent(sa, w.serviceAccount()))) {
                candidates.add(o.kind() + " " + o.key());
            }
        }
        for (Workload w : cluster.workloads()) {
            KubeObject o = w.object();
            if (!candidates.contains(o.kind() + " " + o.key())) {
                continue;
            }
            Optional<String> owner = ownerAgent(o, candidates);
            String sa = o.namespace() + "/" + w.serviceAccount();
            if (owner.isPresent()) {
                partOf.put(o.kind() + " " + o.key(), owner.get());
            } else {
                agentWorkloads.add(o.kind() + " " + o.key());
                agentOf.merge(sa, o.kind() + " " + o.key(), (a, b) -> a + ", " + b);
            }
        }
    }

    /** The agent controller that owns the object, directly or through its ReplicaSet or Job. */
    private Optional<String> ownerAgent(KubeObject o, Set<String> candidates) {
        KubeObject at = o;
        for (int depth = 0; depth < 3; depth++) {
            Optional<KubeObject> owner = controller(at);
            if (owner.isEmpty()) {
                return Optional.empty();
            }
            at = owner.get();
            String key = at.kind() + " " + at.key();
            if (candidates.contains(key) && controller(at).map(up -> !candidates.contains(up.kind() + " " + up.key())).orElse(true)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private Optional<KubeObject> controller(KubeObject o) {
        for (var owner : o.body().path("metadata").path("ownerReferences")) {
            if (owner.path("controller").asBoolean(false)) {
                String kind = owner.path("kind").asText("");
                String name = owner.path("name").asText("");
                return cluster.in(kind, o.namespace()).stream().filter(x -> x.name().equals(name)).findFirst();
            }
        }
        return Optional.empty();
    }

    private boolean matchesAgent(String key, String name) {
        return aiAgents.stream().anyMatch(p -> p.matcher(key).matches() || p.matcher(name).matches());
    }

    private void serviceAccount(String key, Optional<KubeObject> object) {
        String ns = key.substring(0, key.indexOf('/'));
        String name = key.substring(key.indexOf('/') + 1);
        String runBy = agentOf.get(key);
        boolean agent = runBy == null && !name.equals("default") && matchesAgent(key, name);
        Map<String, String> annotations = object.map(KubeObject::annotations).orElse(Map.of());
        Props props = Props.cluster(cluster.name()).put("namespace", ns).put("serviceAccount", name)
                .put("username", "system:serviceaccount:" + ns + ":" + name)
                .put("awsRoleArn", annotations.getOrDefault(ROLE_ARN, ""))
                .put("gcpServiceAccount", annotations.getOrDefault(GCP_SA, ""))
                .put("azureClientId", annotations.getOrDefault(AZURE_CLIENT, ""))
                .put("sourceFile", object.map(KubeObject::file).orElse(""))
                .put("declared", Boolean.toString(object.isPresent()))
                .put("aiAgent", runBy == null ? "" : runBy)
                .put("classification", runBy != null ? "Kubernetes service account of the AI agent " + runBy + " (the identity its"
                        + " pods run as)" : agent ? "Kubernetes service account whose name matches an AI-agent pattern (no workload"
                        + " in the export runs as it)" : "Kubernetes service account");
        draft.put(new Entity(KubeDraft.id(KubeIds.serviceAccount(cluster.name(), key)),
                agent ? EntityKind.AI_AGENT : EntityKind.SERVICE_ACCOUNT, Provider.KUBERNETES, "Kubernetes::ServiceAccount",
                key, Sensitivity.NONE, object.map(KubeObject::labels).orElse(Map.of()), props.map()));
    }

    private void subject(Authorizer.Subject s) {
        boolean group = s.kind().equals("Group");
        boolean system = s.name().startsWith("system:");
        Optional<UsernameTemplate> template = awsUsers.stream().filter(t -> t.key().equals(s.name())).findFirst();
        boolean aws = s.name().startsWith("arn:") || template.isPresent() || awsUsers.stream().anyMatch(t -> t.matches(s.name()));
        EntityKind kind = group ? EntityKind.GROUP : system || aws ? EntityKind.SERVICE_ACCOUNT : EntityKind.HUMAN;
        String classification = group ? "group named in a binding; authenticated outside the cluster"
                : aws ? "Kubernetes user of an AWS principal (EKS access entry or aws-auth)"
                : (system ? "system user (a Kubernetes component)" : "user") + " named in a binding; authenticated outside the cluster";
        Props props = Props.cluster(cluster.name()).put("classification", classification);
        template.filter(UsernameTemplate::isPattern).ifPresent(t -> props.put("usernameTemplate", t.template())
                .put("perSession", "true").put("classification", "Kubernetes user of an AWS principal, " + t.explain()));
        draft.putIfAbsent(new Entity(KubeDraft.id(s.id()), kind, Provider.KUBERNETES, "Kubernetes::" + s.kind(),
                template.map(UsernameTemplate::displayName).orElse(s.name()), Sensitivity.NONE, Map.of(), props.map()));
    }

    private void workload(Workload w) {
        KubeObject o = w.object();
        String key = o.kind() + " " + o.key();
        boolean agent = agentWorkloads.contains(key);
        Props props = Props.cluster(cluster.name()).put("namespace", o.namespace()).put("serviceAccount", w.serviceAccount())
                .put("nodeName", w.nodeName()).put("privileged", w.privileged() ? "true" : "")
                .put("hostPID", w.hostPid() ? "true" : "").put("hostNetwork", w.hostNetwork() ? "true" : "")
                .put("hostPaths", String.join(",", w.sensitiveHostPaths())).put("sourceFile", o.file())
                .put("aiAgent", agent ? key : partOf.getOrDefault(key, ""))
                .put("classification", agent ? "AI agent: an LLM-backed Kubernetes " + o.kind() + " (name, label or service"
                        + " account matches an AI-agent pattern); it runs as service account " + o.namespace() + "/" + w.serviceAccount()
                        : partOf.containsKey(key) ? "part of the AI agent " + partOf.get(key) : "");
        draft.put(new Entity(KubeDraft.id(KubeIds.object(cluster.name(), o)), agent ? EntityKind.AI_AGENT : EntityKind.WORKLOAD,
                Provider.KUBERNETES, "Kubernetes::" + o.kind(), o.kind() + " " + o.key(), Sensitivity.NONE, w.podLabels(), props.map()));
    }

    private void secret(KubeObject s) {
        Optional<String> matched = sensitive.stream().filter(p -> p.matcher(s.name()).matches()).map(Pattern::pattern).findFirst();
        String type = s.body().path("type").asText("Opaque");
        Sensitivity level = matched.isPresent() ? Sensitivity.CRITICAL : Sensitivity.HIGH;
        String reason = matched.map(p -> "name matches the sensitive pattern " + p).orElse("holds credentials (" + type + ")");
        draft.put(new Entity(KubeDraft.id(KubeIds.object(cluster.name(), s)), EntityKind.RESOURCE, Provider.KUBERNETES,
                "Kubernetes::Secret", s.key(), level, s.labels(), Props.cluster(cluster.name()).put("namespace", s.namespace())
                        .put("type", type).put("serviceAccount", Cluster.tokenSecretAccount(s).orElse(""))
                        .put("sensitivityReason", reason).map()));
    }
}

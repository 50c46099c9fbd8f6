package io.blastwall.importer.kubernetes;

import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Provider;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HAS_POLICY edges from each binding subject to the bound role (informational: the RBAC rules are expanded into
 * escalation edges elsewhere), and the MEMBER_OF edges of service accounts into their implicit groups
 * ({@code system:serviceaccounts}, {@code system:serviceaccounts:<ns>}, {@code system:authenticated}) and of users
 * into {@code system:authenticated}, when those groups are bound to something (catalogue K-E5). Bindings of
 * {@code system:unauthenticated} or {@code system:anonymous} are open to anyone who reaches the API server.
 */
final class RoleEdges {
    private final Cluster cluster;
    private final Authorizer rbac;
    private final KubeDraft draft;

    RoleEdges(Cluster cluster, Authorizer rbac, KubeDraft draft) {
        this.cluster = cluster;
        this.rbac = rbac;
        this.draft = draft;
    }

    void addAll() {
        for (String subject : rbac.subjects().keySet()) {
            for (BoundRules b : rbac.bound(subject)) {
                String[] ref = b.role().split("/", 2);
                if (!ref[0].equals("Role") && !ref[0].equals("ClusterRole")) {
                    continue;
                }
                String role = KubeIds.object(cluster.name(), ref[0], ref[0].equals("Role") ? b.namespace() + "/" + ref[1] : ref[1]);
                draft.putIfAbsent(new Entity(KubeDraft.id(role), EntityKind.POLICY, Provider.KUBERNETES, "Kubernetes::" + ref[0],
                        ref[1], Sensitivity.NONE, Map.of(), Props.cluster(cluster.name())
                                .put("builtIn", "true").put("classification", "bootstrap role, not in the export").map()));
                draft.relate(KubeEdge.of(RelationKind.HAS_POLICY, subject, role, b.allow().grants(), Confidence.PROVEN, "K-E1"));
            }
        }
        String authenticated = KubeIds.group(cluster.name(), "system:authenticated");
        if (draft.entity(authenticated).isPresent()) {
            draft.entities().stream().filter(e -> e.nativeType().equals("Kubernetes::User") && e.property("cluster").equals(cluster.name())
                    && !e.name().equals("system:anonymous"))
                    .map(e -> e.id().value()).toList().forEach(user -> draft.relate(KubeEdge.of(RelationKind.MEMBER_OF, user,
                            authenticated, List.of(), Confidence.PROVEN, "K-E5")));
        }
        for (String anonymous : List.of(KubeIds.group(cluster.name(), "system:unauthenticated"),
                KubeIds.user(cluster.name(), "system:anonymous"))) {
            if (draft.entity(anonymous).isPresent()) {
                draft.relate(KubeEdge.of(RelationKind.CAN_IMPERSONATE, ExposureEdges.internet(cluster, draft), anonymous, List.of(),
                        Confidence.CONDITIONAL, "K-E5").withActions(Set.of("call the API server without credentials"))
                        .withConditions(List.of("anonymous authentication is on (kube-apiserver --anonymous-auth, the default)"
                                + " and the API server is reachable")));
            }
        }
        for (String sa : cluster.serviceAccounts().keySet()) {
            String ns = sa.substring(0, sa.indexOf('/'));
            for (String group : List.of("system:serviceaccounts", "system:serviceaccounts:" + ns, "system:authenticated")) {
                String id = KubeIds.group(cluster.name(), group);
                if (draft.entity(id).isPresent()) {
                    draft.relate(KubeEdge.of(RelationKind.MEMBER_OF, KubeIds.serviceAccount(cluster.name(), sa), id, List.of(),
                            Confidence.PROVEN, "K-E5"));
                }
            }
        }
    }
}

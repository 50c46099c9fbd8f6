package io.blastwall.importer.kubernetes;

/**
 * Escalation and lateral-movement edges from RBAC (catalogue §2.2), per subject: through workloads
 * ({@link WorkloadEdges}), credentials ({@link CredentialEdges}) and cluster-level objects ({@link ClusterEdges}).
 * Bindings a subject could make itself ({@link DerivedBindings}) are counted, so their edges carry the escalation's
 * rule. Cluster-level admin-equivalence (§2.5) is left to {@link AdminRules}.
 */
final class RbacEdges {
    private final Cluster cluster;
    private final Authorizer rbac;
    private final RbacWriter out;

    RbacEdges(Cluster cluster, Authorizer rbac, KubeDraft draft) {
        this.cluster = cluster;
        this.rbac = rbac;
        this.out = new RbacWriter(draft);
    }

    void addAll() {
        WorkloadEdges workloads = new WorkloadEdges(cluster, rbac, out);
        CredentialEdges credentials = new CredentialEdges(cluster, rbac, out);
        ClusterEdges clusterLevel = new ClusterEdges(cluster, rbac, out);
        for (String subject : rbac.subjects().keySet()) {
            for (String ns : cluster.namespaces()) {
                if (!rbac.coversAny(subject, ns)) {
                    continue;
                }
                workloads.add(subject, ns);
                credentials.add(subject, ns);
                clusterLevel.add(subject, ns);
            }
            credentials.impersonateUsersAndGroups(subject);
            clusterLevel.add(subject);
        }
    }
}

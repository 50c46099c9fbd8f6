package io.blastwall.benchmarks;

import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Provider;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic, realistic-looking estate: cloud accounts, each with roles (the first one admin of its account),
 * IAM users with access keys, groups of humans, a cloud service principal, federated CI principals and external
 * accounts trusted by roles, AI agents running as roles; Kubernetes clusters with namespaces, service accounts
 * (some assuming cloud roles) and workloads. Accounts and clusters control the identities in them, roles assume
 * each other (some across accounts), a few can pass roles or change permissions. Access comes from shared
 * policies ({@link PolicyAccess}) and fills the relation budget exactly. The same {@link EstateSize} always gives
 * the same graph.
 */
public final class EstateGenerator {
    private final EstateSize size;
    private final SplittableRandom random;
    private final RelationSink sink = new RelationSink();
    private final Estate estate;

    private EstateGenerator(EstateSize size) {
        this.size = size;
        this.random = new SplittableRandom(size.seed());
        this.estate = new Estate(size, sink, random);
    }

    public static IdentityGraph generate(EstateSize size) {
        return new EstateGenerator(size).build();
    }

    private IdentityGraph build() {
        estate.createEntities();
        cloudRelations();
        peopleRelations();
        kubernetesRelations();
        new PolicyAccess(estate, sink, random).fill(size.relations() - sink.relations());
        return sink.build();
    }

    private void cloudRelations() {
        for (int a = 0; a < size.accounts(); a++) {
            EntityId account = estate.accounts.get(a);
            List<EntityId> roles = estate.roles.get(a);
            for (EntityId identity : estate.controlledIn(a)) {
                sink.relate(account, identity, RelationKind.CONTROLS, List.of(), Confidence.PROVEN, "BENCH-CONTROLS");
            }
            sink.relate(roles.get(0), account, RelationKind.ADMIN_OF,
                    List.of(sink.grant(GrantKind.MANAGED_POLICY_ATTACHMENT, roles.get(0), "AdministratorAccess", "")),
                    Confidence.PROVEN, "BENCH-ADMIN");
            EntityId service = estate.services.get(a);
            for (EntityId role : roles) {
                if (random.nextInt(100) < 40) {
                    assume(service, role, Confidence.PROVEN);
                }
                roleEscalations(a, role);
            }
            for (EntityId user : estate.users.get(a)) {
                int count = 1 + random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    EntityId role = random.nextInt(10) == 0 ? estate.anyRole() : estate.role(a);
                    sink.relate(user, role, RelationKind.CAN_ASSUME, List.of(trust(role, user),
                            sink.grant(GrantKind.INLINE_POLICY, user, "assume " + role.value(), "")),
                            Confidence.PROVEN, "BENCH-ASSUME");
                }
            }
            for (EntityId agent : estate.agents.get(a)) {
                sink.relate(agent, estate.role(a), RelationKind.RUNS_AS,
                        List.of(sink.grant(GrantKind.INSTANCE_PROFILE, agent, "agent runtime role", "2026-11-30")),
                        Confidence.PROVEN, "BENCH-RUNS-AS");
                if (random.nextInt(10) < 3) {
                    assume(agent, estate.role(a), Confidence.CONDITIONAL);
                }
            }
        }
    }

    /** Counts the policy-change relations made, to choose their kind without drawing from {@code random}. */
    private int policyChanges;

    private void roleEscalations(int a, EntityId role) {
        int roll = random.nextInt(100);
        if (roll < 20) {
            assume(role, random.nextInt(4) == 0 ? estate.anyRole() : estate.role(a), Confidence.PROVEN);
        } else if (roll < 25) {
            EntityId target = estate.role(a);
            sink.relate(role, target, RelationKind.CAN_PASS_ROLE,
                    List.of(sink.grant(GrantKind.INLINE_POLICY, role, "iam:PassRole " + target.value(), "")),
                    Confidence.PROVEN, "BENCH-PASS-ROLE");
        } else if (roll < 27) {
            // changing another role's policies is not acting as it (CAN_CHANGE_POLICIES, not followed); one in ten
            // of these takes on the target's permissions instead (CAN_CHANGE_PERMISSIONS), as joining a group does
            EntityId target = estate.role(a);
            boolean takesOn = policyChanges++ % 10 == 0;
            sink.relate(role, target, takesOn ? RelationKind.CAN_CHANGE_PERMISSIONS : RelationKind.CAN_CHANGE_POLICIES,
                    List.of(sink.grant(GrantKind.INLINE_POLICY, role, "iam:AttachRolePolicy", "")),
                    Confidence.PROVEN, "BENCH-ESCALATE");
        } else if (roll < 29 && !estate.users.get(a).isEmpty()) {
            EntityId target = pick(estate.users.get(a));
            sink.relate(role, target, RelationKind.CAN_WRITE_CREDENTIALS,
                    List.of(sink.grant(GrantKind.INLINE_POLICY, role, "iam:CreateAccessKey", "")),
                    Confidence.PROVEN, "BENCH-ESCALATE");
        }
    }

    private void peopleRelations() {
        for (int c = 0; c < estate.credentials.size(); c++) {
            EntityId key = estate.credentials.get(c);
            EntityId owner = c % 10 == 9 ? pick(estate.humans) : pick(estate.users.get(c % size.accounts()));
            sink.relate(key, owner, RelationKind.AUTHENTICATES_AS,
                    List.of(sink.grant(GrantKind.CREDENTIAL, owner, key.value(), c % 3 == 0 ? "" : "2026-11-02")),
                    Confidence.PROVEN, "BENCH-KEY");
        }
        for (EntityId human : estate.humans) {
            int groups = 1 + random.nextInt(2);
            for (int i = 0; i < groups; i++) {
                EntityId group = pick(estate.groups);
                sink.relate(human, group, RelationKind.MEMBER_OF,
                        List.of(sink.grant(GrantKind.GROUP_MEMBERSHIP, human, group.value(), "")),
                        Confidence.PROVEN, "BENCH-MEMBER");
            }
            sink.relate(human, pick(estate.users.get(random.nextInt(size.accounts()))), RelationKind.OWNS,
                    List.of(), Confidence.HEURISTIC, "BENCH-OWNS");
        }
        for (int g = 0; g < estate.groups.size(); g++) {
            for (int i = 0; i < 2; i++) {
                assume(estate.groups.get(g), estate.role(g % size.accounts()), Confidence.PROVEN);
            }
        }
        for (EntityId federated : estate.federated) {
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                assume(federated, estate.anyRole(), Confidence.CONDITIONAL);
            }
        }
        for (EntityId external : estate.externals) {
            assume(external, estate.anyRole(), Confidence.CONDITIONAL);
        }
    }

    private void kubernetesRelations() {
        for (int k = 0; k < size.clusters(); k++) {
            EntityId cluster = estate.clusters.get(k);
            List<EntityId> accounts = estate.clusterServiceAccounts(k);
            for (EntityId account : accounts) {
                sink.relate(cluster, account, RelationKind.CONTROLS, List.of(), Confidence.PROVEN, "BENCH-CONTROLS");
            }
            if (!accounts.isEmpty()) {
                sink.relate(accounts.get(0), cluster, RelationKind.ADMIN_OF,
                        List.of(sink.grant(GrantKind.ROLE_BINDING, accounts.get(0), "cluster-admin", "")),
                        Confidence.PROVEN, "BENCH-ADMIN");
            }
        }
        for (int s = 0; s < estate.podAccounts.size(); s++) {
            EntityId account = estate.podAccounts.get(s);
            int roll = random.nextInt(100);
            if (roll < 20) {
                assume(account, estate.anyRole(), Confidence.CONDITIONAL);
            } else if (roll < 22) {
                EntityId other = pick(estate.namespaceAccounts(estate.namespaceOfAccount(s)));
                sink.relate(account, other, RelationKind.CAN_IMPERSONATE,
                        List.of(sink.grant(GrantKind.ROLE_BINDING, account, "impersonate", "")),
                        Confidence.PROVEN, "BENCH-IMPERSONATE");
            }
        }
        for (int w = 0; w < estate.workloads.size(); w++) {
            EntityId workload = estate.workloads.get(w);
            List<EntityId> candidates = estate.namespaceAccounts(w % estate.namespaces.size());
            if (!candidates.isEmpty()) {
                sink.relate(workload, pick(candidates), RelationKind.RUNS_AS,
                        List.of(sink.grant(GrantKind.OTHER, workload, "pod serviceAccountName", "")),
                        Confidence.PROVEN, "BENCH-RUNS-AS");
            }
        }
    }

    private void assume(EntityId from, EntityId role, Confidence confidence) {
        sink.relate(from, role, RelationKind.CAN_ASSUME, List.of(trust(role, from)), confidence, "BENCH-ASSUME");
    }

    private GrantId trust(EntityId role, EntityId principal) {
        return sink.grant(GrantKind.TRUST_STATEMENT, role, principal.value(), "");
    }

    private EntityId pick(List<EntityId> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    /** Entity ids of the estate by kind and place; identities are dealt round robin over accounts and namespaces. */
    static final class Estate {
        final List<EntityId> accounts = new ArrayList<>();
        final List<List<EntityId>> roles = new ArrayList<>();
        final List<List<EntityId>> users = new ArrayList<>();
        final List<List<EntityId>> agents = new ArrayList<>();
        final List<List<EntityId>> groupsByAccount = new ArrayList<>();
        final List<List<EntityId>> accountResources = new ArrayList<>();
        final List<EntityId> services = new ArrayList<>();
        final List<EntityId> credentials = new ArrayList<>();
        final List<EntityId> humans = new ArrayList<>();
        final List<EntityId> groups = new ArrayList<>();
        final List<EntityId> federated = new ArrayList<>();
        final List<EntityId> externals = new ArrayList<>();
        final List<EntityId> clusters = new ArrayList<>();
        final List<EntityId> namespaces = new ArrayList<>();
        final List<List<EntityId>> namespaceResources = new ArrayList<>();
        final List<List<EntityId>> namespaceAccountLists = new ArrayList<>();
        final List<EntityId> podAccounts = new ArrayList<>();
        final List<EntityId> workloads = new ArrayList<>();
        private final EstateSize size;
        private final RelationSink sink;
        private final SplittableRandom random;

        Estate(EstateSize size, RelationSink sink, SplittableRandom random) {
            this.size = size;
            this.sink = sink;
            this.random = random;
        }

        void createEntities() {
            new EstateEntities(this, size, sink, random).create();
        }

        EntityId role(int account) {
            List<EntityId> list = roles.get(account);
            return list.size() == 1 || random.nextInt(100) == 0 ? list.get(0) : list.get(1 + random.nextInt(list.size() - 1));
        }

        EntityId anyRole() {
            return role(random.nextInt(accounts.size()));
        }

        List<EntityId> controlledIn(int account) {
            List<EntityId> all = new ArrayList<>(roles.get(account));
            all.addAll(users.get(account));
            all.addAll(agents.get(account));
            return all;
        }

        List<EntityId> clusterServiceAccounts(int cluster) {
            List<EntityId> all = new ArrayList<>();
            for (int n = cluster * EstateSize.NAMESPACES_PER_CLUSTER; n < (cluster + 1) * EstateSize.NAMESPACES_PER_CLUSTER; n++) {
                all.addAll(namespaceAccountLists.get(n));
            }
            return all;
        }

        List<EntityId> namespaceAccounts(int namespace) {
            return namespaceAccountLists.get(namespace);
        }

        int namespaceOfAccount(int podAccount) {
            return podAccount % namespaces.size();
        }

        Sensitivity sensitivity() {
            int roll = random.nextInt(1000);
            return roll < 2 ? Sensitivity.CRITICAL : roll < 22 ? Sensitivity.HIGH : roll < 122 ? Sensitivity.MEDIUM
                    : roll < 600 ? Sensitivity.LOW : Sensitivity.NONE;
        }

        static String id(Provider provider, String place, String kind, int n) {
            return provider.name().toLowerCase(java.util.Locale.ROOT) + ":" + place + "/" + kind + "-" + RelationSink.padded(n, 6);
        }
    }
}

package io.blastwall.benchmarks;

import io.blastwall.benchmarks.EstateGenerator.Estate;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.Provider;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Access through shared policies. Every account has {@value #POLICIES_PER_ACCOUNT} customer-managed policies and
 * every namespace one RBAC role; each covers a window of its place's resources with one access level. Roles
 * attach 1–4 policies, IAM users 0–2, groups 1–2, AI agents 1, most Kubernetes service accounts their
 * namespace's role. An attachment is a grant: a {@code HAS_POLICY} relation and one {@code CAN_ACCESS} relation
 * per covered resource, all needing it. Policy sizes are log-normal, scaled so that the access relations fill the
 * budget; whatever is left goes to inline policies of roles, so the estate has exactly the relations asked for.
 */
final class PolicyAccess {
    static final int POLICIES_PER_ACCOUNT = 30;
    private static final int INLINE_SIZE = 200;

    private final Estate estate;
    private final RelationSink sink;
    private final SplittableRandom random;
    private final List<Policy> policies = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private int policyCount;

    private record Policy(EntityId id, List<EntityId> scope, int start, double weight, AccessLevel level,
            Set<String> actions, int[] size) {}

    private record Attachment(EntityId holder, Policy policy, GrantId grant) {}

    PolicyAccess(Estate estate, RelationSink sink, SplittableRandom random) {
        this.estate = estate;
        this.sink = sink;
        this.random = random;
    }

    /** Adds exactly {@code budget} relations (fewer only when the estate has no room for more). */
    void fill(int budget) {
        createPolicies();
        attachAll();
        int remaining = budget;
        for (Attachment a : attachments) {
            if (remaining > 0) {
                sink.relate(a.holder, a.policy.id, RelationKind.HAS_POLICY, List.of(a.grant), Confidence.PROVEN, "BENCH-POLICY");
                remaining--;
            }
        }
        size(remaining);
        for (Attachment a : attachments) {
            remaining -= cover(a.holder, a.policy, a.policy.size[0], List.of(a.grant), remaining);
        }
        for (int i = 0; remaining > 0 && i < 10 * estate.accounts.size() * INLINE_SIZE; i++) {
            int account = i % estate.accounts.size();
            EntityId role = estate.role(account);
            Policy inline = policy(role, estate.accountResources.get(account));
            GrantId grant = sink.grant(GrantKind.INLINE_POLICY, role, inline.id.value(), "");
            remaining -= cover(role, inline, Math.min(INLINE_SIZE, inline.scope.size()), List.of(grant), remaining);
        }
    }

    private void createPolicies() {
        for (int a = 0; a < estate.accounts.size(); a++) {
            for (int p = 0; p < POLICIES_PER_ACCOUNT; p++) {
                policies.add(policy(estate.accounts.get(a), estate.accountResources.get(a)));
            }
        }
        for (int n = 0; n < estate.namespaces.size(); n++) {
            policies.add(policy(estate.namespaces.get(n), estate.namespaceResources.get(n)));
        }
    }

    private Policy policy(EntityId place, List<EntityId> scope) {
        String id = place.value() + "/policy-" + RelationSink.padded(policyCount++, 6);
        Provider provider = place.value().startsWith("k8s:") ? Provider.KUBERNETES : Provider.AWS;
        EntityId entity = sink.entity(id, EntityKind.POLICY, provider,
                provider == Provider.AWS ? "AWS::IAM::ManagedPolicy" : "Kubernetes::Role", Sensitivity.NONE).id();
        AccessLevel level = level();
        return new Policy(entity, scope, random.nextInt(scope.size()), Math.exp(random.nextGaussian()), level,
                Set.of(provider == Provider.AWS ? "svc:" + level.name() : "k8s:" + level.name()), new int[1]);
    }

    private AccessLevel level() {
        int roll = random.nextInt(100);
        return roll < 10 ? AccessLevel.LIST : roll < 60 ? AccessLevel.READ : roll < 90 ? AccessLevel.WRITE
                : roll < 95 ? AccessLevel.PERMISSIONS_MANAGEMENT : AccessLevel.ADMIN;
    }

    private void attachAll() {
        int accounts = estate.accounts.size();
        for (int a = 0; a < accounts; a++) {
            List<EntityId> roles = estate.roles.get(a);
            for (int r = 1; r < roles.size(); r++) {
                attach(roles.get(r), a, 1 + random.nextInt(4));
            }
            for (EntityId user : estate.users.get(a)) {
                int roll = random.nextInt(10);
                attach(user, a, roll < 2 ? 0 : roll < 8 ? 1 : 2);
            }
            for (EntityId agent : estate.agents.get(a)) {
                attach(agent, a, 1);
            }
        }
        for (int g = 0; g < estate.groups.size(); g++) {
            attach(estate.groups.get(g), g % accounts, 1 + random.nextInt(2));
        }
        int namespaceBase = accounts * POLICIES_PER_ACCOUNT;
        for (int s = 0; s < estate.podAccounts.size(); s++) {
            if (random.nextInt(10) < 7) {
                add(estate.podAccounts.get(s), policies.get(namespaceBase + estate.namespaceOfAccount(s)),
                        GrantKind.ROLE_BINDING);
            }
        }
    }

    private void attach(EntityId holder, int account, int count) {
        for (int i = 0; i < count; i++) {
            add(holder, policies.get(account * POLICIES_PER_ACCOUNT + random.nextInt(POLICIES_PER_ACCOUNT)),
                    GrantKind.MANAGED_POLICY_ATTACHMENT);
        }
    }

    private void add(EntityId holder, Policy policy, GrantKind kind) {
        String lastUsed = random.nextInt(3) == 0 ? "" : "2026-11-" + RelationSink.padded(1 + random.nextInt(28), 2);
        attachments.add(new Attachment(holder, policy, sink.grant(kind, holder, policy.id.value(), lastUsed)));
    }

    /** Sets each policy's size so that the attachments' access relations come close to {@code budget}. */
    private void size(int budget) {
        double weighted = 0;
        for (Attachment a : attachments) {
            weighted += a.policy.weight;
        }
        double scale = 0.98 * budget / Math.max(1, weighted);
        for (int round = 0; round < 8; round++) {
            long total = 0;
            for (Policy p : policies) {
                p.size[0] = (int) Math.min(p.scope.size(), Math.max(1, Math.round(p.weight * scale)));
            }
            for (Attachment a : attachments) {
                total += a.policy.size[0];
            }
            if (total <= budget && total >= 0.9 * budget) {
                return;
            }
            scale *= 0.98 * budget / Math.max(1, total);
        }
    }

    private int cover(EntityId holder, Policy policy, int count, List<GrantId> needs, int remaining) {
        int n = Math.min(count, remaining);
        for (int k = 0; k < n; k++) {
            EntityId resource = policy.scope.get((policy.start + k) % policy.scope.size());
            sink.access(holder, resource, policy.level, policy.actions, needs);
        }
        return n;
    }
}

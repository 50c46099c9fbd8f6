package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.Allowance;
import io.blastwall.importer.aws.policy.EffectivePermissions;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Escalation relations from IAM manipulation rules ({@link TargetRule}): CAN_CHANGE_PERMISSIONS, CAN_WRITE_CREDENTIALS
 * and CAN_ASSUME through {@code iam:UpdateAssumeRolePolicy}. IAM permissions act within the caller's account, so
 * only that account's users, roles, groups and policies are candidates, and a rule is only checked target by target
 * for principals allowed its action on some resource. Admin-equivalent principals (proven or conditional) are skipped:
 * their ADMIN_OF relation to the account, which CONTROLS its identities, already says they can do all of this (and
 * listing it per identity would be quadratic: 1% of 12,000 principals with {@code *} gave 750,000 relations).
 */
final class EscalationRules {
    private final Map<String, PrincipalPermissions> principals;
    private final TargetIndex targets;
    private final GraphDraft draft;

    EscalationRules(AwsInventory inventory, Map<String, PrincipalPermissions> principals, GraphDraft draft) {
        this.principals = principals;
        this.targets = new TargetIndex(inventory, principals);
        this.draft = draft;
    }

    void addAll(Set<String> admins) {
        for (PrincipalPermissions p : principals.values()) {
            if (admins.contains(p.arn()) || !p.permissions().mayAllowService("iam")) {
                continue;
            }
            for (TargetRule rule : TargetRule.ALL) {
                apply(p, rule);
            }
        }
    }

    private void apply(PrincipalPermissions p, TargetRule rule) {
        Map<String, List<String>> keys = rule.attachesPolicy()
                ? Map.of("iam:PolicyARN", List.of(AdminDetector.adminPolicyArn(p.arn())))
                : Map.of();
        EffectivePermissions.ResourceDecisions decisions = p.permissions().forResources(rule.action(), keys);
        if (decisions.noneAllowed() || !p.permissions().evaluate(rule.action(), "*", keys).isAllowed()) {
            return;
        }
        for (Target target : candidates(p, rule)) {
            if (target.entity().equals(p.arn())) {
                continue;
            }
            for (Allowance a : decisions.evaluate(target.resource()).allowances()) {
                List<GrantId> grants = new ArrayList<>(a.grants());
                grants.addAll(target.grants());
                draft.relate(new Edge(rule.kind(), EntityId.of(p.arn()), EntityId.of(target.entity()), AccessLevel.NONE,
                        Set.of(rule.action()), grants, a.confidence(), rule.rule(), a.conditions(), a.evidence()));
            }
        }
    }

    /** The targets whose resource one of the caller's statements for the action may name: looked up when all are named. */
    private List<Target> candidates(PrincipalPermissions p, TargetRule rule) {
        Optional<Set<String>> named = ResourceFilter.namedOnly(p.permissions(), rule.action());
        if (named.isEmpty()) {
            return targets.targets(p.account(), rule.targets());
        }
        List<Target> out = new ArrayList<>();
        named.get().forEach(resource -> out.addAll(targets.byResource(p.account(), rule.targets(), resource)));
        return out;
    }
}

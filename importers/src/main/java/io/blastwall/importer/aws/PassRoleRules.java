package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.Allowance;
import io.blastwall.importer.aws.policy.ConditionEvaluator;
import io.blastwall.importer.aws.policy.ConditionResult;
import io.blastwall.importer.aws.policy.Decision;
import io.blastwall.importer.aws.policy.RequestContext;
import io.blastwall.importer.aws.policy.Statement;
import io.blastwall.importer.aws.policy.Tri;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CAN_PASS_ROLE relations (catalogue §1.4): the caller may pass role R to service S ({@code iam:PassRole} on R with
 * {@code iam:PassedToService}), may create and run S's resources, and R's trust names S. Every grant involved is on
 * the relation: the caller's allowing policies, R's trust statement for S and, for EC2, R's instance profile.
 * Proven admin-equivalent callers are skipped, as in {@link EscalationRules}.
 */
final class PassRoleRules {
    private static final int MAX_COMBINATIONS = 16;

    /** A role whose trust lets a rule's service assume it. */
    private record ServiceTrust(IamRole role, PassRoleRule rule, GrantId trustGrant, List<String> conditions,
            Optional<InstanceProfile> profile) {}

    private final Map<String, PrincipalPermissions> principals;
    private final List<ServiceTrust> trusts = new ArrayList<>();
    private final GraphDraft draft;

    PassRoleRules(AwsInventory inventory, Map<String, PrincipalPermissions> principals, GraphDraft draft) {
        this.principals = principals;
        this.draft = draft;
        inventory.roles().forEach(this::index);
    }

    private void index(IamRole role) {
        for (Statement s : role.trust().map(t -> t.statements()).orElse(List.of())) {
            if (!s.isAllow() || s.notPrincipal() || !s.matchesAction("sts:AssumeRole")) {
                continue;
            }
            ConditionResult c = ConditionEvaluator.evaluate(s.conditions(), RequestContext.empty());
            if (c.value() == Tri.FALSE) {
                continue;
            }
            for (String service : s.principals().getOrDefault("Service", List.of())) {
                for (PassRoleRule rule : PassRoleRule.ALL) {
                    if (!rule.servicePrincipals().contains(service.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    GrantId grant = Ids.trust(role.arn(), s.index(), service);
                    if (!rule.needsInstanceProfile()) {
                        trusts.add(new ServiceTrust(role, rule, grant, c.unresolved(), Optional.empty()));
                    }
                    for (InstanceProfile p : rule.needsInstanceProfile() ? role.instanceProfiles() : List.<InstanceProfile>of()) {
                        trusts.add(new ServiceTrust(role, rule, grant, c.unresolved(), Optional.of(p)));
                    }
                }
            }
        }
    }

    void addAll(Set<String> admins) {
        for (PrincipalPermissions p : principals.values()) {
            if (admins.contains(p.arn()) || !p.permissions().mayAllowService("iam")) {
                continue;
            }
            for (ServiceTrust t : trusts) {
                if (t.role().account().equals(p.account()) && !t.role().arn().equals(p.arn())) {
                    apply(p, t);
                }
            }
        }
    }

    private void apply(PrincipalPermissions p, ServiceTrust t) {
        Decision pass = p.permissions().evaluate("iam:PassRole", t.role().arn(),
                Map.of("iam:PassedToService", List.of(t.rule().passedToService())));
        if (!pass.isAllowed()) {
            return;
        }
        Map<String, List<String>> keys = t.profile().map(ip -> Map.of("ec2:InstanceProfile", List.of(ip.arn()))).orElse(Map.of());
        List<Allowance> combinations = new ArrayList<>(pass.allowances());
        Set<String> actions = new LinkedHashSet<>(List.of("iam:PassRole"));
        for (List<String> group : t.rule().actionGroups()) {
            Optional<Step> step = firstAllowed(p, group, keys);
            if (step.isEmpty()) {
                return;
            }
            actions.add(step.get().action());
            combinations = combine(combinations, step.get().decision().allowances());
        }
        for (Allowance a : combinations) {
            List<GrantId> grants = new ArrayList<>(a.grants());
            grants.add(t.trustGrant());
            t.profile().ifPresent(ip -> grants.add(Ids.instanceProfile(ip.arn(), t.role().arn())));
            List<String> conditions = new ArrayList<>(a.conditions());
            conditions.addAll(t.conditions());
            Confidence confidence = t.conditions().isEmpty() ? a.confidence() : a.confidence().weakest(Confidence.CONDITIONAL);
            draft.relate(new Edge(RelationKind.CAN_PASS_ROLE, EntityId.of(p.arn()), EntityId.of(t.role().arn()),
                    AccessLevel.NONE, actions, grants, confidence, t.rule().rule(), conditions));
        }
    }

    private record Step(String action, Decision decision) {}

    private static Optional<Step> firstAllowed(PrincipalPermissions p, List<String> group, Map<String, List<String>> keys) {
        for (String action : group) {
            Decision d = p.permissions().evaluate(action, "*", keys);
            if (d.isAllowed()) {
                return Optional.of(new Step(action, d));
            }
        }
        return Optional.empty();
    }

    /** Every pairing of the alternatives so far with the next step's, each needing the grants of both. */
    private static List<Allowance> combine(List<Allowance> left, List<Allowance> right) {
        List<Allowance> out = new ArrayList<>();
        for (Allowance a : left) {
            for (Allowance b : right) {
                if (out.size() < MAX_COMBINATIONS) {
                    out.add(both(a, b));
                }
            }
        }
        return out;
    }

    static Allowance both(Allowance a, Allowance b) {
        List<GrantId> grants = new ArrayList<>(a.grants());
        b.grants().stream().filter(g -> !grants.contains(g)).forEach(grants::add);
        List<String> conditions = new ArrayList<>(a.conditions());
        b.conditions().stream().filter(c -> !conditions.contains(c)).forEach(conditions::add);
        List<Statement> statements = new ArrayList<>(a.statements());
        statements.addAll(b.statements());
        return new Allowance(grants, a.confidence().weakest(b.confidence()), conditions, statements,
                a.label() + " and " + b.label());
    }
}

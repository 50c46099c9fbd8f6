package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.Allowance;
import io.blastwall.importer.aws.policy.ConditionEvaluator;
import io.blastwall.importer.aws.policy.ConditionResult;
import io.blastwall.importer.aws.policy.Decision;
import io.blastwall.importer.aws.policy.EffectivePermissions;
import io.blastwall.importer.aws.policy.RequestContext;
import io.blastwall.importer.aws.policy.Statement;
import io.blastwall.importer.aws.policy.StatementEvidence;
import io.blastwall.importer.aws.policy.Tri;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.Evidence;
import io.blastwall.model.GrantId;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * CAN_PASS_ROLE relations (catalogue §1.4): the caller may pass role R to service S ({@code iam:PassRole} on R with
 * {@code iam:PassedToService}), may create and run S's resources, and R's trust names S. Every grant involved is on
 * the path: the caller's allowing policies, R's trust statement for S and, for EC2, R's instance profile.
 *
 * <p>A caller that may pass <em>every</em> role of its account to S gets one relation to the service entity of that
 * account ({@code lambda.amazonaws.com@111122223333}), which already CAN_ASSUME each role trusting it (with the
 * trust grant): a CI role with {@code iam:PassRole} on {@code *} would otherwise need one relation per role. For EC2,
 * where only roles in an instance profile can be used, such a caller gets one relation to the account's instance
 * profiles entity ({@code ec2.amazonaws.com/instance-profile@111122223333}), which CAN_ASSUME each of them (with the
 * trust and the profile grants); other callers get one relation per role. Admin-equivalent callers (proven or
 * conditional) are skipped, as in {@link EscalationRules}.
 *
 * <p>Rules that act on a resource that already runs as a role ({@link PassRoleRule#passRole()} false: update a
 * function's code, send an SSM command) cannot name the role, since the exports list no functions or instances: a
 * caller allowed their actions on every resource gets one heuristic relation to the service entity of its account
 * (for EC2, to the instance profiles entity, or for SSM to the managed instances entity, which can assume each role in
 * an instance profile that may use the agent's channel), the rule's assumption recorded as a condition.
 */
final class PassRoleRules {
    private static final int MAX_COMBINATIONS = 16;

    /** A role whose trust lets a rule's service assume it. */
    private record ServiceTrust(IamRole role, PassRoleRule rule, String service, GrantId trustGrant,
            List<String> conditions, Optional<InstanceProfile> profile, Statement statement) {
        /** The role's trust statement that names the service. */
        List<Evidence> evidence() {
            return List.of(StatementEvidence.allowing(role.info().file(), statement));
        }
    }

    private final AwsInventory inventory;
    private final Map<String, PrincipalPermissions> principals;
    /** Account → "rule service" → the roles of the account whose trust lets the service assume them. */
    private final Map<String, Map<String, List<ServiceTrust>>> trustsByAccount = new HashMap<>();
    private final GraphDraft draft;
    /** Rules whose service needs its service-linked role in the account, by rule id. */
    private static final Map<String, String> SERVICE_LINKED = Map.of("AWS-ECS-01", "ecs.amazonaws.com",
            "AWS-ASG-01", "autoscaling.amazonaws.com", "AWS-ASG-02", "autoscaling.amazonaws.com");
    /** "account service" for each service-linked role in the export. */
    private final Set<String> serviceLinked = new java.util.HashSet<>();
    /** The instance profile entities whose CAN_ASSUME relations are made. */
    private final Set<String> hubs = new java.util.HashSet<>();
    /** Each list of trusts in {@link #trustsByAccount}, by lower-case role ARN, built when first needed. */
    private final Map<List<ServiceTrust>, NavigableMap<String, List<ServiceTrust>>> sortedTrusts = new java.util.IdentityHashMap<>();

    PassRoleRules(AwsInventory inventory, Map<String, PrincipalPermissions> principals, GraphDraft draft) {
        this.inventory = inventory;
        this.principals = principals;
        this.draft = draft;
        inventory.roles().forEach(this::index);
        inventory.roles().forEach(role -> {
            String path = role.info().path().toLowerCase(Locale.ROOT);
            if (path.startsWith("/aws-service-role/")) {
                serviceLinked.add(role.account() + " " + path.substring("/aws-service-role/".length()).replace("/", ""));
            }
        });
    }

    /**
     * What a rule's service-linked role adds to a relation (catalogue AWS-ECS-01, AWS-ASG-01/02): nothing when the
     * rule needs none or the export has it; the caller's permission to create it ({@code iam:CreateServiceLinkedRole}
     * with {@code iam:AWSServiceName}), which the relation then also rests on; else a condition that it exists (an
     * export can leave service-linked roles out).
     */
    private record ServiceLinkedRole(Optional<Allowance> creation, Optional<String> assumed) {
        static final ServiceLinkedRole NOT_NEEDED = new ServiceLinkedRole(Optional.empty(), Optional.empty());
    }

    private ServiceLinkedRole serviceLinkedRole(PrincipalPermissions p, ServiceTrust t) {
        String service = SERVICE_LINKED.get(t.rule().rule());
        if (service == null || serviceLinked.contains(p.account() + " " + service)) {
            return ServiceLinkedRole.NOT_NEEDED;
        }
        String arn = "arn:" + Arn.partitionOf(p.arn()) + ":iam::" + p.account() + ":role/aws-service-role/" + service + "/*";
        Decision create = p.permissions().evaluate("iam:CreateServiceLinkedRole", arn,
                Map.of("iam:AWSServiceName", List.of(service)));
        if (create.isAllowed()) {
            return new ServiceLinkedRole(create.allowances().stream().findFirst(), Optional.empty());
        }
        return new ServiceLinkedRole(Optional.empty(), Optional.of("assumes the " + service + " service-linked role exists:"
                + " it is not in the export and the caller may not create it (iam:CreateServiceLinkedRole)"));
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
                String lower = service.toLowerCase(Locale.ROOT);
                GrantId grant = Ids.trust(role.arn(), s.index(), service);
                for (PassRoleRule rule : PassRoleRule.ALL) {
                    Optional<List<String>> may = rule.servicePrincipals().contains(lower) ? roleMay(role, rule) : Optional.empty();
                    if (may.isEmpty() || rule.profile() == PassRoleRule.Profile.ABSENT && !role.instanceProfiles().isEmpty()) {
                        continue;
                    }
                    List<String> conditions = new ArrayList<>(c.unresolved());
                    conditions.addAll(may.get());
                    if (!rule.needsInstanceProfile()) {
                        add(new ServiceTrust(role, rule, lower, grant, conditions, Optional.empty(), s));
                    }
                    for (InstanceProfile p : rule.needsInstanceProfile() ? role.instanceProfiles() : List.<InstanceProfile>of()) {
                        add(new ServiceTrust(role, rule, lower, grant, conditions, Optional.of(p), s));
                    }
                }
            }
        }
    }

    /**
     * Whether the role itself is allowed what the rule needs of it (the SSM agent's channel, for AWS-SSM-01/02): empty
     * when it is not; no conditions when it is; a condition when only an AWS-managed policy the export does not hold
     * could allow it (such as AmazonSSMManagedInstanceCore), which is then assumed and said.
     */
    private Optional<List<String>> roleMay(IamRole role, PassRoleRule rule) {
        if (rule.roleNeeds().isEmpty()) {
            return Optional.of(List.of());
        }
        PrincipalPermissions own = principals.get(role.arn());
        if (own != null && rule.roleNeeds().stream().allMatch(a -> own.permissions().evaluate(a, "*").isAllowed())) {
            return Optional.of(List.of());
        }
        if (own != null && rule.roleNeeds().stream().anyMatch(a -> own.permissions().evaluate(a, "*").isExplicitlyDenied())) {
            return Optional.empty();
        }
        List<String> missing = role.attached().stream().map(PolicyAttachment::policyArn)
                .filter(arn -> inventory.policy(arn).flatMap(ManagedPolicy::document).isEmpty()).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of("assumes the role is allowed " + String.join(", ", rule.roleNeeds()) + " by "
                + String.join(", ", missing) + ", whose document is not in the export"));
    }

    private void add(ServiceTrust trust) {
        trustsByAccount.computeIfAbsent(trust.role().account(), k -> new LinkedHashMap<>())
                .computeIfAbsent(trust.rule().key(trust.service()), k -> new ArrayList<>()).add(trust);
    }

    /**
     * Roles are found through the index of roles by trusted service; for each, the caller's PassRole statements are
     * matched against the role ARN ({@link EffectivePermissions#forResources}), and the service's own steps are
     * evaluated once per caller and rule (once per instance profile only when a condition could tell them apart).
     */
    void addAll(Set<String> admins) {
        for (PrincipalPermissions p : principals.values()) {
            Map<String, List<ServiceTrust>> byRule = trustsByAccount.getOrDefault(p.account(), Map.of());
            if (byRule.isEmpty() || admins.contains(p.arn())) {
                continue;
            }
            boolean iam = p.permissions().mayAllowService("iam");
            Map<String, EffectivePermissions.ResourceDecisions> passTo = new HashMap<>();
            for (List<ServiceTrust> trusts : byRule.values()) {
                ServiceTrust first = trusts.get(0);
                if (!first.rule().passRole()) {
                    useExisting(p, trusts);
                    continue;
                }
                if (!iam) {
                    continue;
                }
                EffectivePermissions.ResourceDecisions pass = passTo.computeIfAbsent(first.service(), service ->
                        p.permissions().forResources("iam:PassRole", Map.of("iam:PassedToService", List.of(service))));
                if (pass.noneAllowed() || !mayUse(p, first)) {
                    continue;
                }
                boolean keysMatter = first.rule().actionGroups().stream().flatMap(List::stream)
                        .anyMatch(a -> p.permissions().hasConditions(a));
                if (first.profile().isEmpty() ? passesEveryRole(p, first) : !keysMatter && passesEveryProfile(p, trusts)) {
                    continue;
                }
                Map<Decision, Map<Map<String, List<String>>, Optional<Path>>> paths = new java.util.IdentityHashMap<>();
                for (ServiceTrust t : candidates(trusts, p.permissions().allowedResourcePatterns("iam:PassRole"))) {
                    if (t.role().arn().equals(p.arn())) {
                        continue;
                    }
                    Decision d = pass.evaluate(t.role().arn());
                    if (!d.isAllowed()) {
                        continue;
                    }
                    Map<String, List<String>> keys = keysMatter
                            ? t.profile().map(ip -> Map.of("ec2:InstanceProfile", List.of(ip.arn()))).orElse(Map.of())
                            : Map.of();
                    Optional<Path> path = paths.computeIfAbsent(d, k -> new HashMap<>())
                            .computeIfAbsent(keys, k -> path(p, t, d, k));
                    List<GrantId> extra = new ArrayList<>(List.of(t.trustGrant()));
                    t.profile().ifPresent(ip -> extra.add(Ids.instanceProfile(ip.arn(), t.role().arn())));
                    path.ifPresent(x -> relate(p, t.role().arn(), t, x, extra, t.conditions()));
                }
            }
        }
    }

    /**
     * The trusts whose role ARN one of the PassRole resource patterns may match, found by the literal start of each
     * pattern (up to its first wildcard) in the roles sorted by lower-case ARN; the evaluator then decides each.
     */
    private Collection<ServiceTrust> candidates(List<ServiceTrust> trusts, List<String> patterns) {
        NavigableMap<String, List<ServiceTrust>> sorted = sortedTrusts.computeIfAbsent(trusts, t -> {
            NavigableMap<String, List<ServiceTrust>> map = new TreeMap<>();
            t.forEach(x -> map.computeIfAbsent(x.role().arn().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(x));
            return map;
        });
        List<ServiceTrust> out = new ArrayList<>();
        Set<ServiceTrust> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String pattern : patterns) {
            String lower = pattern.toLowerCase(Locale.ROOT);
            int wildcard = firstWildcard(lower);
            if (wildcard == 0) {
                return trusts;
            }
            if (wildcard < 0) {
                sorted.getOrDefault(lower, List.of()).stream().filter(seen::add).forEach(out::add);
            } else {
                String prefix = lower.substring(0, wildcard);
                sorted.subMap(prefix, true, prefix + Character.MAX_VALUE, true).values()
                        .forEach(list -> list.stream().filter(seen::add).forEach(out::add));
            }
        }
        return out;
    }

    private static int firstWildcard(String pattern) {
        int star = pattern.indexOf('*');
        int question = pattern.indexOf('?');
        return star < 0 ? question : question < 0 ? star : Math.min(star, question);
    }

    /**
     * A cheap test, once per caller, rule and service, before any role is looked at: the caller may pass some role to
     * the service and, unless the rule's actions depend on the role (EC2's instance profile), use each of its steps.
     */
    private static boolean mayUse(PrincipalPermissions p, ServiceTrust t) {
        if (!p.permissions().evaluate("iam:PassRole", "*", Map.of("iam:PassedToService", List.of(t.service()))).isAllowed()) {
            return false;
        }
        return t.rule().needsInstanceProfile() || t.rule().actionGroups().stream()
                .allMatch(group -> group.stream().anyMatch(a -> p.permissions().evaluate(a, "*").isAllowed()));
    }

    /**
     * An existing-resource rule: a caller allowed its actions on every resource gets one heuristic relation to the
     * roles the service can run as in its account (the service entity, or for EC2 the account's instance profiles,
     * or those whose role may use the SSM agent's channel); the rule's assumption is recorded as a condition.
     */
    private void useExisting(PrincipalPermissions p, List<ServiceTrust> trusts) {
        ServiceTrust first = trusts.get(0);
        boolean everywhere = first.rule().actionGroups().stream()
                .allMatch(group -> group.stream().anyMatch(a -> p.permissions().evaluateAll(a, "*").isAllowed()));
        if (!everywhere) {
            return;
        }
        Optional<Path> path = path(p, first, null, Map.of());
        if (path.isEmpty()) {
            return;
        }
        String target;
        if (first.profile().isEmpty()) {
            target = TrustedEntities.serviceId(first.service(), p.account());
        } else if (first.rule().roleNeeds().isEmpty()) {
            target = instanceProfiles(p.account(), trusts);
        } else {
            target = managedInstances(p.account(), trusts);
        }
        relate(p, target, first, path.get(), List.of(), List.of());
    }

    /** The relation to the service entity, when the caller may pass every role of its account to the service. */
    private boolean passesEveryRole(PrincipalPermissions p, ServiceTrust t) {
        String everyRole = "arn:" + Arn.partitionOf(p.arn()) + ":iam::" + p.account() + ":role/*";
        Decision pass = p.permissions().evaluateAll("iam:PassRole", everyRole, Map.of("iam:PassedToService", List.of(t.service())));
        if (!pass.isAllowed()) {
            return false;
        }
        Optional<Path> path = path(p, t, pass, Map.of());
        path.ifPresent(x -> relate(p, TrustedEntities.serviceId(t.service(), p.account()), t, x, List.of(), List.of()));
        return path.isPresent();
    }

    /**
     * For EC2: when the caller may pass every role of its account to EC2 and launch with any instance profile (no
     * condition of its could tell profiles apart), one relation to the account's instance profiles entity, which
     * CAN_ASSUME each role in an instance profile that trusts EC2 (with the trust and profile grants). Without it, a
     * launcher role with {@code iam:PassRole} and {@code ec2:RunInstances} on {@code *} would need one relation per
     * such role.
     */
    private boolean passesEveryProfile(PrincipalPermissions p, List<ServiceTrust> trusts) {
        ServiceTrust first = trusts.get(0);
        String everyRole = "arn:" + Arn.partitionOf(p.arn()) + ":iam::" + p.account() + ":role/*";
        Decision pass = p.permissions().evaluateAll("iam:PassRole", everyRole,
                Map.of("iam:PassedToService", List.of(first.service())));
        if (!pass.isAllowed()) {
            return false;
        }
        Optional<Path> path = path(p, first, pass, Map.of());
        if (path.isEmpty()) {
            return false;
        }
        relate(p, instanceProfiles(p.account(), trusts), first, path.get(), List.of(), List.of());
        return true;
    }

    /**
     * The account's instance profiles entity and its CAN_ASSUME relations to each role in a profile trusting EC2,
     * made once per account and service (every EC2 rule's trusts list the same roles and profiles).
     */
    private String instanceProfiles(String account, List<ServiceTrust> trusts) {
        String hub = new TrustedEntities(draft).instanceProfiles(trusts.get(0).service(), account);
        return hubs.add(hub) ? canAssumeEach(hub, trusts, "AWS-EC2-01") : hub;
    }

    /** The account's instances that run the SSM agent: roles in an instance profile that may use its channel. */
    private String managedInstances(String account, List<ServiceTrust> trusts) {
        String hub = new TrustedEntities(draft).managedInstances(trusts.get(0).service(), account);
        return hubs.add(hub) ? canAssumeEach(hub, trusts, trusts.get(0).rule().rule()) : hub;
    }

    private String canAssumeEach(String hub, List<ServiceTrust> trusts, String rule) {
        for (ServiceTrust t : trusts) {
            InstanceProfile profile = t.profile().orElseThrow();
            List<GrantId> grants = List.of(t.trustGrant(), Ids.instanceProfile(profile.arn(), t.role().arn()));
            draft.relate(new Edge(RelationKind.CAN_ASSUME, EntityId.of(hub), EntityId.of(t.role().arn()), AccessLevel.NONE,
                    Set.of("sts:AssumeRole"), grants, t.conditions().isEmpty() ? Confidence.PROVEN : Confidence.CONDITIONAL,
                    rule, t.conditions(), t.evidence()));
        }
        return hub;
    }

    /** The caller's alternatives for passing and for each of the service's steps, and the actions used. */
    private record Path(List<Allowance> alternatives, Set<String> actions) {}

    /** The path through the rule's steps; {@code pass} is null for a rule that passes no role. */
    private static Optional<Path> path(PrincipalPermissions p, ServiceTrust t, Decision pass, Map<String, List<String>> keys) {
        List<Allowance> combinations = pass == null ? null : new ArrayList<>(pass.allowances());
        Set<String> actions = new LinkedHashSet<>(pass == null ? List.of() : List.of("iam:PassRole"));
        for (List<String> group : t.rule().actionGroups()) {
            Optional<String> action = group.stream().filter(a -> p.permissions().evaluate(a, "*", keys).isAllowed()).findFirst();
            if (action.isEmpty()) {
                return Optional.empty();
            }
            actions.add(action.get());
            List<Allowance> step = p.permissions().evaluate(action.get(), "*", keys).allowances();
            combinations = combinations == null ? new ArrayList<>(step.subList(0, Math.min(step.size(), MAX_COMBINATIONS)))
                    : combine(combinations, step);
        }
        return Optional.of(new Path(combinations, actions));
    }

    private void relate(PrincipalPermissions p, String target, ServiceTrust t, Path path, List<GrantId> extra,
            List<String> trustConditions) {
        ServiceLinkedRole slr = serviceLinkedRole(p, t);
        Set<String> actions = new LinkedHashSet<>(path.actions());
        slr.creation().ifPresent(c -> actions.add("iam:CreateServiceLinkedRole"));
        for (Allowance a : path.alternatives()) {
            List<GrantId> grants = new ArrayList<>(a.grants());
            grants.addAll(extra);
            List<String> conditions = new ArrayList<>(a.conditions());
            conditions.addAll(trustConditions);
            List<Evidence> evidence = new ArrayList<>(a.evidence());
            if (target.equals(t.role().arn())) {
                evidence.addAll(t.evidence());
            }
            Confidence confidence = trustConditions.isEmpty() ? a.confidence() : a.confidence().weakest(Confidence.CONDITIONAL);
            if (t.rule().assumes()) {
                conditions.add("assumes " + t.rule().assumption());
                confidence = confidence.weakest(Confidence.HEURISTIC);
            }
            if (slr.creation().isPresent()) {
                Allowance create = slr.creation().get();
                create.grants().stream().filter(g -> !grants.contains(g)).forEach(grants::add);
                conditions.addAll(create.conditions());
                evidence.addAll(create.evidence());
                confidence = confidence.weakest(create.confidence());
            }
            if (slr.assumed().isPresent()) {
                conditions.add(slr.assumed().get());
                confidence = confidence.weakest(Confidence.CONDITIONAL);
            }
            draft.relate(new Edge(RelationKind.CAN_PASS_ROLE, EntityId.of(p.arn()), EntityId.of(target), AccessLevel.NONE,
                    actions, grants, confidence, t.rule().rule(), conditions, evidence));
        }
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
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        evidence.addAll(b.evidence());
        return new Allowance(grants, a.confidence().weakest(b.confidence()), conditions, statements,
                a.label() + " and " + b.label(), evidence);
    }
}

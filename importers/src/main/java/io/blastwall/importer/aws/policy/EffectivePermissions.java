package io.blastwall.importer.aws.policy;

import io.blastwall.model.Confidence;
import io.blastwall.model.Evidence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one principal may do, built once from all of its identity policies (its own and its groups') and its
 * permissions boundary, with statements indexed by service. Answers single questions ({@link #evaluate}) in IAM's
 * order (catalogue E1): an explicit Deny anywhere wins; then the identity policies must allow; then the boundary
 * must allow. Conditions that cannot be decided offline make the answer conditional, never silently true.
 */
public final class EffectivePermissions {
    private static final Allowance RESOURCE_POLICY =
            new Allowance(List.of(), Confidence.PROVEN, List.of(), List.of(), "resource policy");

    /** Stands for the resource in evidence shared by the resources of {@link ResourceDecisions}. */
    private static final String SHARED_RESOURCE = "\u0000resource\u0000";

    private final RequestContext context;
    private final StatementIndex allows = new StatementIndex();
    private final StatementIndex denies = new StatementIndex();
    private final StatementIndex boundaryAllows = new StatementIndex();
    private final Optional<PermissionBoundary> boundary;
    private final List<StatementIndex> scpLevels = new ArrayList<>();

    private EffectivePermissions(RequestContext context, Optional<PermissionBoundary> boundary) {
        this.context = context;
        this.boundary = boundary;
    }

    /**
     * @param context what is known about the principal (its ARN, account, name, tags...)
     * @param identity every identity policy that applies, with the grants behind it
     * @param boundary the permissions boundary, if the principal has one
     */
    public static EffectivePermissions of(
            RequestContext context, List<AttachedPolicy> identity, Optional<PermissionBoundary> boundary) {
        return new PolicyEvaluator().effectivePermissions(context, identity, boundary);
    }

    static EffectivePermissions build(RequestContext context, List<AttachedPolicy> identity,
            Optional<PermissionBoundary> boundary, List<List<AttachedPolicy>> scpLevels, Map<Statement, ActionPatterns> cache) {
        EffectivePermissions p = new EffectivePermissions(context, boundary);
        for (AttachedPolicy policy : identity) {
            for (Statement s : policy.document().statements()) {
                BoundStatement.bind(s, policy, context, cache).ifPresent(b -> (s.isAllow() ? p.allows : p.denies).add(b));
            }
        }
        boundary.flatMap(PermissionBoundary::document).ifPresent(doc -> {
            AttachedPolicy source = new AttachedPolicy(doc, List.of(), "permissions boundary " + boundary.get().arn(),
                    boundary.get().file());
            for (Statement s : doc.statements()) {
                BoundStatement.bind(s, source, context, cache)
                        .ifPresent(b -> (s.isAllow() ? p.boundaryAllows : p.denies).add(b));
            }
        });
        for (List<AttachedPolicy> level : scpLevels) {
            StatementIndex allowsAtLevel = new StatementIndex();
            for (AttachedPolicy scp : level) {
                for (Statement s : scp.document().statements()) {
                    BoundStatement.bind(s, scp, context, cache).ifPresent(b -> (s.isAllow() ? allowsAtLevel : p.denies).add(b));
                }
            }
            p.scpLevels.add(allowsAtLevel);
        }
        return p;
    }

    public RequestContext context() {
        return context;
    }

    public Optional<PermissionBoundary> boundary() {
        return boundary;
    }

    public Decision evaluate(String action, String resource) {
        return evaluate(action, resource, Map.of());
    }

    /**
     * May the principal do {@code action} on {@code resource}? The resource may be a concrete ARN or a pattern, read
     * as "some resource of this shape" (for example a role it could create).
     *
     * @param requestKeys request-specific condition keys, such as {@code iam:PassedToService}
     */
    public Decision evaluate(String action, String resource, Map<String, List<String>> requestKeys) {
        return evaluate(action, resource, context.with(requestKeys), Scope.SOME);
    }

    /**
     * May the principal do <em>every</em> action matching {@code actionPattern} on <em>every</em> resource matching
     * {@code resourcePattern}? Used for "effective {@code *} on {@code *}": an allow must cover the whole pattern,
     * and a Deny of any part of it makes the answer no.
     */
    public Decision evaluateAll(String actionPattern, String resourcePattern) {
        return evaluate(actionPattern, resourcePattern, context, Scope.ALL);
    }

    /** {@link #evaluateAll(String, String)} with request-specific condition keys. */
    public Decision evaluateAll(String actionPattern, String resourcePattern, Map<String, List<String>> requestKeys) {
        return evaluate(actionPattern, resourcePattern, context.with(requestKeys), Scope.ALL);
    }

    /**
     * The check for a request a resource policy grants by naming this principal's ARN (catalogue E4, E8): no
     * identity Allow is needed, but any explicit Deny still applies, and for roles the boundary must allow.
     */
    public Decision evaluateNamedInResourcePolicyAsRole(String action, String resource) {
        DenyCheck deny = denies(action, resource, context, Scope.SOME);
        if (deny.denied().isPresent()) {
            return Decision.denied(Decision.Outcome.EXPLICIT_DENY, deny.denied().get());
        }
        BoundaryCheck scp = scpAllows(action, resource, context, Scope.SOME);
        if (scp.result().value() == Tri.FALSE) {
            return Decision.denied(Decision.Outcome.IMPLICIT_DENY, "no service control policy at some level allows " + action);
        }
        BoundaryCheck bound = boundaryAllows(action, resource, context, Scope.SOME);
        if (bound.result().value() == Tri.FALSE) {
            return Decision.denied(Decision.Outcome.IMPLICIT_DENY, "the permissions boundary does not allow " + action);
        }
        return decide(List.of(RESOURCE_POLICY), scp.and(bound), deny);
    }

    /** As {@link #evaluateNamedInResourcePolicyAsRole}, for users: only explicit denies apply (catalogue E8). */
    public Decision evaluateNamedInResourcePolicyAsUser(String action, String resource) {
        DenyCheck deny = denies(action, resource, context, Scope.SOME);
        if (deny.denied().isPresent()) {
            return Decision.denied(Decision.Outcome.EXPLICIT_DENY, deny.denied().get());
        }
        BoundaryCheck scp = scpAllows(action, resource, context, Scope.SOME);
        if (scp.result().value() == Tri.FALSE) {
            return Decision.denied(Decision.Outcome.IMPLICIT_DENY, "no service control policy at some level allows " + action);
        }
        return decide(List.of(RESOURCE_POLICY), scp, deny);
    }

    /** Every allowed (action pattern, resource pattern) pair, after denies and the boundary; see {@link AccessGrant}. */
    public List<AccessGrant> accessGrants() {
        return new AccessEnumerator(context, allows, denies, boundaryAllows, boundary, this::scpAllowsPair).enumerate();
    }

    /**
     * The resource patterns of the identity statements that may allow the action ({@code *} for {@code NotResource}):
     * wherever the action is allowed, one of these patterns matches. For indexing principals by what they may reach.
     */
    public List<String> allowedResourcePatterns(String action) {
        List<String> out = new ArrayList<>();
        for (BoundStatement a : allows.forService(PolicyParser.service(action))) {
            if (a.overlapsAction(action)) {
                out.addAll(a.statement().notResource() ? List.of("*") : a.resources());
            }
        }
        return out;
    }

    /**
     * Answers "may the principal do {@code action} on this resource?" for many concrete resources at once (every
     * role a caller might pass, every policy it might edit). The answer depends only on which statements' resource
     * patterns match the resource, so each resource costs one pattern match per candidate statement, and a full
     * evaluation is done once per distinct set of matching statements. Deny statements that were checked and did not
     * cover the resource say so without naming it, since the answer is shared.
     */
    public ResourceDecisions forResources(String action, Map<String, List<String>> requestKeys) {
        return new ResourceDecisions(action, context.with(requestKeys));
    }

    /** See {@link #forResources}. */
    public final class ResourceDecisions {
        private final String action;
        private final RequestContext ctx;
        private final List<BoundStatement> candidates = new ArrayList<>();
        private final int allowCount;
        private final int denyEnd;
        private final Map<java.util.BitSet, Decision> bySignature = new java.util.HashMap<>();

        private ResourceDecisions(String action, RequestContext ctx) {
            this.action = action;
            this.ctx = ctx;
            String service = PolicyParser.service(action);
            allows.forService(service).stream().filter(b -> b.overlapsAction(action)).forEach(candidates::add);
            allowCount = candidates.size();
            denies.forService(service).stream().filter(b -> b.overlapsAction(action)).forEach(candidates::add);
            denyEnd = candidates.size();
            boundaryAllows.forService(service).stream().filter(b -> b.overlapsAction(action)).forEach(candidates::add);
            scpLevels.forEach(level -> level.forService(service).stream().filter(b -> b.overlapsAction(action))
                    .forEach(candidates::add));
        }

        /** True when no identity statement may allow the action anywhere: every resource is denied. */
        public boolean noneAllowed() {
            return allowCount == 0;
        }

        public Decision evaluate(String resource) {
            java.util.BitSet signature = new java.util.BitSet(candidates.size());
            for (int i = 0; i < candidates.size(); i++) {
                BoundStatement b = candidates.get(i);
                if (i >= allowCount && i < denyEnd ? b.coversAllOf(resource) : b.allowsPartOf(resource)) {
                    signature.set(i);
                }
            }
            Decision shared = bySignature.computeIfAbsent(signature,
                    k -> EffectivePermissions.this.evaluate(action, resource, ctx, Scope.SOME, SHARED_RESOURCE));
            return named(shared, resource);
        }

        /** The shared answer with checked Deny statements naming this resource. */
        private static Decision named(Decision shared, String resource) {
            boolean placeholder = shared.allowances().stream().flatMap(a -> a.evidence().stream())
                    .anyMatch(e -> e.location().contains(SHARED_RESOURCE));
            if (!placeholder) {
                return shared;
            }
            List<Allowance> allowances = shared.allowances().stream().map(a -> new Allowance(a.grants(), a.confidence(),
                    a.conditions(), a.statements(), a.label(), a.evidence().stream()
                            .map(e -> new Evidence(e.sourceFile(), e.location().replace(SHARED_RESOURCE, resource), e.text()))
                            .toList())).toList();
            return new Decision(shared.outcome(), allowances, shared.reasons());
        }
    }

    /**
     * True when some statement that may apply to the action (allow, deny, boundary, SCP) has a condition: only then
     * can request-specific keys change the answer.
     */
    public boolean hasConditions(String action) {
        String service = PolicyParser.service(action);
        List<StatementIndex> indexes = new ArrayList<>(List.of(allows, denies, boundaryAllows));
        indexes.addAll(scpLevels);
        return indexes.stream().flatMap(i -> i.forService(service).stream())
                .anyMatch(b -> b.statement().hasConditions() && b.overlapsAction(action));
    }

    /** True when some identity statement may allow an action of the service (a cheap pre-check). */
    public boolean mayAllowService(String service) {
        return allows.mayCover(service);
    }

    private Decision evaluate(String action, String resource, RequestContext ctx, Scope scope) {
        return evaluate(action, resource, ctx, scope, resource);
    }

    /** @param shown how checked Deny statements name the resource they did not cover */
    private Decision evaluate(String action, String resource, RequestContext ctx, Scope scope, String shown) {
        DenyCheck deny = denies(action, resource, ctx, scope, shown);
        if (deny.denied().isPresent()) {
            return Decision.denied(Decision.Outcome.EXPLICIT_DENY, deny.denied().get());
        }
        List<Allowance> allowances = identityAllowances(action, resource, ctx, scope);
        if (allowances.isEmpty()) {
            return Decision.denied(Decision.Outcome.IMPLICIT_DENY, "no identity policy allows " + action);
        }
        BoundaryCheck scp = scpAllows(action, resource, ctx, scope);
        if (scp.result().value() == Tri.FALSE) {
            return Decision.denied(Decision.Outcome.IMPLICIT_DENY, "no service control policy at some level allows " + action);
        }
        BoundaryCheck bound = boundaryAllows(action, resource, ctx, scope);
        if (bound.result().value() == Tri.FALSE) {
            String arn = boundary.map(PermissionBoundary::arn).orElse("");
            return Decision.denied(Decision.Outcome.IMPLICIT_DENY, "the permissions boundary " + arn + " does not allow " + action);
        }
        return decide(allowances, scp.and(bound), deny);
    }

    /** The outcome of the Deny statements: denied (with why), or possibly denied, and the statements checked. */
    private record DenyCheck(Optional<String> denied, List<String> possibly, List<Evidence> checked) {
        static final DenyCheck NONE = new DenyCheck(Optional.empty(), List.of(), List.of());
    }

    private DenyCheck denies(String action, String resource, RequestContext ctx, Scope scope) {
        return denies(action, resource, ctx, scope, resource);
    }

    private DenyCheck denies(String action, String resource, RequestContext ctx, Scope scope, String shown) {
        List<BoundStatement> candidates = denies.forService(PolicyParser.service(action));
        if (candidates.isEmpty()) {
            return DenyCheck.NONE;
        }
        List<String> possibly = new ArrayList<>();
        List<Evidence> checked = new ArrayList<>();
        for (BoundStatement d : candidates) {
            if (!scope.denies(d, action, resource)) {
                if (d.overlapsAction(action)) {
                    checked.add(StatementEvidence.checkedDeny(d.source().file(), d.source().label(), d.statement(),
                            "does not cover all of " + shown));
                }
                continue;
            }
            ConditionResult c = d.conditions(ctx);
            if (c.value() == Tri.TRUE) {
                return new DenyCheck(Optional.of("explicitly denied by " + d.source().label() + " " + d.statement().json()),
                        List.of(), List.of());
            }
            checked.add(StatementEvidence.checkedDeny(d.source().file(), d.source().label(), d.statement(),
                    c.value() == Tri.UNKNOWN ? "condition not known offline" : "condition not met"));
            if (c.value() == Tri.UNKNOWN) {
                c.unresolved().forEach(u -> possibly.add("possibly denied (" + d.source().label() + "): " + u));
            }
        }
        return new DenyCheck(Optional.empty(), possibly, checked);
    }

    private List<Allowance> identityAllowances(String action, String resource, RequestContext ctx, Scope scope) {
        List<BoundStatement> candidates = allows.forService(PolicyParser.service(action));
        int first = 0;
        while (first < candidates.size() && !scope.allows(candidates.get(first), action, resource)) {
            first++;
        }
        if (first == candidates.size()) {
            return List.of();
        }
        Map<AttachedPolicy, List<ConditionResult>> results = new IdentityHashMap<>();
        Map<AttachedPolicy, List<Statement>> statements = new IdentityHashMap<>();
        List<AttachedPolicy> order = new ArrayList<>();
        for (BoundStatement a : candidates.subList(first, candidates.size())) {
            if (a != candidates.get(first) && !scope.allows(a, action, resource)) {
                continue;
            }
            ConditionResult c = a.conditions(ctx);
            if (c.value() == Tri.FALSE) {
                continue;
            }
            if (!results.containsKey(a.source())) {
                order.add(a.source());
            }
            results.computeIfAbsent(a.source(), k -> new ArrayList<>()).add(c);
            statements.computeIfAbsent(a.source(), k -> new ArrayList<>()).add(a.statement());
        }
        return order.stream().map(source -> allowance(source, results.get(source), statements.get(source))).toList();
    }

    private static Allowance allowance(AttachedPolicy source, List<ConditionResult> results, List<Statement> statements) {
        boolean proven = results.stream().anyMatch(r -> r.value() == Tri.TRUE);
        Set<String> conditions = new LinkedHashSet<>();
        if (!proven) {
            results.forEach(r -> conditions.addAll(r.unresolved()));
        }
        List<Evidence> evidence = statements.stream().map(s -> StatementEvidence.allowing(source.file(), s)).toList();
        return new Allowance(source.grants(), proven ? Confidence.PROVEN : Confidence.CONDITIONAL,
                List.copyOf(conditions), statements, source.label(), evidence);
    }

    /** Whether the boundary allows, and the boundary statements checked. */
    private record BoundaryCheck(ConditionResult result, List<Evidence> checked) {
        static final BoundaryCheck NONE = new BoundaryCheck(ConditionResult.TRUE, List.of());

        BoundaryCheck and(BoundaryCheck other) {
            if (this == NONE) {
                return other;
            }
            List<String> unresolved = new ArrayList<>(result.unresolved());
            unresolved.addAll(other.result.unresolved());
            List<Evidence> evidence = new ArrayList<>(checked);
            evidence.addAll(other.checked);
            return new BoundaryCheck(new ConditionResult(result.value().and(other.result.value()), unresolved), evidence);
        }
    }

    /**
     * Service control policies (catalogue E2): at every level from the root to the account some SCP must allow
     * (their Deny statements are with the other denies).
     */
    private BoundaryCheck scpAllows(String action, String resource, RequestContext ctx, Scope scope) {
        BoundaryCheck out = BoundaryCheck.NONE;
        for (StatementIndex level : scpLevels) {
            BoundaryCheck check = limitAllows(level, action, resource, ctx, scope,
                    (b, why) -> StatementEvidence.checkedLimit(b.source().file(), b.source().label(), b.statement(), why));
            if (check.result().value() == Tri.FALSE) {
                return new BoundaryCheck(new ConditionResult(Tri.FALSE, List.of()), List.of());
            }
            out = out.and(check);
        }
        return out;
    }

    /** True when the request passes the SCP levels, for enumeration (no evidence). */
    Tri scpAllowsPair(String action, String resource) {
        if (scpLevels.isEmpty()) {
            return Tri.TRUE;
        }
        return scpAllows(action, resource, context, Scope.SOME).result().value();
    }

    private BoundaryCheck boundaryAllows(String action, String resource, RequestContext ctx, Scope scope) {
        if (boundary.isEmpty()) {
            return BoundaryCheck.NONE;
        }
        String label = "permissions boundary " + boundary.get().arn();
        if (boundary.get().document().isEmpty()) {
            return new BoundaryCheck(new ConditionResult(Tri.UNKNOWN, List.of(boundary.get().unknownCondition())),
                    List.of(StatementEvidence.checkedUnknown(label)));
        }
        String file = boundary.get().file();
        return limitAllows(boundaryAllows, action, resource, ctx, scope,
                (b, why) -> StatementEvidence.checkedLimit(file, label, b.statement(), why));
    }

    /**
     * Whether a policy that only limits (one SCP level, a permission boundary) allows the request: some Allow statement
     * must match, and each one that does (or may) is recorded as checked; {@code evidence} describes a checked
     * statement with the reason.
     */
    private static BoundaryCheck limitAllows(StatementIndex index, String action, String resource, RequestContext ctx,
            Scope scope, BiFunction<BoundStatement, String, Evidence> evidence) {
        Tri value = Tri.FALSE;
        List<String> unresolved = new ArrayList<>();
        List<Evidence> checked = new ArrayList<>();
        for (BoundStatement b : index.forService(PolicyParser.service(action))) {
            if (scope.allows(b, action, resource)) {
                ConditionResult c = b.conditions(ctx);
                value = value.or(c.value());
                unresolved.addAll(c.unresolved());
                if (c.value() != Tri.FALSE) {
                    checked.add(evidence.apply(b, c.value() == Tri.TRUE ? "allows" : "allows under conditions"));
                }
            }
        }
        return new BoundaryCheck(new ConditionResult(value, value == Tri.UNKNOWN ? unresolved : List.of()), checked);
    }

    private static Decision decide(List<Allowance> allowances, BoundaryCheck bound, DenyCheck deny) {
        List<String> extra = new ArrayList<>(bound.result().unresolved());
        extra.addAll(deny.possibly());
        List<Evidence> checked = new ArrayList<>(deny.checked());
        checked.addAll(bound.checked());
        List<Allowance> out = allowances.stream().map(a -> {
            if (extra.isEmpty()) {
                return checked.isEmpty() ? a : a.withEvidence(checked);
            }
            List<String> conditions = new ArrayList<>(a.conditions());
            conditions.addAll(extra);
            List<Evidence> evidence = new ArrayList<>(a.evidence());
            evidence.addAll(checked);
            return new Allowance(a.grants(), Confidence.CONDITIONAL, conditions, a.statements(), a.label(), evidence);
        }).toList();
        boolean proven = out.stream().anyMatch(Allowance::isProven);
        return new Decision(proven ? Decision.Outcome.ALLOWED : Decision.Outcome.CONDITIONAL, out, deny.possibly());
    }
}

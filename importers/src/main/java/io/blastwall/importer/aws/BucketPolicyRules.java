package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.Allowance;
import io.blastwall.importer.aws.policy.ConditionEvaluator;
import io.blastwall.importer.aws.policy.ConditionResult;
import io.blastwall.importer.aws.policy.Decision;
import io.blastwall.importer.aws.policy.Glob;
import io.blastwall.importer.aws.policy.RequestContext;
import io.blastwall.importer.aws.policy.Statement;
import io.blastwall.importer.aws.policy.StatementEvidence;
import io.blastwall.importer.aws.policy.Tri;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * S3 bucket policies (catalogue E1, E4–E8 applied to a resource policy). An Allow naming a principal of the bucket's
 * own account grants access by itself (only explicit Denies, the principal's SCPs and, for roles, its boundary still
 * apply); one naming a principal of another account needs that principal's identity policy too. A Deny that names
 * a principal (or {@code *}, or its account) and has no condition that could fail removes the actions it covers from
 * that principal's access to the resources it covers, whatever the identity policies say.
 */
final class BucketPolicyRules {
    private final AwsInventory inventory;
    private final Map<String, PrincipalPermissions> principals;
    private final GraphDraft draft;
    private final ResourceEntities resources;

    BucketPolicyRules(AwsInventory inventory, Map<String, PrincipalPermissions> principals, GraphDraft draft,
            ResourceEntities resources) {
        this.inventory = inventory;
        this.principals = principals;
        this.draft = draft;
        this.resources = resources;
    }

    void apply(List<BucketPolicy> policies) {
        for (BucketPolicy policy : policies) {
            String owner = owner(policy);
            for (Statement s : policy.document().statements()) {
                if (s.isAllow()) {
                    allow(policy, owner, s);
                }
            }
        }
        for (BucketPolicy policy : policies) {
            for (Statement s : policy.document().statements()) {
                if (!s.isAllow()) {
                    deny(policy, s);
                }
            }
        }
    }

    private String owner(BucketPolicy policy) {
        if (!policy.account().isEmpty() || inventory.accounts().size() != 1) {
            return policy.account();
        }
        return Arn.accountOf(inventory.accounts().iterator().next());
    }

    /**
     * Principals named by ARN or unique id get the access by the statement alone (same account) or with their identity
     * policy (another account); account principals only delegate to identity policies (catalogue E5). {@code "*"}
     * and {@code NotPrincipal} (catalogue E6) match every principal they do not exclude, so every user and role of the
     * snapshot not excluded gets the access as under a named principal, except that a boundary still applies (it is
     * not named by ARN, E8), and anyone on the internet gets it too ({@code aws:anyone}, rule {@code AWS-S3-PUBLIC}),
     * conditional on the statement's conditions.
     */
    private void allow(BucketPolicy policy, String owner, Statement s) {
        Scope scope = scope(policy, s);
        if (scope.resources().isEmpty()) {
            return;
        }
        if (s.notPrincipal() || s.principals().getOrDefault("AWS", List.of()).contains("*")) {
            GrantId grant = grant(policy, s, "*");
            for (PrincipalPermissions caller : principals.values()) {
                if (!TrustPrincipals.matches(s, caller.arn(), caller.principal().info().uniqueId())) {
                    continue;
                }
                allowFor(policy, owner, s, caller, scope, grant, true);
            }
            anyone(policy, s, scope, grant);
            return;
        }
        for (String value : s.principals().getOrDefault("AWS", List.of())) {
            Optional<PrincipalPermissions> caller = Optional.ofNullable(principals.get(value))
                    .or(() -> inventory.byUniqueId(value).map(h -> principals.get(h.arn())));
            caller.ifPresent(c -> allowFor(policy, owner, s, c, scope, grant(policy, s, c.arn()), false));
        }
    }

    /**
     * What an Allow statement covers of the bucket: its actions ({@code s3:*} for {@code NotAction}, with the
     * exception as a note) on its resources (for {@code NotResource}: the bucket and its objects, unless every ARN
     * of one of them is excluded; a partial exclusion is a note).
     */
    private record Scope(List<String> actions, List<String> resources, List<String> notes) {}

    private static Scope scope(BucketPolicy policy, Statement s) {
        List<String> notes = new ArrayList<>();
        List<String> actions = s.actions();
        if (s.notAction()) {
            actions = List.of("s3:*");
            notes.add("NotAction: every action except " + s.actions());
        }
        List<String> resources = s.resources();
        if (s.notResource()) {
            resources = new ArrayList<>();
            for (String candidate : List.of(policy.arn(), policy.arn() + "/*")) {
                if (s.resources().stream().noneMatch(r -> Glob.covers(r, candidate))) {
                    resources.add(candidate);
                }
            }
            if (s.resources().stream().anyMatch(r -> !Glob.covers(r, policy.arn()) && !Glob.covers(r, policy.arn() + "/*"))) {
                notes.add("NotResource: every resource except " + s.resources());
            }
        }
        return new Scope(actions, resources, notes);
    }

    private void allowFor(BucketPolicy policy, String owner, Statement s, PrincipalPermissions caller, Scope scope,
            GrantId grant, boolean wildcard) {
        ConditionResult condition = ConditionEvaluator.evaluate(s.conditions(), caller.permissions().context());
        if (condition.value() == Tri.FALSE) {
            return;
        }
        boolean sameAccount = caller.account().equals(owner);
        for (String resource : scope.resources()) {
            for (String action : scope.actions()) {
                Decision d = !sameAccount ? caller.permissions().evaluate(action, resource)
                        : caller.isRole() || wildcard ? caller.permissions().evaluateNamedInResourcePolicyAsRole(action, resource)
                        : caller.permissions().evaluateNamedInResourcePolicyAsUser(action, resource);
                for (Allowance a : d.allowances()) {
                    List<GrantId> grants = new ArrayList<>(a.grants());
                    grants.add(grant);
                    List<String> conditions = new ArrayList<>(a.conditions());
                    conditions.addAll(condition.unresolved());
                    conditions.addAll(scope.notes());
                    List<Evidence> evidence = new ArrayList<>();
                    evidence.add(StatementEvidence.allowing(policy.file(), s));
                    evidence.addAll(a.evidence());
                    boolean proven = a.isProven() && condition.value() == Tri.TRUE;
                    draft.relate(new Edge(RelationKind.CAN_ACCESS, EntityId.of(caller.arn()),
                            EntityId.of(resources.forPattern(resource)), ActionLevels.strongest(List.of(action)),
                            Set.of(action), grants, proven ? Confidence.PROVEN : Confidence.CONDITIONAL,
                            sameAccount ? "AWS-S3-POLICY" : "AWS-S3-POLICY-XACCT", conditions, evidence));
                }
            }
        }
    }

    /** Anyone, signed in to any account or not: only the statement's own conditions can limit it. */
    private void anyone(BucketPolicy policy, Statement s, Scope scope, GrantId grant) {
        ConditionResult condition = ConditionEvaluator.evaluate(s.conditions(), RequestContext.empty());
        if (condition.value() == Tri.FALSE) {
            return;
        }
        String anyone = new TrustedEntities(draft).anyone();
        List<String> conditions = new ArrayList<>(condition.unresolved());
        conditions.addAll(scope.notes());
        for (String resource : scope.resources()) {
            draft.relate(new Edge(RelationKind.CAN_ACCESS, EntityId.of(anyone), EntityId.of(resources.forPattern(resource)),
                    ActionLevels.strongest(scope.actions()), Set.copyOf(scope.actions()), List.of(grant),
                    condition.value() == Tri.TRUE ? Confidence.PROVEN : Confidence.CONDITIONAL, "AWS-S3-PUBLIC",
                    conditions, List.of(StatementEvidence.allowing(policy.file(), s))));
        }
    }

    private GrantId grant(BucketPolicy policy, Statement s, String principal) {
        GrantId id = GrantId.of("aws:bucket-policy:" + policy.bucket() + ":" + s.index() + ":" + principal);
        draft.grant(new Grant(id, GrantKind.RESOURCE_POLICY_STATEMENT, EntityId.of(resources.forPattern(policy.arn())),
                principal, "bucket policy of " + policy.bucket() + " lets " + principal + " use it",
                new Evidence(policy.file(), s.location(), s.json()), ""));
        return id;
    }

    /** An explicit Deny wins over every Allow: it removes the covered actions from matching access relations. */
    private void deny(BucketPolicy policy, Statement s) {
        draft.reviseEdges(edge -> {
            if (edge.kind() != RelationKind.CAN_ACCESS || !appliesTo(s, edge)) {
                return Optional.of(edge);
            }
            Set<String> kept = new LinkedHashSet<>();
            edge.actions().stream().filter(a -> !s.matchesAction(a)).forEach(kept::add);
            if (kept.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Edge(edge.kind(), edge.from(), edge.to(), ActionLevels.strongest(kept), kept,
                    edge.grants(), edge.confidence(), edge.rule(), edge.conditions(), edge.evidence()));
        });
    }

    private boolean appliesTo(Statement s, Edge edge) {
        String to = edge.to().value();
        boolean covered = s.notResource() != s.resources().stream().anyMatch(r -> Glob.covers(r, to));
        if (!covered) {
            return false;
        }
        if (edge.from().value().equals(TrustedEntities.ANYONE)) {
            boolean everyone = s.principals().getOrDefault("AWS", List.of()).contains("*");
            return s.notPrincipal() != everyone
                    && ConditionEvaluator.evaluate(s.conditions(), RequestContext.empty()).value() == Tri.TRUE;
        }
        PrincipalPermissions caller = principals.get(edge.from().value());
        if (caller == null || !TrustPrincipals.matches(s, caller.arn(), caller.principal().info().uniqueId())) {
            return false;
        }
        return ConditionEvaluator.evaluate(s.conditions(), caller.permissions().context()).value() == Tri.TRUE;
    }
}

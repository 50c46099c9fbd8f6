package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.Allowance;
import io.blastwall.importer.aws.policy.ConditionEvaluator;
import io.blastwall.importer.aws.policy.ConditionResult;
import io.blastwall.importer.aws.policy.Decision;
import io.blastwall.importer.aws.policy.Glob;
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
                if (s.isAllow() && !s.notAction() && !s.notResource() && !s.notPrincipal()) {
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

    /** Principals named by ARN or unique id; account and {@code *} principals only delegate to identity policies. */
    private void allow(BucketPolicy policy, String owner, Statement s) {
        for (String value : s.principals().getOrDefault("AWS", List.of())) {
            Optional<PrincipalPermissions> caller = Optional.ofNullable(principals.get(value))
                    .or(() -> inventory.byUniqueId(value).map(h -> principals.get(h.arn())));
            caller.ifPresent(c -> allowFor(policy, owner, s, c));
        }
    }

    private void allowFor(BucketPolicy policy, String owner, Statement s, PrincipalPermissions caller) {
        ConditionResult condition = ConditionEvaluator.evaluate(s.conditions(), caller.permissions().context());
        if (condition.value() == Tri.FALSE) {
            return;
        }
        GrantId grant = grant(policy, s, caller.arn());
        boolean sameAccount = caller.account().equals(owner);
        for (String resource : s.resources()) {
            for (String action : s.actions()) {
                Decision d = sameAccount
                        ? (caller.isRole() ? caller.permissions().evaluateNamedInResourcePolicyAsRole(action, resource)
                                : caller.permissions().evaluateNamedInResourcePolicyAsUser(action, resource))
                        : caller.permissions().evaluate(action, resource);
                for (Allowance a : d.allowances()) {
                    List<GrantId> grants = new ArrayList<>(a.grants());
                    grants.add(grant);
                    List<String> conditions = new ArrayList<>(a.conditions());
                    conditions.addAll(condition.unresolved());
                    List<Evidence> evidence = new ArrayList<>();
                    evidence.add(StatementEvidence.allowing(policy.file(), s));
                    evidence.addAll(a.evidence());
                    Confidence confidence = conditions.isEmpty() ? Confidence.PROVEN : Confidence.CONDITIONAL;
                    draft.relate(new Edge(RelationKind.CAN_ACCESS, EntityId.of(caller.arn()),
                            EntityId.of(resources.forPattern(resource)), ActionLevels.strongest(List.of(action)),
                            Set.of(action), grants, confidence, sameAccount ? "AWS-S3-POLICY" : "AWS-S3-POLICY-XACCT",
                            conditions, evidence));
                }
            }
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
        PrincipalPermissions caller = principals.get(edge.from().value());
        if (caller == null || !TrustPrincipals.matches(s, caller.arn(), caller.principal().info().uniqueId())) {
            return false;
        }
        return ConditionEvaluator.evaluate(s.conditions(), caller.permissions().context()).value() == Tri.TRUE;
    }
}

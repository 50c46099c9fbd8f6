package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.AccessGrant;
import io.blastwall.importer.aws.policy.Allowance;
import io.blastwall.importer.aws.policy.EffectivePermissions;
import io.blastwall.importer.aws.policy.Glob;
import io.blastwall.importer.aws.policy.PolicyParser;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.Evidence;
import io.blastwall.model.GrantId;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CAN_ACCESS relations (rule {@code AWS-ACCESS}) from each principal's effective permissions: one relation per
 * principal, resource, grant set (and confidence), with the strongest access level of its actions.
 */
final class AccessRelations {
    static final String RULE = "AWS-ACCESS";

    private final GraphDraft draft;
    private final ResourceEntities resources;

    AccessRelations(GraphDraft draft, ResourceEntities resources) {
        this.draft = draft;
        this.resources = resources;
    }

    void add(PrincipalPermissions principal) {
        String partition = Arn.partitionOf(principal.arn());
        for (AccessGrant grant : principal.permissions().accessGrants()) {
            targets(grant, partition, principal.account()).forEach((target, actions) -> {
                List<String> conditions = new ArrayList<>(grant.conditions());
                conditions.addAll(grant.notes());
                draft.relate(new Edge(RelationKind.CAN_ACCESS, EntityId.of(principal.arn()), EntityId.of(target),
                        ActionLevels.strongest(actions), actions, grant.source().grants(), grant.confidence(), RULE,
                        conditions, grant.evidence()));
            });
        }
    }

    /**
     * CAN_ACCESS relations that an escalation would give: the access in {@code permissions} that {@code keep} selects,
     * each resting also on the grants of {@code via} (the permission that opens the way), under {@code rule}.
     */
    void addVia(String from, String partition, String account, EffectivePermissions permissions,
            Predicate<AccessGrant> keep, Allowance via, String rule) {
        for (AccessGrant grant : permissions.accessGrants()) {
            if (!keep.test(grant)) {
                continue;
            }
            targets(grant, partition, account).forEach((target, actions) -> {
                List<String> conditions = new ArrayList<>(via.conditions());
                conditions.addAll(grant.conditions());
                conditions.addAll(grant.notes());
                List<GrantId> grants = new ArrayList<>(via.grants());
                grants.addAll(grant.source().grants());
                List<Evidence> evidence = new ArrayList<>(via.evidence());
                evidence.addAll(grant.evidence());
                Confidence confidence = via.confidence().weakest(grant.confidence());
                draft.relate(new Edge(RelationKind.CAN_ACCESS, EntityId.of(from), EntityId.of(target),
                        ActionLevels.strongest(actions), actions, grants, confidence, rule, conditions, evidence));
            });
        }
    }

    /** Target entity id → the actions that apply to it. */
    private Map<String, Set<String>> targets(AccessGrant grant, String partition, String account) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (grant.resource().equals("*")) {
            for (String action : grant.actions()) {
                String service = PolicyParser.service(action);
                String id = resources.allOf(partition, account, Glob.hasWildcard(service) ? "*" : service);
                out.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(action);
            }
            return out;
        }
        Set<String> actions = actionsFor(grant.resource(), grant.actions());
        if (!actions.isEmpty()) {
            out.put(resources.forPattern(grant.resource()), actions);
        }
        return out;
    }

    /**
     * The actions of a statement that act on a resource: those of the resource's own service when the statement
     * names any (a statement for {@code s3:GetObject} and {@code dynamodb:GetItem} on a bucket and a table gives
     * the bucket only the s3 action), otherwise all of them ({@code sts:AssumeRole} on a role ARN).
     */
    private static Set<String> actionsFor(String resource, List<String> actions) {
        String service = Arn.parse(resource).map(Arn::service).orElse("");
        Set<String> same = new LinkedHashSet<>();
        for (String action : actions) {
            String s = PolicyParser.service(action);
            if (!service.isEmpty() && (Glob.hasWildcard(s) || Glob.matches(service, s) || Glob.matches(s, service))) {
                same.add(action);
            }
        }
        return same.isEmpty() ? new LinkedHashSet<>(actions) : same;
    }
}

package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.Allowance;
import io.blastwall.importer.aws.policy.Decision;
import io.blastwall.importer.aws.policy.EffectivePermissions;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.model.RelationKind;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AWS-IAM-09 for any group (catalogue §1.2): a user allowed {@code iam:AddUserToGroup} on a group of its account that
 * it is not in can add itself and gain the group's permissions. Two kinds of relations: CAN_CHANGE_PERMISSIONS from
 * the user to the group (the escalation step, resting on the statements that allow the action), and the access the
 * group's policies would add, as CAN_ACCESS relations from the user with rule {@code AWS-IAM-09}, evaluated as if the
 * user were a member (its own Denies, boundary and SCPs apply), each resting on both the allowing statements and the
 * group policy. Roles cannot join groups; admin-equivalent users are skipped (their ADMIN_OF already says it); a
 * group whose policies make the user admin-equivalent also gives an ADMIN_OF path ({@link AdminDetector}).
 */
final class GroupJoinRules {
    static final String RULE = "AWS-IAM-09";
    private static final String ACTION = "iam:AddUserToGroup";

    private final AwsInventory inventory;
    private final Map<String, PrincipalPermissions> principals;
    private final PermissionsBuilder builder;
    private final GraphDraft draft;
    private final AccessRelations access;

    GroupJoinRules(AwsInventory inventory, Map<String, PrincipalPermissions> principals, PermissionsBuilder builder,
            GraphDraft draft) {
        this.inventory = inventory;
        this.principals = principals;
        this.builder = builder;
        this.draft = draft;
        this.access = new AccessRelations(draft, new ResourceEntities(draft));
    }

    void addAll(Set<String> admins) {
        for (PrincipalPermissions p : principals.values()) {
            if (p.isRole() || admins.contains(p.arn()) || !p.permissions().mayAllowService("iam")) {
                continue;
            }
            EffectivePermissions.ResourceDecisions join = p.permissions().forResources(ACTION, Map.of());
            if (join.noneAllowed()) {
                continue;
            }
            Set<String> member = new HashSet<>();
            p.groups().forEach(g -> member.add(g.arn()));
            for (IamGroup g : inventory.groups()) {
                if (!member.contains(g.arn()) && g.account().equals(p.account())) {
                    Decision d = join.evaluate(g.arn());
                    if (d.isAllowed()) {
                        join(p, g, d);
                    }
                }
            }
        }
    }

    private void join(PrincipalPermissions p, IamGroup g, Decision d) {
        Set<GrantId> groupGrants = new HashSet<>();
        builder.policiesOf(g).forEach(policy -> groupGrants.addAll(policy.grants()));
        Optional<EffectivePermissions> asMember = builder.asMemberOf(p, g);
        for (Allowance a : d.allowances()) {
            draft.relate(new Edge(RelationKind.CAN_CHANGE_PERMISSIONS, EntityId.of(p.arn()), EntityId.of(g.arn()),
                    AccessLevel.NONE, Set.of(ACTION), a.grants(), a.confidence(), RULE, a.conditions(), a.evidence()));
            asMember.ifPresent(perms -> access.addVia(p.arn(), Arn.partitionOf(p.arn()), p.account(), perms,
                    grant -> grant.source().grants().stream().anyMatch(groupGrants::contains), a, RULE));
        }
    }
}

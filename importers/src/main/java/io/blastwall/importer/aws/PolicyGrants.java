package io.blastwall.importer.aws;

import io.blastwall.importer.Warnings;
import io.blastwall.importer.aws.policy.AttachedPolicy;
import io.blastwall.importer.aws.policy.PolicyDocument;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The removable grants of policies and memberships, the structural relations they create (HAS_POLICY, MEMBER_OF,
 * RUNS_AS), and each holder's policies as the evaluator sees them.
 */
final class PolicyGrants {
    private final AwsInventory inventory;
    private final GraphDraft draft;
    private final Warnings warnings;

    PolicyGrants(AwsInventory inventory, GraphDraft draft, Warnings warnings) {
        this.inventory = inventory;
        this.draft = draft;
        this.warnings = warnings;
    }

    /** The holder's own policies (not its groups'), adding their grants and HAS_POLICY relations to the graph. */
    List<AttachedPolicy> ownPolicies(Holder holder, String lastUsed) {
        List<AttachedPolicy> out = new ArrayList<>();
        for (PolicyAttachment a : holder.attached()) {
            Optional<ManagedPolicy> policy = inventory.policy(a.policyArn());
            GrantId id = Ids.attachment(holder.arn(), a.policyArn());
            String name = policy.map(ManagedPolicy::name).orElse(a.policyName());
            draft.grant(new Grant(id, GrantKind.MANAGED_POLICY_ATTACHMENT, holder.info().arnId(), a.policyArn(),
                    "managed policy " + name + " is attached to " + describe(holder), attachmentEvidence(holder, a, policy),
                    lastUsed));
            draft.relate(Edge.of(RelationKind.HAS_POLICY, holder.arn(), a.policyArn(), List.of(id), Confidence.PROVEN,
                    "AWS-HAS-POLICY"));
            policy.flatMap(ManagedPolicy::document).ifPresent(doc ->
                    out.add(new AttachedPolicy(doc, List.of(id), "managed policy " + name, policy.get().file())));
        }
        for (InlinePolicy p : holder.inline()) {
            GrantId id = Ids.inline(holder.arn(), p.name());
            PolicyDocument doc = p.document();
            draft.grant(new Grant(id, GrantKind.INLINE_POLICY, holder.info().arnId(), p.name(),
                    "inline policy " + p.name() + " of " + describe(holder),
                    new Evidence(holder.info().file(), doc.location(), doc.json()), lastUsed));
            out.add(new AttachedPolicy(doc, List.of(id), "inline policy " + p.name(), holder.info().file()));
        }
        return out;
    }

    /** The user's groups, adding membership grants and MEMBER_OF relations. */
    List<IamGroup> groups(IamUser user, String lastUsed) {
        List<IamGroup> out = new ArrayList<>();
        for (Membership m : user.groups()) {
            Optional<IamGroup> group = inventory.group(user.account(), m.groupName());
            if (group.isEmpty()) {
                warnings.add(user.info().file(), m.location(), "user " + user.arn() + " is in group " + m.groupName()
                        + ", which is not in the export; that group's permissions are unknown");
                continue;
            }
            GrantId id = Ids.membership(user.arn(), group.get().arn());
            draft.grant(new Grant(id, GrantKind.GROUP_MEMBERSHIP, user.info().arnId(), group.get().arn(),
                    "user " + user.name() + " is in group " + group.get().name(),
                    new Evidence(user.info().file(), m.location(), "\"" + m.groupName() + "\""), lastUsed));
            draft.relate(Edge.of(RelationKind.MEMBER_OF, user.arn(), group.get().arn(), List.of(id), Confidence.PROVEN,
                    "AWS-MEMBER"));
            out.add(group.get());
        }
        return out;
    }

    /** A group's policies as they apply to one member: each needs the membership and the group's own grant. */
    static List<AttachedPolicy> throughGroup(IamUser user, IamGroup group, List<AttachedPolicy> groupPolicies) {
        GrantId membership = Ids.membership(user.arn(), group.arn());
        return groupPolicies.stream().map(p -> {
            List<GrantId> grants = new ArrayList<>();
            grants.add(membership);
            grants.addAll(p.grants());
            return new AttachedPolicy(p.document(), grants, p.label() + " through group " + group.name(), p.file());
        }).toList();
    }

    /** Instance profiles: a workload that runs as the role, removable by taking the role out of the profile. */
    void instanceProfiles(IamRole role) {
        for (InstanceProfile p : role.instanceProfiles()) {
            GrantId id = Ids.instanceProfile(p.arn(), role.arn());
            draft.grant(new Grant(id, GrantKind.INSTANCE_PROFILE, EntityId.of(p.arn()), role.arn(),
                    "role " + role.name() + " is in instance profile " + p.name(),
                    new Evidence(role.info().file(), p.location(), "{\"InstanceProfileArn\":\"" + p.arn() + "\"}"),
                    role.lastUsed()));
            draft.relate(Edge.of(RelationKind.RUNS_AS, p.arn(), role.arn(), List.of(id), Confidence.PROVEN, "AWS-EC2-PROFILE"));
        }
    }

    private static Evidence attachmentEvidence(Holder holder, PolicyAttachment a, Optional<ManagedPolicy> policy) {
        if (policy.isEmpty() || policy.get().document().isEmpty()) {
            return new Evidence(holder.info().file(), a.location(), "{\"PolicyArn\":\"" + a.policyArn() + "\"}");
        }
        ManagedPolicy p = policy.get();
        String where = a.location();
        if (!p.file().equals(holder.info().file()) || !p.origin().equals("export")) {
            where += " (default version from " + p.origin() + (p.file().isEmpty() ? "" : " " + p.file()) + ")";
        }
        where += p.location().isEmpty() ? "" : " -> " + p.location();
        return new Evidence(holder.info().file(), where, p.document().get().json());
    }

    static String describe(Holder holder) {
        return switch (holder) {
            case IamUser u -> "user " + u.name();
            case IamGroup g -> "group " + g.name();
            case IamRole r -> "role " + r.name();
        };
    }
}

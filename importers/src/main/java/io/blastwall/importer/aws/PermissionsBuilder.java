package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.AttachedPolicy;
import io.blastwall.importer.aws.policy.EffectivePermissions;
import io.blastwall.importer.aws.policy.PermissionBoundary;
import io.blastwall.importer.aws.policy.PolicyDocument;
import io.blastwall.model.GrantId;
import java.util.HashSet;
import java.util.Set;
import io.blastwall.importer.aws.policy.PolicyEvaluator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Computes every user's and role's effective permissions once (catalogue E15: a user's come from its own and its
 * groups' policies; a role's from its own), and adds the grants and structural relations along the way.
 */
final class PermissionsBuilder {
    private final AwsInventory inventory;
    private final PolicyGrants grants;
    private final PolicyEvaluator evaluator = new PolicyEvaluator();
    /** Every identity policy of each user (own and through groups) and role, with its grants. */
    private final Map<String, List<AttachedPolicy>> userPolicies = new HashMap<>();
    private final Map<String, List<AttachedPolicy>> groupPolicies = new HashMap<>();
    private final Map<String, Boolean> groupMayBeAdmin = new HashMap<>();

    PermissionsBuilder(AwsInventory inventory, PolicyGrants grants) {
        this.inventory = inventory;
        this.grants = grants;
    }

    Map<String, PrincipalPermissions> build() {
        for (IamGroup group : inventory.groups()) {
            groupPolicies.put(group.arn(), grants.ownPolicies(group, ""));
        }
        Map<String, PrincipalPermissions> out = new LinkedHashMap<>();
        for (IamUser user : inventory.users()) {
            String lastUsed = userLastUsed(user);
            List<AttachedPolicy> policies = new ArrayList<>(grants.ownPolicies(user, lastUsed));
            List<IamGroup> groups = grants.groups(user, lastUsed);
            for (IamGroup g : groups) {
                policies.addAll(PolicyGrants.throughGroup(user, g, groupPolicies.getOrDefault(g.arn(), List.of())));
            }
            userPolicies.put(user.arn(), List.copyOf(policies));
            out.put(user.arn(), new PrincipalPermissions(user, permissions(user, policies), groups, lastUsed));
        }
        for (IamRole role : inventory.roles()) {
            List<AttachedPolicy> policies = grants.ownPolicies(role, role.lastUsed());
            userPolicies.put(role.arn(), List.copyOf(policies));
            grants.instanceProfiles(role);
            out.put(role.arn(), new PrincipalPermissions(role, permissions(role, policies), List.of(), role.lastUsed()));
        }
        return out;
    }

    /**
     * The user's effective permissions if it joined the group (catalogue AWS-IAM-09): its own policies (and its
     * groups'), its boundary and SCPs, plus the group's policies with the group's own grants (there is no membership
     * grant yet). Empty when the group's policies alone cannot allow {@code *} on {@code *}, the only case the caller
     * needs, so that most pairs are not evaluated.
     */
    Optional<EffectivePermissions> asAdminCandidateMemberOf(PrincipalPermissions user, IamGroup group) {
        if (!(user.principal() instanceof IamUser u) || !groupMayBeAdmin(group)) {
            return Optional.empty();
        }
        List<AttachedPolicy> policies = new ArrayList<>(userPolicies.getOrDefault(u.arn(), List.of()));
        policies.addAll(groupPolicies.getOrDefault(group.arn(), List.of()));
        return Optional.of(permissions(u, policies));
    }

    /**
     * The user's effective permissions if it joined the group (catalogue AWS-IAM-09), whatever the group allows: its
     * own and its groups' policies, its boundary and SCPs, plus the group's policies with the group's own grants.
     */
    Optional<EffectivePermissions> asMemberOf(PrincipalPermissions user, IamGroup group) {
        if (!(user.principal() instanceof IamUser u)) {
            return Optional.empty();
        }
        List<AttachedPolicy> policies = new ArrayList<>(userPolicies.getOrDefault(u.arn(), List.of()));
        policies.addAll(groupPolicies.getOrDefault(group.arn(), List.of()));
        return Optional.of(permissions(u, policies));
    }

    /**
     * The principal's effective permissions if the managed policy's document were {@code replacement} wherever it
     * applies to the principal (attached to it or to one of its groups), everything else unchanged: its other
     * policies (and their Denies), its boundary and SCPs. For AWS-IAM-01/02: a new or stored default version.
     */
    EffectivePermissions withPolicyDocument(PrincipalPermissions p, String policyArn, PolicyDocument replacement,
            String label) {
        Set<GrantId> attachments = new HashSet<>();
        attachments.add(Ids.attachment(p.arn(), policyArn));
        p.groups().forEach(g -> attachments.add(Ids.attachment(g.arn(), policyArn)));
        List<AttachedPolicy> policies = new ArrayList<>();
        for (AttachedPolicy a : userPolicies.getOrDefault(p.arn(), List.of())) {
            boolean replaced = a.grants().stream().anyMatch(attachments::contains);
            policies.add(replaced ? new AttachedPolicy(replacement, a.grants(), label, a.file()) : a);
        }
        return permissions(p.principal(), policies);
    }

    List<AttachedPolicy> policiesOf(IamGroup group) {
        return groupPolicies.getOrDefault(group.arn(), List.of());
    }

    private boolean groupMayBeAdmin(IamGroup group) {
        return groupMayBeAdmin.computeIfAbsent(group.arn(), arn -> !evaluator.effectivePermissions(
                PrincipalContexts.of(group), policiesOf(group), Optional.empty()).evaluateAll("*", "*").allowances().isEmpty());
    }

    private EffectivePermissions permissions(Holder principal, List<AttachedPolicy> policies) {
        Optional<PermissionBoundary> boundary = principal.boundaryArn().map(arn ->
                new PermissionBoundary(arn, inventory.policy(arn).flatMap(ManagedPolicy::document),
                        inventory.policy(arn).map(ManagedPolicy::file).orElse("")));
        return evaluator.effectivePermissions(PrincipalContexts.of(principal), policies, boundary,
                inventory.scpLevels(principal));
    }

    /** The latest console sign-in or access key use the credential report shows, or empty. */
    private String userLastUsed(IamUser user) {
        return inventory.credentials(user.arn()).map(c -> Stream.concat(
                        Stream.of(c.row().passwordLastUsed()), c.row().keys().stream().map(AccessKey::lastUsed))
                .filter(s -> !s.isEmpty())
                .max(String::compareTo)
                .orElse("")).orElse("");
    }
}

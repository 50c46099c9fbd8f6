package io.blastwall.importer.aws;

import io.blastwall.model.GrantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The possible targets of IAM manipulation rules per account, computed once: users, roles (service-linked roles
 * excluded: IAM refuses to change them), group members, and the holders of each customer-managed policy
 * (separately those of policies with a stored non-default version).
 */
final class TargetIndex {
    private final Map<String, Map<TargetRule.Targets, List<Target>>> byAccount = new LinkedHashMap<>();
    /** Account, kind, lower-case resource ARN: the targets on that resource. */
    private final Map<String, Map<TargetRule.Targets, Map<String, List<Target>>>> byResource = new LinkedHashMap<>();

    TargetIndex(AwsInventory inventory, Map<String, PrincipalPermissions> principals) {
        for (IamUser u : inventory.users()) {
            Target t = new Target(u.arn(), u.arn(), List.of());
            add(u.account(), TargetRule.Targets.USERS, t);
            Boolean password = inventory.credentials(u.arn()).map(c -> c.row().passwordEnabled()).orElse(null);
            if (password == null || password) {
                add(u.account(), TargetRule.Targets.USERS_WITH_PASSWORD, t);
            }
            if (password == null || !password) {
                add(u.account(), TargetRule.Targets.USERS_WITHOUT_PASSWORD, t);
            }
        }
        for (IamRole r : inventory.roles()) {
            if (!r.info().path().startsWith("/aws-service-role/")) {
                add(r.account(), TargetRule.Targets.ROLES, new Target(r.arn(), r.arn(), List.of()));
            }
        }
        for (PrincipalPermissions p : principals.values()) {
            for (IamGroup g : p.groups()) {
                add(p.account(), TargetRule.Targets.GROUP_MEMBERS,
                        new Target(p.arn(), g.arn(), List.of(Ids.membership(p.arn(), g.arn()))));
            }
            policyHolders(inventory, p);
        }
    }

    private void policyHolders(AwsInventory inventory, PrincipalPermissions p) {
        for (PolicyAttachment a : p.principal().attached()) {
            if (isCustomerPolicy(inventory, a.policyArn())) {
                addHolder(inventory, p.account(), new Target(p.arn(), a.policyArn(), List.of(Ids.attachment(p.arn(), a.policyArn()))));
            }
        }
        for (IamGroup g : p.groups()) {
            for (PolicyAttachment a : g.attached()) {
                if (isCustomerPolicy(inventory, a.policyArn())) {
                    List<GrantId> grants = List.of(Ids.membership(p.arn(), g.arn()), Ids.attachment(g.arn(), a.policyArn()));
                    addHolder(inventory, p.account(), new Target(p.arn(), a.policyArn(), grants));
                }
            }
        }
    }

    /** A holder of a customer policy; also a target of AWS-IAM-02 when the policy has a stored non-default version. */
    private void addHolder(AwsInventory inventory, String account, Target target) {
        add(account, TargetRule.Targets.POLICY_HOLDERS, target);
        if (inventory.policy(target.resource()).map(m -> !m.otherVersions().isEmpty()).orElse(false)) {
            add(account, TargetRule.Targets.POLICY_HOLDERS_WITH_OTHER_VERSIONS, target);
        }
    }

    private static boolean isCustomerPolicy(AwsInventory inventory, String arn) {
        return inventory.policy(arn).map(p -> !p.isAwsManaged()).orElse(false);
    }

    private void add(String account, TargetRule.Targets kind, Target target) {
        byAccount.computeIfAbsent(account, k -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>()).add(target);
        byResource.computeIfAbsent(account, k -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new LinkedHashMap<>())
                .computeIfAbsent(target.resource().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(target);
    }

    /** The targets of that kind on one resource (compared case-insensitively, as IAM patterns are). */
    List<Target> byResource(String account, TargetRule.Targets kind, String resource) {
        return byResource.getOrDefault(account, Map.of()).getOrDefault(kind, Map.of())
                .getOrDefault(resource.toLowerCase(java.util.Locale.ROOT), List.of());
    }

    List<Target> targets(String account, TargetRule.Targets kind) {
        return byAccount.getOrDefault(account, Map.of()).getOrDefault(kind, List.of());
    }
}

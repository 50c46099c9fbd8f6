package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.Allowance;
import io.blastwall.importer.aws.policy.Decision;
import io.blastwall.importer.aws.policy.EffectivePermissions;
import io.blastwall.model.GrantId;
import io.blastwall.importer.aws.policy.AttachedPolicy;
import io.blastwall.importer.aws.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Admin-equivalence (catalogue §1.6): an effective {@code *} on {@code *} that no Deny narrows, or a PMapper
 * self-modification path (put or attach a policy on itself or its group, a new version of a customer policy it
 * has, or create a role and give it a policy). Putting, attaching and creating are only counted for principals
 * without a permissions boundary, since a boundary caps whatever policy they add; a new or stored version of a
 * customer policy they have is admin only when, with that version, the boundary and every Deny still allow
 * {@code *} on {@code *}.
 */
final class AdminDetector {
    private final AwsInventory inventory;
    private final PermissionsBuilder builder;

    AdminDetector(AwsInventory inventory, PermissionsBuilder builder) {
        this.inventory = inventory;
        this.builder = builder;
    }

    List<AdminPath> paths(PrincipalPermissions p) {
        EffectivePermissions perms = p.permissions();
        List<AdminPath> out = new ArrayList<>();
        add(out, "AWS-ADMIN", "allows every action on every resource (* on *)", Set.of("*"), perms.evaluateAll("*", "*"));
        if (perms.boundary().isEmpty() && perms.mayAllowService("iam")) {
            selfModification(p, out);
        }
        if (perms.mayAllowService("iam")) {
            policyVersions(p, out);
        }
        if (perms.boundary().isEmpty() && perms.mayAllowService("iam")) {
            createRole(p, out);
        }
        if (!p.isRole() && perms.mayAllowService("iam")) {
            joinGroup(p, out);
        }
        return out;
    }

    private void selfModification(PrincipalPermissions p, List<AdminPath> out) {
        EffectivePermissions perms = p.permissions();
        String kind = p.isRole() ? "Role" : "User";
        Map<String, List<String>> adminPolicy = Map.of("iam:PolicyARN", List.of(adminPolicyArn(p.arn())));
        add(out, p.isRole() ? "AWS-IAM-08" : "AWS-IAM-06", "can put an inline policy on itself (iam:Put" + kind + "Policy)",
                Set.of("iam:Put" + kind + "Policy"), perms.evaluate("iam:Put" + kind + "Policy", p.arn()));
        add(out, p.isRole() ? "AWS-IAM-05" : "AWS-IAM-03", "can attach AdministratorAccess to itself (iam:Attach" + kind + "Policy)",
                Set.of("iam:Attach" + kind + "Policy"), perms.evaluate("iam:Attach" + kind + "Policy", p.arn(), adminPolicy));
        for (IamGroup g : p.groups()) {
            List<GrantId> membership = List.of(Ids.membership(p.arn(), g.arn()));
            add(out, "AWS-IAM-07", "can put an inline policy on its group " + g.name() + " (iam:PutGroupPolicy)",
                    Set.of("iam:PutGroupPolicy"), perms.evaluate("iam:PutGroupPolicy", g.arn()), membership);
            add(out, "AWS-IAM-04", "can attach AdministratorAccess to its group " + g.name() + " (iam:AttachGroupPolicy)",
                    Set.of("iam:AttachGroupPolicy"), perms.evaluate("iam:AttachGroupPolicy", g.arn(), adminPolicy), membership);
        }
    }

    /**
     * AWS-IAM-01/02: a new default version of a customer policy the principal has (through itself or a group), or a
     * stored version made the default, replaces that policy's document; whatever it allows, a permissions boundary
     * still caps it, and the Denies of the other policies, of the boundary and of SCPs still apply. So the path is
     * admin only when the principal, with that document replaced (an {@code Allow * on *} for a new version; each
     * stored version), is allowed {@code *} on {@code *}.
     */
    private void policyVersions(PrincipalPermissions p, List<AdminPath> out) {
        EffectivePermissions perms = p.permissions();
        for (PolicyPath path : customerPoliciesOf(p)) {
            Decision create = perms.evaluate("iam:CreatePolicyVersion", path.policy());
            if (create.isAllowed() && becomesAdmin(p, path, allowEverything(path.policy()))) {
                add(out, "AWS-IAM-01", "can write a new default version of " + path.policy()
                                + ", which applies to it (iam:CreatePolicyVersion)",
                        Set.of("iam:CreatePolicyVersion"), create, path.grants());
            }
            Decision setDefault = perms.evaluate("iam:SetDefaultPolicyVersion", path.policy());
            if (!setDefault.isAllowed()) {
                continue;
            }
            for (PolicyDocument version : inventory.policy(path.policy()).map(ManagedPolicy::otherVersions).orElse(List.of())) {
                if (becomesAdmin(p, path, version)) {
                    add(out, "AWS-IAM-02", "can make a stored version of " + path.policy() + " that allows * on * its default,"
                                    + " and that policy applies to it (iam:SetDefaultPolicyVersion)",
                            Set.of("iam:SetDefaultPolicyVersion"), setDefault, path.grants());
                    break;
                }
            }
        }
    }

    private boolean becomesAdmin(PrincipalPermissions p, PolicyPath path, PolicyDocument document) {
        return builder.withPolicyDocument(p, path.policy(), document, "new default version of " + path.policy())
                .evaluateAll("*", "*").isAllowed();
    }

    /** The document an attacker writes as a new version: {@code Allow * on *}. */
    private static PolicyDocument allowEverything(String policyArn) {
        try {
            return new io.blastwall.importer.aws.policy.PolicyParser().parse(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}",
                    "new version of " + policyArn, io.blastwall.importer.aws.policy.PolicyParser.Kind.IDENTITY);
        } catch (io.blastwall.importer.aws.policy.PolicyFormatException e) {
            throw new IllegalStateException("the built-in policy is valid", e);
        }
    }

    /**
     * AWS-IAM-09: a user allowed {@code iam:AddUserToGroup} on a group it is not in, whose policies, added to its own
     * (its boundary and SCPs still apply), allow {@code *} on {@code *}. Each path rests on the allowance of the
     * action and on the group policies' grants of the admin allowance.
     */
    private void joinGroup(PrincipalPermissions p, List<AdminPath> out) {
        Set<String> member = new HashSet<>();
        p.groups().forEach(g -> member.add(g.arn()));
        for (IamGroup g : inventory.groups()) {
            if (member.contains(g.arn()) || !g.account().equals(p.account())) {
                continue;
            }
            Decision add = p.permissions().evaluate("iam:AddUserToGroup", g.arn());
            if (!add.isAllowed()) {
                continue;
            }
            Set<GrantId> groupGrants = new HashSet<>();
            builder.policiesOf(g).forEach(policy -> groupGrants.addAll(policy.grants()));
            Optional<Decision> admin = builder.asAdminCandidateMemberOf(p, g).map(j -> j.evaluateAll("*", "*"))
                    .filter(Decision::isAllowed);
            int before = out.size();
            for (Allowance adminGrant : admin.map(Decision::allowances).orElse(List.of())) {
                if (adminGrant.grants().stream().noneMatch(groupGrants::contains)) {
                    continue;
                }
                for (Allowance a : add.allowances()) {
                    out.add(new AdminPath("AWS-IAM-09", "can add itself to group " + g.name() + " (iam:AddUserToGroup)",
                            Set.of("iam:AddUserToGroup"), PassRoleRules.both(a, adminGrant)));
                }
            }
            if (out.size() == before) {
                joinThenModifyItself(p, g, add, groupGrants, out);
            }
        }
    }

    /**
     * AWS-IAM-09 then §1.6 1–2: a group whose policies do not allow {@code *} on {@code *} but let a member put or
     * attach a policy on itself ({@code iam:*}, for one) makes a user that can join it admin-equivalent all the same.
     * The path rests on the allowance to join and on the group statement that allows the self-modification.
     */
    private void joinThenModifyItself(PrincipalPermissions p, IamGroup g, Decision add, Set<GrantId> groupGrants,
            List<AdminPath> out) {
        Optional<EffectivePermissions> joined = builder.asMemberOf(p, g);
        if (joined.isEmpty() || !joined.get().boundary().isEmpty() || !joined.get().mayAllowService("iam")) {
            return;
        }
        List<AdminPath> asMember = new ArrayList<>();
        selfModification(new PrincipalPermissions(p.principal(), joined.get(), p.groups(), p.lastUsed()), asMember);
        for (AdminPath path : asMember) {
            if (path.allowance().grants().stream().noneMatch(groupGrants::contains)) {
                continue;
            }
            Set<String> actions = new LinkedHashSet<>(List.of("iam:AddUserToGroup"));
            actions.addAll(path.actions());
            for (Allowance a : add.allowances()) {
                out.add(new AdminPath("AWS-IAM-09", "can add itself to group " + g.name()
                        + " (iam:AddUserToGroup), whose policies let it " + path.reason().replaceFirst("^can ", ""),
                        actions, PassRoleRules.both(a, path.allowance())));
            }
        }
    }

    /** AWS-IAM-14: create a role trusting itself and give it an admin policy; needs both permissions. */
    private static void createRole(PrincipalPermissions p, List<AdminPath> out) {
        EffectivePermissions perms = p.permissions();
        String anyRole = "arn:" + Arn.partitionOf(p.arn()) + ":iam::" + p.account() + ":role/*";
        Decision create = perms.evaluate("iam:CreateRole", anyRole);
        if (!create.isAllowed()) {
            return;
        }
        Map<String, List<String>> adminPolicy = Map.of("iam:PolicyARN", List.of(adminPolicyArn(p.arn())));
        List<Decision> grantsPower = List.of(perms.evaluate("iam:AttachRolePolicy", anyRole, adminPolicy),
                perms.evaluate("iam:PutRolePolicy", anyRole));
        for (Decision power : grantsPower) {
            for (Allowance a : create.allowances()) {
                for (Allowance b : power.allowances()) {
                    out.add(new AdminPath("AWS-IAM-14", "can create a role and give it an admin policy (iam:CreateRole with"
                            + " iam:AttachRolePolicy or iam:PutRolePolicy)",
                            Set.of("iam:CreateRole", "iam:AttachRolePolicy", "iam:PutRolePolicy"), PassRoleRules.both(a, b)));
                }
            }
        }
    }

    /** A customer-managed policy that applies to the principal, and the grants through which it applies. */
    private record PolicyPath(String policy, List<GrantId> grants) {}

    private List<PolicyPath> customerPoliciesOf(PrincipalPermissions p) {
        List<PolicyPath> out = new ArrayList<>();
        p.principal().attached().forEach(a -> out.add(new PolicyPath(a.policyArn(), List.of(Ids.attachment(p.arn(), a.policyArn())))));
        for (IamGroup g : p.groups()) {
            g.attached().forEach(a -> out.add(new PolicyPath(a.policyArn(),
                    List.of(Ids.membership(p.arn(), g.arn()), Ids.attachment(g.arn(), a.policyArn())))));
        }
        out.removeIf(path -> inventory.policy(path.policy()).map(ManagedPolicy::isAwsManaged).orElse(true));
        return out;
    }

    private static void add(List<AdminPath> out, String rule, String reason, Set<String> actions, Decision decision) {
        add(out, rule, reason, actions, decision, List.of());
    }

    /** One path per allowance; {@code extraGrants} are grants the path also needs (the membership of the group). */
    private static void add(List<AdminPath> out, String rule, String reason, Set<String> actions, Decision decision,
            List<GrantId> extraGrants) {
        for (Allowance a : decision.allowances()) {
            List<GrantId> grants = new ArrayList<>(a.grants());
            grants.addAll(extraGrants);
            out.add(new AdminPath(rule, reason, actions, new Allowance(grants, a.confidence(), a.conditions(), a.statements(), a.label(),
                    a.evidence())));
        }
    }

    static String adminPolicyArn(String principalArn) {
        return "arn:" + Arn.partitionOf(principalArn) + ":iam::aws:policy/AdministratorAccess";
    }
}

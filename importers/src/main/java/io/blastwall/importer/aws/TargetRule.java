package io.blastwall.importer.aws;

import io.blastwall.model.RelationKind;
import java.util.List;

/**
 * One IAM manipulation rule (catalogue §1.2): a permission on a target user, role, group or policy gives an
 * escalation relation to the identities affected.
 *
 * @param rule the catalogue id
 * @param kind the relation it creates
 * @param action the permission needed on the target
 * @param targets which targets it applies to
 */
record TargetRule(String rule, RelationKind kind, String action, Targets targets) {

    /** The kinds of targets a rule acts on. */
    enum Targets {
        USERS,
        USERS_WITHOUT_PASSWORD,
        USERS_WITH_PASSWORD,
        ROLES,
        GROUP_MEMBERS,
        POLICY_HOLDERS,
        /** Holders of a customer-managed policy that has a stored non-default version (AWS-IAM-02). */
        POLICY_HOLDERS_WITH_OTHER_VERSIONS
    }

    static final List<TargetRule> ALL = List.of(
            new TargetRule("AWS-IAM-06", RelationKind.CAN_CHANGE_POLICIES, "iam:PutUserPolicy", Targets.USERS),
            new TargetRule("AWS-IAM-03", RelationKind.CAN_CHANGE_POLICIES, "iam:AttachUserPolicy", Targets.USERS),
            new TargetRule("AWS-IAM-08", RelationKind.CAN_CHANGE_POLICIES, "iam:PutRolePolicy", Targets.ROLES),
            new TargetRule("AWS-IAM-05", RelationKind.CAN_CHANGE_POLICIES, "iam:AttachRolePolicy", Targets.ROLES),
            new TargetRule("AWS-IAM-07", RelationKind.CAN_CHANGE_POLICIES, "iam:PutGroupPolicy", Targets.GROUP_MEMBERS),
            new TargetRule("AWS-IAM-04", RelationKind.CAN_CHANGE_POLICIES, "iam:AttachGroupPolicy", Targets.GROUP_MEMBERS),
            new TargetRule("AWS-IAM-01", RelationKind.CAN_CHANGE_POLICIES, "iam:CreatePolicyVersion", Targets.POLICY_HOLDERS),
            new TargetRule("AWS-IAM-02", RelationKind.CAN_CHANGE_POLICIES, "iam:SetDefaultPolicyVersion",
                    Targets.POLICY_HOLDERS_WITH_OTHER_VERSIONS),
            new TargetRule("AWS-IAM-10", RelationKind.CAN_WRITE_CREDENTIALS, "iam:CreateAccessKey", Targets.USERS),
            new TargetRule("AWS-IAM-11", RelationKind.CAN_WRITE_CREDENTIALS, "iam:CreateLoginProfile", Targets.USERS_WITHOUT_PASSWORD),
            new TargetRule("AWS-IAM-12", RelationKind.CAN_WRITE_CREDENTIALS, "iam:UpdateLoginProfile", Targets.USERS_WITH_PASSWORD),
            new TargetRule("AWS-IAM-13", RelationKind.CAN_ASSUME, "iam:UpdateAssumeRolePolicy", Targets.ROLES));

    /** Attaching a policy is checked with {@code iam:PolicyARN} set to AdministratorAccess, the policy an attacker picks. */
    boolean attachesPolicy() {
        return action.startsWith("iam:Attach");
    }
}

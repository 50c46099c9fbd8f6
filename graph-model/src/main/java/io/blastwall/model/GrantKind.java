package io.blastwall.model;

/** What a person would remove to take a grant away. */
public enum GrantKind {
    MANAGED_POLICY_ATTACHMENT("detach managed policy"),
    INLINE_POLICY("delete or edit inline policy"),
    TRUST_STATEMENT("edit the trust policy"),
    GROUP_MEMBERSHIP("remove from group"),
    INSTANCE_PROFILE("remove role from instance profile"),
    ROLE_BINDING("delete the binding"),
    /** A statement of a resource-based policy (an S3 bucket policy) that names the principal. */
    RESOURCE_POLICY_STATEMENT("edit the resource policy"),
    CREDENTIAL("deactivate the credential"),
    OTHER("remove");

    private final String action;

    GrantKind(String action) {
        this.action = action;
    }

    /** The remediation verb phrase shown next to a suggested cut. */
    public String action() {
        return action;
    }
}

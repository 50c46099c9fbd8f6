package io.blastwall.model;

/** The kind of a relation, and whether an attacker can follow it to act as the target identity. */
public enum RelationKind {
    /** A user is in a group and gets its permissions. */
    MEMBER_OF("member of", true),
    /** The source can assume the target role (trust policy plus, where needed, its own permission). */
    CAN_ASSUME("can assume", true),
    /** The source can pass the target role to a service it controls and run code as it. */
    CAN_PASS_ROLE("can pass role to a service", true),
    /** The source can create or change credentials of the target (access keys, passwords, tokens). */
    CAN_WRITE_CREDENTIALS("can create credentials of", true),
    /**
     * The source can give itself the target's permissions (AWS-IAM-09: add itself to a group), or otherwise take on
     * what the target may do.
     */
    CAN_CHANGE_PERMISSIONS("can change permissions of", true),
    /**
     * The source can change what the target identity may do (attach or put its policies, a new version of a policy it
     * holds) but does not act as it: on its own no escalation (catalogue "A ⇒ PERMS(X)"). Where the source also
     * reaches the target, the importer adds the escalation it makes ({@code ADMIN_OF}, with the grants of both).
     */
    CAN_CHANGE_POLICIES("can change the policies of", false),
    /** The source can impersonate the target or mint a token for it. */
    CAN_IMPERSONATE("can impersonate", true),
    /** A workload runs as the target identity (pod service account, instance profile, function role). */
    RUNS_AS("runs as", true),
    /** A credential authenticates as the target identity. */
    AUTHENTICATES_AS("authenticates as", true),
    /** The source is admin-equivalent: it can do anything in the target account or cluster. */
    ADMIN_OF("is admin of", true),
    /**
     * Whoever controls the source (an account or cluster) controls the target identity in it: an administrator can
     * rewrite its trust, attach policies to it or mint its credentials. Holds no grant of its own: cut the way in.
     */
    CONTROLS("controls", true),
    /** The source can access a resource with a level and actions. */
    CAN_ACCESS("can access", false),
    /** A policy is attached to an identity (informational: access is already expanded). */
    HAS_POLICY("has policy", false),
    /** A human owns or uses a non-human identity. */
    OWNS("owns", false);

    private final String label;
    private final boolean traversable;

    RelationKind(String label, boolean traversable) {
        this.label = label;
        this.traversable = traversable;
    }

    public String label() {
        return label;
    }

    /** True when reaching the source means reaching the target identity (lateral movement or escalation). */
    public boolean traversable() {
        return traversable;
    }
}

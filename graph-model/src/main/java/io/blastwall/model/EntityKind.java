package io.blastwall.model;

/** What an entity is. Identities can act; everything else is acted upon or grants. */
public enum EntityKind {
    HUMAN("Human", true, false),
    SERVICE_ACCOUNT("Service account", true, true),
    ROLE("Role", true, true),
    GROUP("Group", true, false),
    AI_AGENT("AI agent", true, true),
    WORKLOAD("Workload", true, true),
    CREDENTIAL("Credential", true, true),
    FEDERATED_PRINCIPAL("Federated principal", true, true),
    SERVICE("Cloud service", true, true),
    EXTERNAL_ACCOUNT("External account", true, true),
    POLICY("Policy", false, false),
    RESOURCE("Resource", false, false);

    private final String label;
    private final boolean identity;
    private final boolean nonHuman;

    EntityKind(String label, boolean identity, boolean nonHuman) {
        this.label = label;
        this.identity = identity;
        this.nonHuman = nonHuman;
    }

    public String label() {
        return label;
    }

    /** True for things that authenticate or hold permissions (including groups, which pass them on). */
    public boolean isIdentity() {
        return identity;
    }

    /** True for the machine identities Blastwall is about. */
    public boolean isNonHuman() {
        return nonHuman;
    }

    /**
     * True for the identities listed by default: the non-human ones an analyst can review and change. Cloud
     * service principals ({@code ec2.amazonaws.com}) are left out: they are the door into a role, not a grant holder.
     */
    public boolean isRankedByDefault() {
        return nonHuman && this != SERVICE;
    }
}

package io.blastwall.analysis;

/**
 * The kinds of finding {@link FindingsAnalyzer} reports, each mapped to the risk of the OWASP Non-Human
 * Identities Top 10 (2025) it is an instance of.
 */
public enum FindingKind {
    ADMIN_EQUIVALENT("Admin-equivalent identity", OwaspNhi.NHI5, Severity.CRITICAL),
    OVER_PRIVILEGED("Over-privileged identity", OwaspNhi.NHI5, Severity.HIGH),
    UNUSED_IDENTITY("Unused identity still holding access", OwaspNhi.NHI1, Severity.MEDIUM),
    NEVER_USED_KEY("Access key never used", OwaspNhi.NHI1, Severity.MEDIUM),
    STALE_KEY("Stale access key", OwaspNhi.NHI1, Severity.MEDIUM),
    LONG_LIVED_KEY("Long-lived access key", OwaspNhi.NHI7, Severity.MEDIUM),
    SHARED_IDENTITY("Identity shared by several consumers", OwaspNhi.NHI9, Severity.LOW),
    CROSS_ENVIRONMENT("Access across accounts or environments", OwaspNhi.NHI8, Severity.MEDIUM),
    THIRD_PARTY_TRUST("Trusted by a third party", OwaspNhi.NHI3, Severity.MEDIUM),
    BROAD_FEDERATED_TRUST("Federated trust open to many subjects", OwaspNhi.NHI6, Severity.HIGH),
    HUMAN_USE("Human use of a non-human identity", OwaspNhi.NHI10, Severity.HIGH);

    private final String title;
    private final OwaspNhi owasp;
    private final Severity severity;

    FindingKind(String title, OwaspNhi owasp, Severity severity) {
        this.title = title;
        this.owasp = owasp;
        this.severity = severity;
    }

    public String title() {
        return title;
    }

    /** The OWASP Non-Human Identities Top 10 risk this kind of finding belongs to. */
    public OwaspNhi owasp() {
        return owasp;
    }

    /** How bad a finding of this kind is before its context raises it (reaching crown jewels). */
    public Severity severity() {
        return severity;
    }

    /** How urgent a finding is, most urgent first. */
    public enum Severity {
        CRITICAL,
        HIGH,
        MEDIUM,
        LOW;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** One step more urgent (critical stays critical). */
        public Severity raised() {
            return this == CRITICAL ? CRITICAL : values()[ordinal() - 1];
        }
    }
}

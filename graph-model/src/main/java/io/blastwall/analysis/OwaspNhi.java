package io.blastwall.analysis;

/** The OWASP Non-Human Identities Top 10 (2025) risks. */
public enum OwaspNhi {
    NHI1("NHI1:2025", "Improper Offboarding"),
    NHI2("NHI2:2025", "Secret Leakage"),
    NHI3("NHI3:2025", "Vulnerable Third-Party NHI"),
    NHI4("NHI4:2025", "Insecure Authentication"),
    NHI5("NHI5:2025", "Overprivileged NHI"),
    NHI6("NHI6:2025", "Insecure Cloud Deployment Configurations"),
    NHI7("NHI7:2025", "Long-Lived Secrets"),
    NHI8("NHI8:2025", "Environment Isolation"),
    NHI9("NHI9:2025", "NHI Reuse"),
    NHI10("NHI10:2025", "Human Use of NHI");

    private final String id;
    private final String title;

    OwaspNhi(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The official id, {@code NHI5:2025}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}

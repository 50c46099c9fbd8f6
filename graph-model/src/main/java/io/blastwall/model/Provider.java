package io.blastwall.model;

/** Where an entity lives. */
public enum Provider {
    AWS("AWS"),
    KUBERNETES("Kubernetes"),
    GCP("GCP"),
    AZURE("Azure"),
    GITHUB("GitHub"),
    EXTERNAL("External");

    private final String label;

    Provider(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package io.blastwall.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A sample environment bundled with Blastwall, as the files a customer would export. The app extracts one to a
 * folder and imports it like any other input; the importer tests read the same files.
 */
public enum SampleDataset {
    NORTHWIND(
            "northwind",
            "aws/northwind",
            "Northwind Logistics (AWS and EKS)",
            "A fictional logistics company: a prod and a ci-tools AWS account (IAM authorization details and"
                    + " credential reports, November 2026). A Bedrock support agent reaches the customer-data"
                    + " bucket through two role hops; CI, a legacy Jenkins user, a vendor and two more AI agents"
                    + " show the other usual findings. On the EKS cluster northwind-prod, a triage agent's service"
                    + " account assumes an IAM role (IRSA) that reads support tickets in the same bucket, and a CI"
                    + " deployer and a developer group that can create pods in its namespace inherit that path.",
            List.of(
                    "prod-111122223333-gaad.json",
                    "prod-111122223333-credential-report.csv",
                    "ci-tools-444455556666-gaad.json",
                    "ci-tools-444455556666-credential-report.csv",
                    "eks-northwind-prod-cluster.json",
                    "k8s-northwind-prod-rbac.json",
                    "k8s-northwind-prod-workloads.json"));

    private static final String ROOT = "/io/blastwall/sampledata/";

    private final String directoryName;
    private final String folder;
    private final String title;
    private final String description;
    private final List<String> resourceNames;

    SampleDataset(String directoryName, String folder, String title, String description, List<String> names) {
        this.directoryName = directoryName;
        this.folder = folder;
        this.title = title;
        this.description = description;
        this.resourceNames = List.copyOf(names);
    }

    /** A short name for menus and snapshot labels. */
    public String title() {
        return title;
    }

    /** One paragraph saying what the environment contains and what it shows. */
    public String description() {
        return description;
    }

    /** The name of the folder {@link #extractTo} creates. */
    public String directoryName() {
        return directoryName;
    }

    /** The file names of the dataset, in the order an importer may read them. */
    public List<String> resourceNames() {
        return resourceNames;
    }

    /**
     * Opens one file of the dataset; the caller closes the stream.
     *
     * @throws IllegalArgumentException if {@code name} is not one of {@link #resourceNames()}
     * @throws IllegalStateException if the file is missing from the build (a packaging defect)
     */
    public InputStream open(String name) {
        if (!resourceNames.contains(name)) {
            throw new IllegalArgumentException(
                    "'" + name + "' is not a file of the " + this + " sample; its files are " + resourceNames);
        }
        InputStream in = SampleDataset.class.getResourceAsStream(resourcePath(name));
        if (in == null) {
            throw new IllegalStateException("sample file missing from the build: " + resourcePath(name));
        }
        return in;
    }

    /**
     * Copies every file of the dataset into {@code directory/<directoryName>/}, replacing earlier copies, and
     * returns that folder.
     */
    public Path extractTo(Path directory) throws IOException {
        Path target = directory.resolve(directoryName);
        Files.createDirectories(target);
        for (String name : resourceNames) {
            try (InputStream in = open(name)) {
                Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private String resourcePath(String name) {
        return ROOT + folder + "/" + name;
    }
}

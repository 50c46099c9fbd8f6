package io.blastwall.importer;

/** The formats Blastwall recognises by content. */
public enum SourceFormat {
    /** {@code aws iam get-account-authorization-details} output. */
    AWS_GAAD("aws-gaad", true),
    /** The IAM credential report, as CSV or as the {@code GetCredentialReport} JSON wrapper. */
    AWS_CREDENTIAL_REPORT("aws-credential-report", true),
    /** An AWS Organizations export with service control policies (see the README's inputs). */
    AWS_ORGANIZATION("aws-organization", true),
    /**
     * S3 bucket policies: {@code {"BucketPolicies":[{"Bucket":"name","Account":"id","Policy":"<json>"}]}}, or one
     * bucket's {@code aws s3api get-bucket-policy} output ({@code {"Policy":"<json>"}}) in a file named for the bucket.
     */
    AWS_BUCKET_POLICIES("aws-bucket-policies", true),
    /** One IAM policy document ({@code Version} and {@code Statement}); only used as a policy document. */
    AWS_POLICY_DOCUMENT("aws-policy-document", false),
    /** The iam-dataset list of AWS managed policies; only used as policy documents. */
    AWS_MANAGED_POLICY_LIST("aws-managed-policy-list", false),
    /**
     * Kubernetes objects: {@code kubectl get ... -o json|yaml} output ({@code kind: List} or {@code *List}), single
     * objects, or YAML manifests with several documents.
     */
    KUBERNETES_OBJECTS("kubernetes-objects", true),
    /** {@code aws eks describe-cluster} output: names a cluster and its OIDC issuer. */
    AWS_EKS_CLUSTER("aws-eks-cluster", true),
    /** EKS Pod Identity associations: {@code list-pod-identity-associations} / {@code describe-pod-identity-association}. */
    AWS_EKS_POD_IDENTITY("aws-eks-pod-identity", true),
    /** EKS access entries: {@code list-access-entries}, {@code describe-access-entry}, {@code list-associated-access-policies}. */
    AWS_EKS_ACCESS_ENTRIES("aws-eks-access-entries", true),
    /** A Kubernetes collector's description of the cluster it dumped (KubeHound's {@code metadata.json}). */
    KUBERNETES_CLUSTER_INFO("kubernetes-cluster-info", true),
    /** Content Blastwall does not read; such files are skipped with a warning. */
    UNSUPPORTED("unsupported", false);

    private final String label;
    private final boolean snapshotSource;

    SourceFormat(String label, boolean snapshotSource) {
        this.label = label;
        this.snapshotSource = snapshotSource;
    }

    /** The name stored in {@link io.blastwall.model.SourceFile#format()}. */
    public String label() {
        return label;
    }

    /** True for formats that describe an environment; false for reference material such as policy documents. */
    public boolean isSnapshotSource() {
        return snapshotSource;
    }

    /** True for the formats the Kubernetes importer reads. */
    public boolean isKubernetes() {
        return this == KUBERNETES_OBJECTS || this == AWS_EKS_CLUSTER || this == AWS_EKS_POD_IDENTITY
                || this == AWS_EKS_ACCESS_ENTRIES || this == KUBERNETES_CLUSTER_INFO;
    }
}

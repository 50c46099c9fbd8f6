package io.blastwall.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to read and classify inputs.
 *
 * @param aiAgentNamePatterns identity names matching one of these are classified as AI agents
 * @param sensitiveResourcePatterns resource ARNs, names or tag values matching one of these are crown jewels
 * @param policyDocuments extra policy documents (files, folders or zips) used to resolve AWS-managed policies an
 *     export only references: plain policy JSON files named after the policy, or the iam-dataset compact list
 * @param clusterName the Kubernetes cluster name for objects whose cluster nothing else names (no EKS cluster
 *     description beside them); empty to name clusters after the folder the objects were found in
 * @param namespace the namespace of namespaced Kubernetes objects whose manifest names none, as {@code kubectl apply
 *     -n} gives it; empty for {@code default}
 */
public record ImportOptions(
        List<Pattern> aiAgentNamePatterns, List<Pattern> sensitiveResourcePatterns, List<Path> policyDocuments,
        String clusterName, String namespace) {

    /** Names that suggest an AI agent or an LLM-backed workload. */
    public static final String DEFAULT_AI_AGENT_NAME_PATTERN =
            "(?i).*(ai[-_]?agent|llm|copilot|assistant|chatbot|gpt|genai|bedrock).*";

    /** Names that suggest customer, payment, secret or production data. */
    public static final String DEFAULT_SENSITIVE_RESOURCE_PATTERN =
            "(?i).*(customer|pii|payment|cardholder|secret|credential|finance|payroll|prod[-_]?data).*";

    public ImportOptions {
        aiAgentNamePatterns = List.copyOf(aiAgentNamePatterns);
        sensitiveResourcePatterns = List.copyOf(sensitiveResourcePatterns);
        policyDocuments = List.copyOf(policyDocuments);
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(namespace, "namespace");
    }

    public ImportOptions(List<Pattern> aiAgentNamePatterns, List<Pattern> sensitiveResourcePatterns,
            List<Path> policyDocuments) {
        this(aiAgentNamePatterns, sensitiveResourcePatterns, policyDocuments, "", "");
    }

    public static ImportOptions defaults() {
        return new ImportOptions(
                List.of(Pattern.compile(DEFAULT_AI_AGENT_NAME_PATTERN)),
                List.of(Pattern.compile(DEFAULT_SENSITIVE_RESOURCE_PATTERN)),
                List.of());
    }

    public ImportOptions withPolicyDocuments(List<Path> docs) {
        Objects.requireNonNull(docs, "docs");
        return new ImportOptions(aiAgentNamePatterns, sensitiveResourcePatterns, docs, clusterName, namespace);
    }

    public ImportOptions withAiAgentNamePatterns(List<Pattern> patterns) {
        return new ImportOptions(patterns, sensitiveResourcePatterns, policyDocuments, clusterName, namespace);
    }

    public ImportOptions withSensitiveResourcePatterns(List<Pattern> patterns) {
        return new ImportOptions(aiAgentNamePatterns, patterns, policyDocuments, clusterName, namespace);
    }

    /** The namespace of namespaced Kubernetes objects whose manifest names none ({@code kubectl apply -n}). */
    public ImportOptions withNamespace(String name) {
        return new ImportOptions(aiAgentNamePatterns, sensitiveResourcePatterns, policyDocuments, clusterName, name);
    }

    /** The namespace given to namespaced objects whose manifest names none. */
    public String namespaceOrDefault() {
        return namespace.isBlank() ? "default" : namespace;
    }

    /** Names the cluster of Kubernetes objects that no EKS cluster description names. */
    public ImportOptions withClusterName(String name) {
        return new ImportOptions(aiAgentNamePatterns, sensitiveResourcePatterns, policyDocuments, name, namespace);
    }
}

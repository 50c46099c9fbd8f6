package io.blastwall.importer.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwall.importer.DetectedSource;
import io.blastwall.importer.Warnings;
import io.blastwall.importer.aws.policy.PolicyDocument;
import io.blastwall.importer.aws.policy.PolicyFormatException;
import io.blastwall.importer.aws.policy.PolicyParser;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * AWS-managed policy documents from outside the export, used for policies an export attaches but does not include:
 * plain policy files named after the policy ({@code AdministratorAccess.json}), the iam-dataset compact list, the
 * {@code Policies} of another export, and, last, a built-in copy of the two policies datasets leave out.
 */
final class ManagedPolicyCatalog {
    private final Map<String, ManagedPolicy> byArn = new LinkedHashMap<>();
    private final Map<String, ManagedPolicy> byName = new LinkedHashMap<>();
    private final Map<String, ManagedPolicy> builtIn = new LinkedHashMap<>();
    private final PolicyParser parser = new PolicyParser();
    private final Warnings warnings;

    ManagedPolicyCatalog(Warnings warnings) {
        this.warnings = warnings;
        WellKnownPolicies.DOCUMENTS.forEach((name, json) -> {
            String arn = "arn:aws:iam::aws:policy/" + name;
            parse(json, arn, "built-in", "").ifPresent(doc -> builtIn.put(key(name),
                    new ManagedPolicy(arn, name, "/", "", "", "", Optional.of(doc), "built-in", "built-in", "")));
        });
    }

    void add(DetectedSource source) {
        switch (source.format()) {
            case AWS_POLICY_DOCUMENT -> addDocument(source);
            case AWS_MANAGED_POLICY_LIST -> addList(source);
            case AWS_GAAD -> new GaadReader(warnings).readPolicies(source).forEach(this::put);
            default -> warnings.add(source.path(), "", "not a policy document; ignored as a policy source");
        }
    }

    /** The document for a policy ARN: exact ARN first, then, for AWS-managed policies, by name. */
    Optional<ManagedPolicy> find(String arn) {
        ManagedPolicy exact = byArn.get(key(arn));
        if (exact != null) {
            return Optional.of(exact);
        }
        if (!Arn.accountOf(arn).equals("aws")) {
            return Optional.empty();
        }
        String name = Arn.parse(arn).map(Arn::resourceName).orElse("");
        ManagedPolicy named = byName.getOrDefault(key(name), builtIn.get(key(name)));
        return Optional.ofNullable(named).map(p -> rename(p, arn));
    }

    private void addDocument(DetectedSource source) {
        String name = source.input().fileName().replaceFirst("(?i)\\.json$", "");
        String arn = "arn:aws:iam::aws:policy/" + name;
        try {
            PolicyDocument doc = parser.parse(source.json().orElseThrow(), "$", PolicyParser.Kind.IDENTITY);
            put(new ManagedPolicy(arn, name, "/", "", "", "", Optional.of(doc), "policy documents", source.path(), "$"));
        } catch (PolicyFormatException e) {
            warnings.add(source.path(), e.location(), "policy document skipped: " + e.getMessage());
        }
    }

    private void addList(DetectedSource source) {
        JsonNode list = source.json().orElseThrow();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String arn = Json.text(entry, "arn");
            String location = "[" + i + "].document";
            parse(entry.path("document"), arn, source.path(), location).ifPresent(doc -> put(new ManagedPolicy(arn,
                    Json.text(entry, "name"), "", Json.text(entry, "createdate"), Json.text(entry, "updatedate"),
                    Json.text(entry, "version"), Optional.of(doc), "policy documents", source.path(), location)));
        }
    }

    private Optional<PolicyDocument> parse(Object json, String arn, String file, String location) {
        try {
            PolicyDocument doc = json instanceof JsonNode node
                    ? parser.parse(node, location, PolicyParser.Kind.IDENTITY)
                    : parser.parse((String) json, location, PolicyParser.Kind.IDENTITY);
            return Optional.of(doc);
        } catch (PolicyFormatException e) {
            warnings.add(file, e.location(), "policy " + arn + " skipped: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void put(ManagedPolicy policy) {
        if (policy.document().isEmpty()) {
            return;
        }
        byArn.putIfAbsent(key(policy.arn()), policy);
        if (policy.isAwsManaged()) {
            String name = Arn.parse(policy.arn()).map(Arn::resourceName).orElse(policy.name());
            byName.putIfAbsent(key(name), policy);
        }
    }

    private static ManagedPolicy rename(ManagedPolicy p, String arn) {
        return new ManagedPolicy(arn, p.name(), p.path(), p.createDate(), p.updateDate(), p.defaultVersion(), p.document(),
                p.origin(), p.file(), p.location(), p.otherVersions());
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

package io.blastwall.importer.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwall.importer.Warnings;
import io.blastwall.importer.aws.policy.PolicyDocument;
import io.blastwall.importer.aws.policy.PolicyFormatException;
import io.blastwall.importer.aws.policy.PolicyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one entry of an export's {@code Policies} list, keeping its default version and the parsed documents of its other versions. */
final class ManagedPolicyReader {
    private final PolicyParser parser;
    private final Warnings warnings;

    ManagedPolicyReader(PolicyParser parser, Warnings warnings) {
        this.parser = parser;
        this.warnings = warnings;
    }

    Optional<ManagedPolicy> read(JsonNode node, String file, String location) {
        String arn = Json.text(node, "Arn");
        if (!arn.startsWith("arn:")) {
            warnings.add(file, location, "managed policy skipped: it has no Arn");
            return Optional.empty();
        }
        String defaultVersion = Json.text(node, "DefaultVersionId");
        JsonNode versions = node.path("PolicyVersionList");
        Optional<PolicyDocument> document = Optional.empty();
        String docLocation = location;
        List<PolicyDocument> others = new ArrayList<>();
        for (int j = 0; j < versions.size(); j++) {
            JsonNode version = versions.get(j);
            boolean isDefault = version.path("IsDefaultVersion").asBoolean(false)
                    || (!defaultVersion.isEmpty() && defaultVersion.equals(Json.text(version, "VersionId")));
            String at = location + ".PolicyVersionList[" + j + "].Document";
            if (isDefault && document.isEmpty()) {
                docLocation = at;
                document = parse(version.path("Document"), arn, file, at, "default version");
            } else if (!isDefault && !version.path("Document").isMissingNode()) {
                parse(version.path("Document"), arn, file, at, "version " + Json.text(version, "VersionId")).ifPresent(others::add);
            }
        }
        if (document.isEmpty() && versions.isEmpty()) {
            warnings.add(file, location, "managed policy " + arn + " has no default version in the export; it grants nothing here");
        }
        return Optional.of(new ManagedPolicy(arn, Json.text(node, "PolicyName"), Json.text(node, "Path"),
                Json.text(node, "CreateDate"), Json.text(node, "UpdateDate"), defaultVersion, document, "export", file,
                docLocation, others));
    }

    private Optional<PolicyDocument> parse(JsonNode node, String arn, String file, String location, String which) {
        try {
            return Optional.of(parser.parse(node, location, PolicyParser.Kind.IDENTITY));
        } catch (PolicyFormatException e) {
            warnings.add(file, e.location().isEmpty() ? location : e.location(),
                    which + " of managed policy " + arn + " skipped: " + e.getMessage());
            return Optional.empty();
        }
    }
}

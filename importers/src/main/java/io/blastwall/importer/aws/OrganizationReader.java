package io.blastwall.importer.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwall.importer.DetectedSource;
import io.blastwall.importer.Warnings;
import io.blastwall.importer.aws.policy.AttachedPolicy;
import io.blastwall.importer.aws.policy.PolicyDocument;
import io.blastwall.importer.aws.policy.PolicyFormatException;
import io.blastwall.importer.aws.policy.PolicyParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an Organizations export (see the README's inputs): {@code Organization} (from {@code describe-organization}),
 * {@code Roots}, {@code OrganizationalUnits} and {@code Accounts} with their {@code ParentId}, and {@code Policies}:
 * each {@code describe-policy} result ({@code PolicySummary}, {@code Content}) with the {@code Targets} it is attached
 * to. Only policies of type {@code SERVICE_CONTROL_POLICY} (or without a type) are used.
 */
final class OrganizationReader {
    private final Warnings warnings;
    private final PolicyParser parser = new PolicyParser();

    OrganizationReader(Warnings warnings) {
        this.warnings = warnings;
    }

    Organization read(DetectedSource source) {
        JsonNode root = source.json().orElseThrow();
        String file = source.path();
        JsonNode org = root.path("Organization");
        String management = org.path("ManagementAccountId").asText(org.path("MasterAccountId").asText(""));
        Map<String, String> parents = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        root.path("Roots").forEach(r -> names.put(r.path("Id").asText(), "root " + r.path("Id").asText()));
        for (String list : List.of("OrganizationalUnits", "Accounts")) {
            for (JsonNode n : root.path(list)) {
                String id = n.path("Id").asText();
                parents.put(id, n.path("ParentId").asText());
                names.put(id, (list.equals("Accounts") ? "account " : "OU ") + n.path("Name").asText(id) + " (" + id + ")");
            }
        }
        Map<String, List<AttachedPolicy>> policies = new HashMap<>();
        JsonNode list = root.path("Policies");
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            JsonNode summary = p.path("PolicySummary");
            String type = summary.path("Type").asText("SERVICE_CONTROL_POLICY");
            if (!type.equals("SERVICE_CONTROL_POLICY")) {
                continue;
            }
            String where = "Policies[" + i + "].Content";
            PolicyDocument doc;
            try {
                doc = parser.parse(p.path("Content"), where, PolicyParser.Kind.IDENTITY);
            } catch (PolicyFormatException e) {
                warnings.add(file, where, "service control policy " + summary.path("Name").asText() + " is not valid ("
                        + e.getMessage() + "); ignored, so the levels it is attached to may allow nothing");
                continue;
            }
            for (JsonNode t : p.path("Targets")) {
                String target = t.path("TargetId").asText();
                String label = "service control policy " + summary.path("Name").asText(summary.path("Id").asText())
                        + " at " + names.getOrDefault(target, target);
                policies.computeIfAbsent(target, k -> new ArrayList<>()).add(new AttachedPolicy(doc, List.of(), label, file));
            }
        }
        return new Organization(management, parents, names, policies);
    }
}

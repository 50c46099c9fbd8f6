package io.blastwall.importer.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwall.importer.DetectedSource;
import io.blastwall.importer.ImportException;
import io.blastwall.importer.Warnings;
import io.blastwall.importer.aws.policy.PolicyDocument;
import io.blastwall.importer.aws.policy.PolicyFormatException;
import io.blastwall.importer.aws.policy.PolicyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code aws iam get-account-authorization-details} output. A record that cannot be read (no ARN, a malformed
 * policy document) is skipped with a warning naming its JSON path; the rest is imported.
 */
final class GaadReader {
    private static final List<String> LISTS = List.of("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies");

    private final PolicyParser parser = new PolicyParser();
    private final Warnings warnings;

    GaadReader(Warnings warnings) {
        this.warnings = warnings;
    }

    GaadContent read(DetectedSource source) throws ImportException {
        JsonNode root = source.json().orElseThrow();
        for (String list : LISTS) {
            if (root.has(list) && !root.get(list).isArray() && !root.get(list).isNull()) {
                throw new ImportException(source.path(), list, list + " must be a list");
            }
        }
        String file = source.path();
        List<IamUser> users = new ArrayList<>();
        List<IamGroup> groups = new ArrayList<>();
        List<IamRole> roles = new ArrayList<>();
        List<ManagedPolicy> policies = new ArrayList<>();
        each(root, "UserDetailList", file, (node, loc) -> user(node, file, loc).ifPresent(users::add));
        each(root, "GroupDetailList", file, (node, loc) -> holder(node, "Group", file, loc).map(IamGroup::new).ifPresent(groups::add));
        each(root, "RoleDetailList", file, (node, loc) -> role(node, file, loc).ifPresent(roles::add));
        each(root, "Policies", file, (node, loc) -> new ManagedPolicyReader(parser, warnings).read(node, file, loc).ifPresent(policies::add));
        return new GaadContent(file, users, groups, roles, policies);
    }

    /** Only the {@code Policies} of an export, when it is given as a source of policy documents. */
    List<ManagedPolicy> readPolicies(DetectedSource source) {
        List<ManagedPolicy> policies = new ArrayList<>();
        JsonNode root = source.json().orElseThrow();
        each(root, "Policies", source.path(),
                (node, loc) -> new ManagedPolicyReader(parser, warnings).read(node, source.path(), loc).ifPresent(policies::add));
        return policies;
    }

    private interface RecordReader {
        void read(JsonNode node, String location);
    }

    private void each(JsonNode root, String list, String file, RecordReader reader) {
        JsonNode items = root.path(list);
        for (int i = 0; i < items.size(); i++) {
            String location = list + "[" + i + "]";
            if (!items.get(i).isObject()) {
                warnings.add(file, location, "skipped: not a JSON object");
                continue;
            }
            reader.read(items.get(i), location);
        }
    }

    private Optional<IamUser> user(JsonNode node, String file, String location) {
        Optional<HolderInfo> info = holder(node, "User", file, location);
        if (info.isEmpty()) {
            return Optional.empty();
        }
        List<Membership> groups = new ArrayList<>();
        List<JsonNode> names = Json.list(node, "GroupList");
        JsonNode groupList = node.path("GroupList");
        for (int j = 0; j < groupList.size(); j++) {
            if (groupList.get(j).isTextual()) {
                groups.add(new Membership(groupList.get(j).asText(), location + ".GroupList[" + j + "]"));
            }
        }
        if (groups.isEmpty() && !names.isEmpty()) {
            warnings.add(file, location + ".GroupList", "group list is not a list of names; memberships skipped");
        }
        return Optional.of(new IamUser(info.get(), groups));
    }

    private Optional<IamRole> role(JsonNode node, String file, String location) {
        Optional<HolderInfo> info = holder(node, "Role", file, location);
        if (info.isEmpty()) {
            return Optional.empty();
        }
        Optional<PolicyDocument> trust = Optional.empty();
        String trustLocation = location + ".AssumeRolePolicyDocument";
        if (node.has("AssumeRolePolicyDocument")) {
            try {
                trust = Optional.of(parser.parse(node.get("AssumeRolePolicyDocument"), trustLocation, PolicyParser.Kind.TRUST));
            } catch (PolicyFormatException e) {
                warnings.add(file, e.location(), "trust policy of " + info.get().arn()
                        + " skipped (nobody is shown as able to assume the role): " + e.getMessage());
            }
        }
        List<InstanceProfile> profiles = new ArrayList<>();
        List<JsonNode> list = Json.list(node, "InstanceProfileList");
        for (int j = 0; j < list.size(); j++) {
            JsonNode p = list.get(j);
            if (!Json.text(p, "Arn").isEmpty()) {
                profiles.add(new InstanceProfile(Json.text(p, "Arn"), Json.text(p, "InstanceProfileName"),
                        Json.text(p, "CreateDate"), location + ".InstanceProfileList[" + j + "]"));
            }
        }
        JsonNode lastUsed = node.path("RoleLastUsed");
        return Optional.of(new IamRole(info.get(), trust, profiles, Json.text(lastUsed, "LastUsedDate"),
                Json.text(lastUsed, "Region")));
    }

    /** The shared fields; {@code kind} is {@code User}, {@code Group} or {@code Role} as in the export's field names. */
    private Optional<HolderInfo> holder(JsonNode node, String kind, String file, String location) {
        String arn = Json.text(node, "Arn");
        String name = Json.text(node, kind + "Name");
        if (!arn.startsWith("arn:") || name.isEmpty()) {
            warnings.add(file, location, kind.toLowerCase(Locale.ROOT) + " skipped: it has no Arn or " + kind + "Name");
            return Optional.empty();
        }
        String boundary = Json.text(node.path("PermissionsBoundary"), "PermissionsBoundaryArn");
        return Optional.of(new HolderInfo(arn, name, Json.text(node, kind + "Id"), Json.text(node, "Path"),
                Json.text(node, "CreateDate"), attachments(node, file, location),
                inline(node, kind + "PolicyList", arn, file, location),
                boundary.isEmpty() ? Optional.empty() : Optional.of(boundary), Json.tags(node), file, location));
    }

    private List<PolicyAttachment> attachments(JsonNode node, String file, String location) {
        List<PolicyAttachment> out = new ArrayList<>();
        boolean single = node.path("AttachedManagedPolicies").isObject();
        List<JsonNode> list = Json.list(node, "AttachedManagedPolicies");
        for (int j = 0; j < list.size(); j++) {
            String where = location + ".AttachedManagedPolicies" + (single ? "" : "[" + j + "]");
            String arn = Json.text(list.get(j), "PolicyArn");
            if (arn.isEmpty()) {
                warnings.add(file, where, "attachment skipped: it has no PolicyArn");
                continue;
            }
            out.add(new PolicyAttachment(arn, Json.text(list.get(j), "PolicyName"), where));
        }
        return out;
    }

    private List<InlinePolicy> inline(JsonNode node, String field, String holderArn, String file, String location) {
        List<InlinePolicy> out = new ArrayList<>();
        List<JsonNode> list = Json.list(node, field);
        for (int j = 0; j < list.size(); j++) {
            String where = location + "." + field + "[" + j + "]";
            String name = Json.text(list.get(j), "PolicyName");
            try {
                if (name.isEmpty()) {
                    throw new PolicyFormatException(where, "inline policy has no PolicyName");
                }
                PolicyDocument doc = parser.parse(list.get(j).path("PolicyDocument"), where + ".PolicyDocument",
                        PolicyParser.Kind.IDENTITY);
                out.add(new InlinePolicy(name, doc));
            } catch (PolicyFormatException e) {
                warnings.add(file, e.location().isEmpty() ? where : e.location(),
                        "inline policy " + name + " of " + holderArn + " skipped: " + e.getMessage());
            }
        }
        return out;
    }
}

package io.blastwall.importer.aws;

import io.blastwall.importer.Warnings;
import io.blastwall.importer.aws.policy.AttachedPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything read from all AWS inputs of one import, merged: several exports (several accounts) and credential
 * reports. The first file to define a principal wins; later duplicates are reported.
 */
final class AwsInventory {
    private final Map<String, IamUser> users = new LinkedHashMap<>();
    private final Map<String, IamGroup> groups = new LinkedHashMap<>();
    private final Map<String, IamRole> roles = new LinkedHashMap<>();
    private final Map<String, ManagedPolicy> policies = new LinkedHashMap<>();
    private final Map<String, Holder> byUniqueId = new LinkedHashMap<>();
    private final Set<String> ambiguousIds = new HashSet<>();
    private final Map<String, ReportedCredentials> credentials = new LinkedHashMap<>();
    private final Set<String> accounts = new LinkedHashSet<>();
    private final Warnings warnings;
    private Optional<Organization> organization = Optional.empty();

    AwsInventory(Warnings warnings) {
        this.warnings = warnings;
    }

    void add(GaadContent content) {
        content.users().forEach(u -> put(users, u, content.file()));
        content.groups().forEach(g -> put(groups, g, content.file()));
        content.roles().forEach(r -> put(roles, r, content.file()));
        for (ManagedPolicy p : content.policies()) {
            ManagedPolicy existing = policies.get(p.arn());
            if (existing == null || existing.document().isEmpty()) {
                policies.put(p.arn(), p);
            }
        }
    }

    private <T extends Holder> void put(Map<String, T> map, T holder, String file) {
        T existing = map.putIfAbsent(holder.arn(), holder);
        if (existing != null) {
            if (!existing.info().file().equals(file) || !existing.info().location().equals(holder.info().location())) {
                warnings.add(file, holder.info().location(), holder.arn() + " is already defined in "
                        + existing.info().file() + " at " + existing.info().location() + "; this copy is ignored");
            }
            return;
        }
        accounts.add(Arn.accountRoot(Arn.partitionOf(holder.arn()), holder.account()));
        indexUniqueId(holder, file);
    }

    private void indexUniqueId(Holder holder, String file) {
        String id = holder.info().uniqueId();
        if (id.isEmpty() || ambiguousIds.contains(id)) {
            return;
        }
        Holder other = byUniqueId.putIfAbsent(id, holder);
        if (other != null) {
            byUniqueId.remove(id);
            ambiguousIds.add(id);
            warnings.add(file, holder.info().location(), "unique id " + id + " is shared by " + other.arn() + " and "
                    + holder.arn() + "; trust policies naming it are not matched");
        }
    }

    /** The organization whose SCPs apply; one per import (a second one is reported and ignored). */
    void add(Organization org, String file) {
        if (organization.isPresent()) {
            warnings.add(file, "", "a second Organizations export; only the first one's service control policies are used");
            return;
        }
        organization = Optional.of(org);
    }

    /** The SCP levels that apply to the principal (catalogue E2), or none. */
    List<List<AttachedPolicy>> scpLevels(Holder principal) {
        if (organization.isEmpty() || Organization.exempt(principal)) {
            return List.of();
        }
        return organization.get().levels(principal.account());
    }

    void add(CredentialReport report) {
        for (CredentialReportRow row : report.rows()) {
            String partition = Arn.partitionOf(row.arn());
            accounts.add(Arn.accountRoot(partition, Arn.accountOf(row.arn())));
            ReportedCredentials reported = new ReportedCredentials(row, report.asOf(), report.file());
            ReportedCredentials earlier = credentials.putIfAbsent(row.arn(), reported);
            if (earlier != null) {
                boolean newer = row.latestActivity().compareTo(earlier.row().latestActivity()) > 0;
                if (newer) {
                    credentials.put(row.arn(), reported);
                }
                warnings.add(report.file(), row.location(), row.arn() + " has two credential report rows (also "
                        + earlier.file() + " at " + earlier.row().location() + "); the one with the most recent activity is kept");
            }
        }
    }

    /** Users that only a credential report names get an entry of their own, so their keys have a holder. */
    void addUsersOnlyInReports() {
        for (ReportedCredentials c : credentials.values()) {
            CredentialReportRow row = c.row();
            if (row.isRoot() || users.containsKey(row.arn())) {
                continue;
            }
            String path = Arn.parse(row.arn()).map(a -> a.resource().substring("user".length())).orElse("/");
            String userPath = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "/";
            users.put(row.arn(), new IamUser(new HolderInfo(row.arn(), row.user(), "", userPath, row.createDate(),
                    List.of(), List.of(), Optional.empty(), Map.of(), c.file(), row.location()), List.of()));
            warnings.add(c.file(), row.location(), row.arn() + " is only in the credential report: its policies are unknown");
        }
    }

    /** Every managed policy referenced by an attachment or a boundary, resolved from the export or the catalog. */
    void resolvePolicies(ManagedPolicyCatalog catalog) {
        List<String> referenced = new ArrayList<>();
        holders().forEach(h -> {
            h.attached().forEach(a -> referenced.add(a.policyArn()));
            h.boundaryArn().ifPresent(referenced::add);
        });
        for (String arn : referenced) {
            ManagedPolicy known = policies.get(arn);
            if (known != null && known.document().isPresent()) {
                continue;
            }
            Optional<ManagedPolicy> found = catalog.find(arn);
            if (found.isPresent()) {
                policies.put(arn, found.get());
            } else if (known == null) {
                Holder h = holders().filter(x -> references(x, arn)).findFirst().orElseThrow();
                warnings.add(h.info().file(), h.info().location(), "managed policy " + arn
                        + " is attached but its document is neither in the export nor in the policy documents;"
                        + " the access it gives is unknown");
                String name = Arn.parse(arn).map(Arn::resourceName).orElse(arn);
                policies.put(arn, new ManagedPolicy(arn, name, "", "", "", "", Optional.empty(), "missing",
                        h.info().file(), ""));
            }
        }
    }

    private static boolean references(Holder h, String arn) {
        return h.attached().stream().anyMatch(a -> a.policyArn().equals(arn)) || h.boundaryArn().filter(arn::equals).isPresent();
    }

    Stream<Holder> holders() {
        return Stream.of(users.values(), groups.values(), roles.values()).flatMap(Collection::stream);
    }

    Collection<IamUser> users() {
        return users.values();
    }

    Collection<IamGroup> groups() {
        return groups.values();
    }

    Collection<IamRole> roles() {
        return roles.values();
    }

    Collection<ManagedPolicy> policies() {
        return policies.values();
    }

    Optional<ManagedPolicy> policy(String arn) {
        return Optional.ofNullable(policies.get(arn));
    }

    Optional<IamUser> user(String arn) {
        return Optional.ofNullable(users.get(arn));
    }

    Optional<IamRole> role(String arn) {
        return Optional.ofNullable(roles.get(arn));
    }

    /** The group of that name in the user's account. */
    Optional<IamGroup> group(String account, String name) {
        return groups.values().stream().filter(g -> g.account().equals(account) && g.name().equals(name)).findFirst();
    }

    /** The user or role with that unique id, unless two principals share it. */
    Optional<Holder> byUniqueId(String id) {
        return Optional.ofNullable(byUniqueId.get(id));
    }

    Optional<ReportedCredentials> credentials(String arn) {
        return Optional.ofNullable(credentials.get(arn));
    }

    Collection<ReportedCredentials> allCredentials() {
        return credentials.values();
    }

    /** Account root ARNs of every account in the snapshot ({@code arn:aws:iam::123456789012:root}). */
    Set<String> accounts() {
        return accounts;
    }

    boolean hasAccount(String account) {
        return accounts.stream().anyMatch(a -> Arn.accountOf(a).equals(account));
    }
}

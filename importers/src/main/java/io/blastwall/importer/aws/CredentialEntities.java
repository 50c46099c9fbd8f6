package io.blastwall.importer.aws;

import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.Provider;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One CREDENTIAL entity per active access key of the credential report ({@code <userArn>/access-key-<n>}), which
 * AUTHENTICATES_AS its user (or, for the root user's keys, the account). Ages are measured from the report's date;
 * a key is stale when never used or unused for more than 90 days. No key material is read or kept.
 */
final class CredentialEntities {
    static final int STALE_DAYS = 90;

    private final GraphDraft draft;

    CredentialEntities(GraphDraft draft) {
        this.draft = draft;
    }

    void add(ReportedCredentials reported) {
        CredentialReportRow row = reported.row();
        String holder = row.isRoot() ? Arn.accountRoot(Arn.partitionOf(row.arn()), Arn.accountOf(row.arn())) : row.arn();
        if (!draft.has(holder)) {
            return;
        }
        for (AccessKey key : row.keys()) {
            if (key.active()) {
                addKey(reported, holder, key);
            }
        }
    }

    private void addKey(ReportedCredentials reported, String holder, AccessKey key) {
        CredentialReportRow row = reported.row();
        String id = holder + "/access-key-" + key.number();
        Optional<Long> age = days(key.lastRotated(), reported.asOf());
        Optional<Long> unused = key.lastUsed().isEmpty() ? Optional.empty() : days(key.lastUsed(), reported.asOf());
        boolean stale = key.lastUsed().isEmpty() || unused.map(d -> d > STALE_DAYS).orElse(false);
        Props props = Props.of(row.arn()).put("user", row.user()).put("active", "true")
                .put("lastRotated", key.lastRotated()).put("lastUsed", key.lastUsed().isEmpty() ? "never" : key.lastUsed())
                .put("lastUsedRegion", key.lastUsedRegion()).put("lastUsedService", key.lastUsedService())
                .put("ageDays", age.map(String::valueOf).orElse("")).put("daysSinceUse", unused.map(String::valueOf).orElse(""))
                .put("stale", Boolean.toString(stale)).put("asOf", reported.asOf())
                .put("classification", row.isRoot() ? "access key of the account root user" : "IAM user access key");
        draft.put(new Entity(EntityId.of(id), EntityKind.CREDENTIAL, Provider.AWS, "AWS::IAM::AccessKey",
                row.user() + " access key " + key.number(), Sensitivity.NONE, Map.of(), props.map()));
        GrantId grant = Ids.accessKey(row.arn(), key.number());
        draft.grant(new Grant(grant, GrantKind.CREDENTIAL, EntityId.of(holder), id,
                "access key " + key.number() + " of " + row.user(),
                new Evidence(reported.file(), row.location(), row.text()), key.lastUsed()));
        draft.relate(Edge.of(RelationKind.AUTHENTICATES_AS, id, holder, List.of(grant), Confidence.PROVEN, "AWS-ACCESS-KEY"));
    }

    private static Optional<Long> days(String from, String to) {
        try {
            return Optional.of(Duration.between(OffsetDateTime.parse(from), OffsetDateTime.parse(to)).toDays());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

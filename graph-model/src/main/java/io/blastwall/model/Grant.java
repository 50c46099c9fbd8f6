package io.blastwall.model;

import java.util.Objects;

/**
 * One concrete, removable fact that gives access.
 *
 * @param id stable id
 * @param kind what removing it means
 * @param holder the entity that holds the grant (the user whose policy it is, the role whose trust it is)
 * @param subject what is granted, for example the policy ARN or the trusted principal
 * @param description a sentence a person understands
 * @param evidence the source text behind it
 * @param lastUsed ISO-8601 date of last known use, or empty when unknown
 */
public record Grant(
        GrantId id, GrantKind kind, EntityId holder, String subject, String description, Evidence evidence, String lastUsed) {
    public Grant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(lastUsed, "lastUsed");
    }

    public boolean hasKnownUse() {
        return !lastUsed.isEmpty();
    }
}

package io.blastwall.app.ui.identities;

import io.blastwall.analysis.RadiusSummary;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Provider;
import java.util.Locale;
import java.util.Objects;

/** One identity of the ranking table: who it is and how far it reaches. */
public record IdentityRow(
        EntityId id, String name, EntityKind kind, Provider provider, int radiusSize, int crownJewels, double score) {

    public IdentityRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provider, "provider");
    }

    static IdentityRow of(Entity identity, RadiusSummary summary) {
        return new IdentityRow(identity.id(), identity.name(), identity.kind(), identity.provider(),
                summary.size(), summary.crownJewelsReached(), summary.score());
    }

    public String kindLabel() {
        return kind.label();
    }

    public String providerLabel() {
        return provider.label();
    }

    /** Whether the name or the id (an ARN, say) contains {@code text}, ignoring case; blank matches all. */
    public boolean matches(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty()
                || name.toLowerCase(Locale.ROOT).contains(needle)
                || id.value().toLowerCase(Locale.ROOT).contains(needle);
    }
}

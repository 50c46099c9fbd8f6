package io.blastwall.app.ui.graph;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import java.util.Objects;

/**
 * One reached entity as a row of the radius table (the view that takes over from the canvas for very large
 * radii).
 *
 * @param entity what is reached
 * @param name its display name
 * @param kind its kind
 * @param type the provider's type
 * @param hops the distance from the analysed identity
 * @param access the strongest access reached ({@link AccessLevel#NONE} for identities)
 * @param via the name of the identity whose relation reaches it (empty for the analysed identity)
 * @param crownJewel whether it is a crown jewel
 * @param lost whether a simulated removal makes it unreachable
 */
public record RadiusRow(
        EntityId entity,
        String name,
        EntityKind kind,
        String type,
        int hops,
        AccessLevel access,
        String via,
        boolean crownJewel,
        boolean lost) {
    public RadiusRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(via, "via");
    }
}

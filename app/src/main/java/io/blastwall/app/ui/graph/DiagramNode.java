package io.blastwall.app.ui.graph;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import java.util.List;
import java.util.Objects;

/**
 * One box of the radius diagram, in world coordinates: an identity, a resource, or a group of similar
 * resources (one service and type, reached through the same identity at the same distance).
 *
 * @param key unique within the diagram
 * @param label the main text (a name, or "s3 ×42" for a group)
 * @param detail the second line (kind, or access level and type)
 * @param kind the kind, which picks the colour and the shape
 * @param members the entities it stands for (one, or many for a group)
 * @param access the strongest access reached on it ({@link AccessLevel#NONE} for identities)
 * @param crownJewel whether it is (or holds) a crown jewel
 * @param group whether it stands for several resources
 * @param column distance in hops from the analysed identity
 * @param foldKey the key of the group this node is or belongs to once expanded; empty if it folds into none
 * @param hidden how many entities are hidden behind it because its neighbours are collapsed (0 if none)
 */
public record DiagramNode(
        String key,
        String label,
        String detail,
        EntityKind kind,
        List<EntityId> members,
        AccessLevel access,
        boolean crownJewel,
        boolean group,
        int column,
        String foldKey,
        int hidden,
        double x,
        double y,
        double width,
        double height) {

    public DiagramNode {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(foldKey, "foldKey");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("diagram node " + key + " stands for nothing");
        }
        if (hidden < 0) {
            throw new IllegalArgumentException("diagram node " + key + " hides a negative count");
        }
    }

    /** The entity of a single node, or the first member of a group. */
    public EntityId entity() {
        return members.get(0);
    }

    public boolean isRoot() {
        return column == 0;
    }

    /** Whether this node is an expanded member of a group that can fold again. */
    public boolean isGroupMember() {
        return !group && !foldKey.isEmpty();
    }

    /** Whether its neighbours are collapsed (something is hidden behind it). */
    public boolean hasHiddenNeighbours() {
        return hidden > 0;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    DiagramNode at(double newX, double newY) {
        return new DiagramNode(key, label, detail, kind, members, access, crownJewel, group, column, foldKey, hidden,
                newX, newY, width, height);
    }

    DiagramNode hiding(int count) {
        return new DiagramNode(key, label, detail, kind, members, access, crownJewel, group, column, foldKey, count,
                x, y, width, height);
    }
}

package io.blastwall.app.ui.graph;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import io.blastwall.styles.EdgeStyle;

/**
 * How an edge looks by the kind of its relations: acting as another identity, escalating, controlling an
 * account, accessing a resource, or information only. Its dash pattern tells its confidence: solid when
 * proven, dashed when conditional, dotted when heuristic.
 */
enum EdgeLook {
    ACTS_AS("acts as (assume, member, runs as\u2026)", EdgeStyle.TRAVERSABLE, 1.8),
    ESCALATES("escalates (pass role, credentials, permissions)", EdgeStyle.ESCALATION, 2.2),
    CONTROLS("controls (admin of account or cluster)", EdgeStyle.CONTROL, 2.6),
    ACCESSES("accesses a resource", EdgeStyle.ACCESS, 1.2),
    INFORMS("informational (policy, owner)", EdgeStyle.INFORMATIONAL, 1.0);

    private final String legend;
    private final EdgeStyle style;
    private final double width;

    EdgeLook(String legend, EdgeStyle style, double width) {
        this.legend = legend;
        this.style = style;
        this.width = width;
    }

    /** The look of the strongest kind among an edge's relations. */
    static EdgeLook of(DiagramEdge edge) {
        EdgeLook best = INFORMS;
        for (Relation r : edge.relations()) {
            EdgeLook look = of(r.kind());
            if (look.ordinal() < best.ordinal()) {
                best = look;
            }
        }
        return best == ACTS_AS && edge.relations().stream().anyMatch(r -> of(r.kind()) == ESCALATES) ? ESCALATES : best;
    }

    static EdgeLook of(RelationKind kind) {
        return switch (kind) {
            case MEMBER_OF, CAN_ASSUME, CAN_IMPERSONATE, RUNS_AS, AUTHENTICATES_AS -> ACTS_AS;
            case CAN_PASS_ROLE, CAN_WRITE_CREDENTIALS, CAN_CHANGE_PERMISSIONS, CAN_CHANGE_POLICIES -> ESCALATES;
            case ADMIN_OF, CONTROLS -> CONTROLS;
            case CAN_ACCESS -> ACCESSES;
            case HAS_POLICY, OWNS -> INFORMS;
        };
    }

    String legend() {
        return legend;
    }

    EdgeStyle style() {
        return style;
    }

    /** Line width in screen pixels at full zoom for the weakest edge of this look. */
    double baseWidth() {
        return width;
    }

    /** Line width in screen pixels at full zoom; access lines thicken with the access level. */
    double width(DiagramEdge edge) {
        if (this != ACCESSES) {
            return width;
        }
        AccessLevel strongest = AccessLevel.NONE;
        for (Relation r : edge.relations()) {
            strongest = AccessLevel.strongest(strongest, r.access());
        }
        return strongest.weight() >= AccessLevel.PERMISSIONS_MANAGEMENT.weight() ? 2.0
                : strongest.weight() >= AccessLevel.WRITE.weight() ? 1.5 : width;
    }

    /** The dash pattern of a confidence in screen pixels: none (solid) when proven. */
    static double[] dashes(Confidence confidence) {
        return switch (confidence) {
            case PROVEN -> new double[0];
            case CONDITIONAL -> new double[] {7, 5};
            case HEURISTIC -> new double[] {2, 4};
        };
    }
}

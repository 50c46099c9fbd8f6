package io.blastwall.app.report;

import io.blastwall.analysis.PathStep;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import java.util.List;
import java.util.stream.Collectors;

/** Says in plain words why one hop of a path holds. */
public final class HopExplainer {
    private static final int MAX_ACTIONS = 6;
    private final IdentityGraph graph;

    public HopExplainer(IdentityGraph graph) {
        this.graph = graph;
    }

    public String name(EntityId id) {
        return graph.entity(id).map(Entity::name).orElse(id.value());
    }

    /** One or two sentences: what the hop does, and which grants make it possible. */
    public String explain(PathStep step) {
        Relation r = step.relation();
        StringBuilder sb = new StringBuilder();
        sb.append(name(r.from())).append(' ').append(verb(r)).append(' ').append(name(r.to()));
        String actions = actions(r);
        if (!actions.isEmpty()) {
            sb.append(" (").append(actions).append(')');
        }
        sb.append('.');
        if (!step.grants().isEmpty()) {
            sb.append(" Because ")
                    .append(step.grants().stream().map(Grant::description).collect(Collectors.joining("; and ")))
                    .append('.');
        }
        if (r.confidence() != Confidence.PROVEN) {
            sb.append(' ').append(confidenceNote(r));
        }
        return sb.toString();
    }

    private static String verb(Relation r) {
        return switch (r.kind()) {
            case CAN_ACCESS -> "has " + r.access().label() + " access to";
            case CAN_ASSUME -> "can assume";
            case CAN_PASS_ROLE -> "can pass to a service it controls, and so act as,";
            case CAN_WRITE_CREDENTIALS -> "can create credentials for";
            case CAN_CHANGE_PERMISSIONS -> "can change the permissions of";
            case CAN_CHANGE_POLICIES -> "can change the policies of";
            case CAN_IMPERSONATE -> "can impersonate";
            case RUNS_AS -> "runs as";
            case AUTHENTICATES_AS -> "authenticates as";
            case ADMIN_OF -> "is admin-equivalent in";
            case CONTROLS -> "(through its administrators) controls";
            case MEMBER_OF -> "is a member of";
            case HAS_POLICY -> "has the policy";
            case OWNS -> "owns";
        };
    }

    private static String actions(Relation r) {
        List<String> sorted = r.actions().stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", sorted.subList(0, Math.min(MAX_ACTIONS, sorted.size())));
        return sorted.size() > MAX_ACTIONS ? shown + " and " + (sorted.size() - MAX_ACTIONS) + " more" : shown;
    }

    private static String confidenceNote(Relation r) {
        String base = r.confidence() == Confidence.CONDITIONAL
                ? "Only when these conditions hold, which cannot be checked offline: "
                : "Inferred (heuristic): ";
        return r.conditions().isEmpty() ? base + "see the evidence." : base + String.join("; ", r.conditions()) + ".";
    }
}

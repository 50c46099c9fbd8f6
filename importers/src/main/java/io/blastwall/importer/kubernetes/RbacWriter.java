package io.blastwall.importer.kubernetes;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.RelationKind;
import java.util.List;
import java.util.Set;

/**
 * Writes the edges RBAC allows into the draft: each edge holds the grants of one {@link Allow}, and an edge that
 * needs a binding the subject makes first carries that escalation's rule and step.
 */
final class RbacWriter {
    private final KubeDraft draft;

    RbacWriter(KubeDraft draft) {
        this.draft = draft;
    }

    KubeDraft draft() {
        return draft;
    }

    /** A proven CAN_IMPERSONATE edge: the subject can act as the target. */
    void impersonate(String from, String to, Allow allow, String rule, String action) {
        relate(RelationKind.CAN_IMPERSONATE, from, to, allow, Confidence.PROVEN, rule, action, List.of());
    }

    void relate(RelationKind kind, String from, String to, Allow allow, Confidence confidence, String rule, String action,
            List<String> conditions) {
        draft.relate(new KubeEdge(kind, from, to, AccessLevel.NONE, Set.of(allow.action(action)), allow.grants(), confidence,
                allow.rule(rule), conditions));
    }

    void access(String from, String to, Allow allow, AccessLevel level, String rule, String action) {
        access(from, to, allow, level, Confidence.PROVEN, rule, action, List.of());
    }

    void access(String from, String to, Allow allow, AccessLevel level, Confidence confidence, String rule, String action,
            List<String> conditions) {
        draft.relate(new KubeEdge(RelationKind.CAN_ACCESS, from, to, level, Set.of(allow.action(action)), allow.grants(),
                confidence, allow.rule(rule), conditions));
    }
}

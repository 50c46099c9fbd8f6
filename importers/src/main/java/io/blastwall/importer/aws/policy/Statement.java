package io.blastwall.importer.aws.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One statement of a policy document.
 *
 * @param index position in the document's {@code Statement} list
 * @param sid the {@code Sid}, or empty
 * @param effect allow or deny
 * @param actions the action patterns of {@code Action}, or of {@code NotAction} when {@code notAction}
 * @param notAction true when the statement names the actions it does not cover
 * @param resources the resource patterns of {@code Resource} (or {@code NotResource}); {@code ["*"]} when a
 *     resource-based policy such as a trust policy names none
 * @param notResource true when the statement names the resources it does not cover
 * @param principals {@code Principal} (or {@code NotPrincipal}) by type: {@code AWS}, {@code Service}, {@code
 *     Federated}, {@code CanonicalUser}; {@code "*"} is read as {@code {"AWS": ["*"]}}
 * @param notPrincipal true for {@code NotPrincipal}
 * @param conditions the tests of the {@code Condition} block; all must hold
 * @param location JSON path of the statement in its file
 * @param json the statement as compact JSON
 */
public record Statement(
        int index,
        String sid,
        Effect effect,
        List<String> actions,
        boolean notAction,
        List<String> resources,
        boolean notResource,
        Map<String, List<String>> principals,
        boolean notPrincipal,
        List<ConditionClause> conditions,
        String location,
        String json) {

    public Statement {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(effect, "effect");
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        principals = Map.copyOf(principals);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(json, "json");
    }

    public boolean isAllow() {
        return effect == Effect.ALLOW;
    }

    /** True when the statement covers the concrete action (case-insensitive, wildcards in the statement). */
    public boolean matchesAction(String action) {
        boolean listed = actions.stream().anyMatch(a -> Glob.matches(a, action));
        return notAction != listed;
    }

    public boolean hasConditions() {
        return !conditions.isEmpty();
    }
}

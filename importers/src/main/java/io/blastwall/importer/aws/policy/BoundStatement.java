package io.blastwall.importer.aws.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A statement bound to one principal: policy variables in its resources are substituted, and it remembers the
 * policy it came from.
 *
 * @param statement the statement as written
 * @param source the policy (and grants) it came from
 * @param resources the resource patterns after substitution
 * @param unknownVariables variables that could not be resolved offline (replaced by {@code *})
 */
record BoundStatement(
        Statement statement, AttachedPolicy source, List<String> resources, List<String> unknownVariables,
        ActionPatterns actionPatterns, List<String> lowerResources) {

    static Optional<BoundStatement> bind(
            Statement statement, AttachedPolicy source, RequestContext context, Map<Statement, ActionPatterns> cache) {
        List<String> resources = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String pattern : statement.resources()) {
            PolicyVariables.Substitution s = PolicyVariables.substitute(pattern, context);
            s.value().ifPresent(resources::add);
            unknown.addAll(s.unknownKeys());
        }
        if (resources.isEmpty() && !statement.notResource()) {
            return Optional.empty();
        }
        List<String> lower = resources.stream().map(Glob::lower).toList();
        ActionPatterns patterns = cache.computeIfAbsent(statement, s -> new ActionPatterns(s.actions()));
        return Optional.of(new BoundStatement(statement, source, resources, unknown, patterns, lower));
    }

    /** For allows: some of the requested resource (a concrete ARN or a pattern) is covered. */
    boolean allowsPartOf(String resource) {
        String r = Glob.lower(resource);
        if (statement.notResource()) {
            return lowerResources.stream().noneMatch(p -> Glob.coversLower(p, r));
        }
        return lowerResources.stream().anyMatch(p -> Glob.overlapsLower(p, r));
    }

    /** For denies: all of the requested resource is covered. */
    boolean coversAllOf(String resource) {
        String r = Glob.lower(resource);
        if (statement.notResource()) {
            return lowerResources.stream().noneMatch(p -> Glob.overlapsLower(p, r));
        }
        return lowerResources.stream().anyMatch(p -> Glob.coversLower(p, r));
    }

    /** Every action the pattern matches is covered by this statement. */
    boolean coversAction(String actionPattern) {
        return statement.notAction() ? !actionPatterns.anyOverlaps(actionPattern) : actionPatterns.anyCovers(actionPattern);
    }

    /** Some action the pattern matches is covered by this statement. */
    boolean overlapsAction(String actionPattern) {
        return statement.notAction() ? !actionPatterns.anyCovers(actionPattern) : actionPatterns.anyOverlaps(actionPattern);
    }

    ConditionResult conditions(RequestContext context) {
        ConditionResult result = ConditionEvaluator.evaluate(statement.conditions(), context);
        if (unknownVariables.isEmpty() || result.value() == Tri.FALSE) {
            return result;
        }
        List<String> unresolved = new ArrayList<>(result.unresolved());
        unknownVariables.forEach(v -> unresolved.add("${" + v + "} in Resource is not known offline"));
        return new ConditionResult(Tri.UNKNOWN, unresolved);
    }
}

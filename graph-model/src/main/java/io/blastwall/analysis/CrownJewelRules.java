package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Entity;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Provider-independent rules that make entities crown jewels ({@link Sensitivity#CRITICAL}), with the reason in
 * the {@value #PROPERTY} property. The first matching rule gives the reason. Rules only raise: an entity that
 * is already critical stays so. Analyst markings ({@link CrownJewelMarkings}) are applied after the rules.
 */
public final class CrownJewelRules {
    /** The entity property naming the rule that made an entity a crown jewel. */
    public static final String PROPERTY = "crownJewelRule";

    private static final Set<RelationKind> IDENTITY_MANAGEMENT =
            Set.of(RelationKind.CAN_CHANGE_PERMISSIONS, RelationKind.CAN_CHANGE_POLICIES, RelationKind.CAN_WRITE_CREDENTIALS);
    private static final Pattern SECRET_TYPES =
            Pattern.compile("(?i).*(secret|kms|keyvault|key_vault|vault|ssm::parameter).*");

    /** One rule: a reason and a test of an entity in its graph. */
    public record Rule(String reason, BiPredicate<IdentityGraph, Entity> matches) {}

    private final List<Rule> rules;

    private CrownJewelRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static CrownJewelRules of(Rule... rules) {
        return new CrownJewelRules(List.of(rules));
    }

    /** Identities that are admin of an account or cluster ({@code ADMIN_OF}). */
    public static Rule adminEquivalent() {
        return new Rule("admin-equivalent identity", (g, e) -> e.isIdentity()
                && g.outgoing(e.id()).stream().anyMatch(r -> r.kind() == RelationKind.ADMIN_OF));
    }

    /** Identities that can change other identities' permissions or credentials. */
    public static Rule identityManagement() {
        return new Rule("can manage identities (permissions or credentials)", (g, e) -> e.isIdentity()
                && g.outgoing(e.id()).stream().anyMatch(CrownJewelRules::managesIdentities));
    }

    /** Secrets stores and key services, by the provider's type name. */
    public static Rule secretsStores() {
        return new Rule("secrets store or key service", (g, e) -> !e.isIdentity()
                && SECRET_TYPES.matcher(e.nativeType()).matches());
    }

    /** Entities with tag {@code key} (any case) set to one of {@code values} (any case). */
    public static Rule tag(String key, Set<String> values) {
        Set<String> wanted = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return new Rule("tag " + key + " is one of " + values, (g, e) -> e.tags().entrySet().stream()
                .anyMatch(t -> t.getKey().equalsIgnoreCase(key) && wanted.contains(t.getValue().toLowerCase(Locale.ROOT))));
    }

    /** Entities whose name or id matches {@code pattern} entirely. */
    public static Rule name(Pattern pattern) {
        return new Rule("name matches " + pattern.pattern(), (g, e) -> pattern.matcher(e.name()).matches()
                || pattern.matcher(e.id().value()).matches());
    }

    private static boolean managesIdentities(Relation r) {
        return IDENTITY_MANAGEMENT.contains(r.kind())
                || (r.kind() == RelationKind.CAN_ACCESS && r.access() == AccessLevel.PERMISSIONS_MANAGEMENT);
    }

    /** The reason the first matching rule gives, if any rule matches. */
    public Optional<String> reason(IdentityGraph graph, Entity entity) {
        return rules.stream().filter(r -> r.matches().test(graph, entity)).map(Rule::reason).findFirst();
    }

    /** {@code graph} with every entity a rule matches made critical (if it was not already). */
    public IdentityGraph applyTo(IdentityGraph graph) {
        IdentityGraph.Builder builder = graph.toBuilder();
        for (Entity e : graph.entities()) {
            if (!e.isCrownJewel()) {
                reason(graph, e).ifPresent(why -> builder.entity(
                        e.withSensitivity(Sensitivity.CRITICAL).withProperty(PROPERTY, why)));
            }
        }
        return builder.build();
    }
}

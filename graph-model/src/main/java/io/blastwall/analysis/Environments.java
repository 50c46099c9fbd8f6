package io.blastwall.analysis;

import io.blastwall.model.Entity;
import java.util.List;
import java.util.Optional;

/**
 * Where an identity lives, for {@link FindingKind#CROSS_ENVIRONMENT}: its account, its cluster and its
 * {@code env}/{@code environment} tag (or label), as the importers record them.
 */
final class Environments {
    private static final List<String> ENVIRONMENT_TAGS = List.of("env", "environment");

    private Environments() {}

    /** The place of {@code target} when it is another account, cluster or environment than {@code source}'s. */
    static Optional<String> crossing(Entity source, Entity target) {
        if (differs(source.property("account"), target.property("account"))) {
            return Optional.of("account " + target.property("account"));
        }
        if (differs(source.property("cluster"), target.property("cluster"))) {
            return Optional.of("cluster " + target.property("cluster"));
        }
        String from = environment(source);
        String to = environment(target);
        return differs(from, to) ? Optional.of("environment " + to) : Optional.empty();
    }

    /** "account 111122223333", "cluster prod", or "unknown place". */
    static String of(Entity e) {
        if (!e.property("account").isBlank()) {
            return "account " + e.property("account");
        }
        if (!e.property("cluster").isBlank()) {
            return "cluster " + e.property("cluster");
        }
        String env = environment(e);
        return env.isBlank() ? "unknown place" : "environment " + env;
    }

    private static String environment(Entity e) {
        return e.tags().entrySet().stream()
                .filter(t -> ENVIRONMENT_TAGS.contains(t.getKey().toLowerCase(java.util.Locale.ROOT)))
                .map(t -> t.getValue().toLowerCase(java.util.Locale.ROOT))
                .findFirst()
                .orElse("");
    }

    private static boolean differs(String a, String b) {
        return !a.isBlank() && !b.isBlank() && !a.equals(b);
    }
}

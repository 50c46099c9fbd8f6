package io.blastwall.importer.aws.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement's action patterns in lower case, grouped by service prefix, so that asking about {@code s3:GetObject}
 * only compares it with the statement's {@code s3:} patterns (and any with a wildcard service). AWS-managed
 * policies list hundreds of actions; this keeps evaluation proportional to what is relevant.
 */
final class ActionPatterns {
    private final List<String> all = new ArrayList<>();
    private final Map<String, List<String>> byService = new HashMap<>();
    private final List<String> anyService = new ArrayList<>();

    ActionPatterns(List<String> patterns) {
        for (String p : patterns) {
            String lower = Glob.lower(p);
            all.add(lower);
            String service = PolicyParser.service(lower);
            if (Glob.hasWildcard(service)) {
                anyService.add(lower);
            } else {
                byService.computeIfAbsent(service, k -> new ArrayList<>()).add(lower);
            }
        }
    }

    /** Some pattern matches part of what {@code query} (an action or action pattern) matches. */
    boolean anyOverlaps(String query) {
        String q = Glob.lower(query);
        return candidates(q).stream().anyMatch(p -> Glob.overlapsLower(p, q));
    }

    /** Some pattern matches everything {@code query} matches. */
    boolean anyCovers(String query) {
        String q = Glob.lower(query);
        return candidates(q).stream().anyMatch(p -> Glob.coversLower(p, q));
    }

    private List<String> candidates(String query) {
        String service = PolicyParser.service(query);
        if (Glob.hasWildcard(service)) {
            return all;
        }
        List<String> named = byService.getOrDefault(service, List.of());
        if (anyService.isEmpty()) {
            return named;
        }
        List<String> out = new ArrayList<>(named);
        out.addAll(anyService);
        return out;
    }
}

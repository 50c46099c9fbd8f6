package io.blastwall.importer.aws.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements of one effect indexed by the service prefix of their actions, so a question about {@code
 * sts:AssumeRole} only looks at statements that name {@code sts} actions, or any service.
 */
final class StatementIndex {
    private final List<BoundStatement> all = new ArrayList<>();
    private final Map<String, List<BoundStatement>> byService = new LinkedHashMap<>();
    private final List<BoundStatement> anyService = new ArrayList<>();

    void add(BoundStatement statement) {
        all.add(statement);
        Statement s = statement.statement();
        List<String> services = s.actions().stream().map(PolicyParser::service).distinct().toList();
        if (s.notAction() || services.stream().anyMatch(Glob::hasWildcard)) {
            anyService.add(statement);
            return;
        }
        for (String service : services) {
            byService.computeIfAbsent(service, k -> new ArrayList<>()).add(statement);
        }
    }

    /** Statements that may cover an action (or action pattern) of the service. */
    List<BoundStatement> forService(String service) {
        if (Glob.hasWildcard(service)) {
            return all;
        }
        List<BoundStatement> named = byService.getOrDefault(service, List.of());
        if (anyService.isEmpty()) {
            return named;
        }
        List<BoundStatement> out = new ArrayList<>(named);
        out.addAll(anyService);
        return out;
    }

    /** True when some statement may cover an action of the service; allocates nothing. */
    boolean mayCover(String service) {
        return !anyService.isEmpty() || (Glob.hasWildcard(service) ? !all.isEmpty() : byService.containsKey(service));
    }

    List<BoundStatement> all() {
        return all;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }
}

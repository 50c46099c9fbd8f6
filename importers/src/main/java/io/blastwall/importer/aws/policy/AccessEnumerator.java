package io.blastwall.importer.aws.policy;

import io.blastwall.model.Confidence;
import io.blastwall.model.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Lists what a principal's allow statements grant, pattern by pattern: a Deny that covers an (action, resource)
 * pair removes it (or marks it possibly denied when its condition is unknown), a Deny that covers only part of it is
 * noted, service control policies must allow it at every level, and a permissions boundary intersects it (narrowing to the boundary's pattern where that is narrower).
 */
final class AccessEnumerator {
    private final RequestContext context;
    private final StatementIndex allows;
    private final StatementIndex denies;
    private final StatementIndex boundaryAllows;
    private final Optional<PermissionBoundary> boundary;
    private final BiFunction<String, String, Tri> scp;

    AccessEnumerator(RequestContext context, StatementIndex allows, StatementIndex denies, StatementIndex boundaryAllows,
            Optional<PermissionBoundary> boundary, BiFunction<String, String, Tri> scp) {
        this.scp = scp;
        this.context = context;
        this.allows = allows;
        this.denies = denies;
        this.boundaryAllows = boundaryAllows;
        this.boundary = boundary;
    }

    List<AccessGrant> enumerate() {
        List<AccessGrant> out = new ArrayList<>();
        for (BoundStatement s : allows.all()) {
            ConditionResult cond = s.conditions(context);
            if (cond.value() != Tri.FALSE) {
                enumerate(s, cond, out);
            }
        }
        return out;
    }

    private void enumerate(BoundStatement s, ConditionResult cond, List<AccessGrant> out) {
        Statement st = s.statement();
        List<String> notes = new ArrayList<>();
        if (st.notAction()) {
            notes.add("NotAction: " + st.actions());
        }
        if (st.notResource()) {
            notes.add("NotResource: " + s.resources());
        }
        List<String> resources = st.notResource() ? List.of("*") : s.resources();
        List<String> actions = st.notAction() ? List.of("*") : st.actions();
        for (String resource : resources) {
            Map<String, Pair> kept = new LinkedHashMap<>();
            for (String action : actions) {
                allowAfterDenies(action, resource, cond, notes).ifPresent(p -> intersectBoundary(p, kept));
            }
            groupByResource(kept).forEach((res, pairs) -> out.add(grant(res, pairs, s, notes)));
        }
    }

    /** An allowed (action, resource) pair with what it still depends on. */
    private record Pair(String action, String resource, Set<String> conditions, Set<String> notes, boolean heuristic,
            Set<Evidence> checked) {}

    private Optional<Pair> allowAfterDenies(String action, String resource, ConditionResult cond, List<String> notes) {
        Set<String> conditions = new LinkedHashSet<>(cond.unresolved());
        Set<String> pairNotes = new LinkedHashSet<>(notes);
        Set<Evidence> checked = new LinkedHashSet<>();
        for (BoundStatement d : denies.forService(PolicyParser.service(action))) {
            boolean full = d.coversAction(action) && d.coversAllOf(resource);
            boolean partial = !full && d.overlapsAction(action) && d.allowsPartOf(resource);
            if (!full && !partial) {
                continue;
            }
            ConditionResult dc = d.conditions(context);
            if (dc.value() == Tri.TRUE && full) {
                return Optional.empty();
            }
            if (dc.value() == Tri.UNKNOWN) {
                dc.unresolved().forEach(u -> conditions.add("possibly denied (" + d.source().label() + "): " + u));
            } else if (dc.value() == Tri.TRUE) {
                pairNotes.add("except what " + d.source().label() + " denies: " + denied(d));
            }
            String why = dc.value() == Tri.TRUE ? "denies part of it" : dc.value() == Tri.UNKNOWN
                    ? "condition not known offline" : "condition not met";
            checked.add(StatementEvidence.checkedDeny(d.source().file(), d.source().label(), d.statement(), why));
        }
        Tri organization = scp.apply(action, resource);
        if (organization == Tri.FALSE) {
            return Optional.empty();
        }
        if (organization == Tri.UNKNOWN) {
            conditions.add("allowed by the service control policies only under conditions");
        }
        return Optional.of(new Pair(action, resource, conditions, pairNotes, false, checked));
    }

    private void intersectBoundary(Pair pair, Map<String, Pair> kept) {
        if (boundary.isEmpty()) {
            kept.putIfAbsent(pair.action() + " " + pair.resource(), pair);
            return;
        }
        if (boundary.get().document().isEmpty()) {
            pair.conditions().add(boundary.get().unknownCondition());
            pair.checked().add(StatementEvidence.checkedUnknown("permissions boundary " + boundary.get().arn()));
            kept.putIfAbsent(pair.action() + " " + pair.resource(), pair);
            return;
        }
        for (BoundStatement b : boundaryAllows.forService(PolicyParser.service(pair.action()))) {
            if (!b.overlapsAction(pair.action()) || !b.allowsPartOf(pair.resource())) {
                continue;
            }
            ConditionResult bc = b.conditions(context);
            if (bc.value() == Tri.FALSE) {
                continue;
            }
            Set<String> conditions = new LinkedHashSet<>(pair.conditions());
            conditions.addAll(bc.unresolved());
            String action = narrower(pair.action(), b.statement().notAction() ? List.of() : b.statement().actions());
            String resource = narrower(pair.resource(), b.statement().notResource() ? List.of() : b.resources());
            boolean exact = (b.coversAction(pair.action()) || !action.equals(pair.action()))
                    && (b.coversAllOf(pair.resource()) || !resource.equals(pair.resource()));
            Set<Evidence> checked = new LinkedHashSet<>(pair.checked());
            checked.add(StatementEvidence.checkedLimit(boundary.get().file(), "permissions boundary " + boundary.get().arn(),
                    b.statement(), bc.value() == Tri.TRUE ? "allows" : "allows under conditions"));
            kept.putIfAbsent(action + " " + resource, new Pair(action, resource, conditions, pair.notes(), !exact, checked));
        }
    }

    /** The boundary's own pattern when it is inside the allowed one; otherwise the allowed pattern. */
    private static String narrower(String allowed, List<String> boundaryPatterns) {
        for (String b : boundaryPatterns) {
            if (Glob.covers(allowed, b) && !Glob.covers(b, allowed)) {
                return b;
            }
        }
        return allowed;
    }

    private static Map<String, List<Pair>> groupByResource(Map<String, Pair> kept) {
        Map<String, List<Pair>> out = new LinkedHashMap<>();
        kept.values().forEach(p -> out.computeIfAbsent(p.resource(), k -> new ArrayList<>()).add(p));
        return out;
    }

    private static AccessGrant grant(String resource, List<Pair> pairs, BoundStatement s, List<String> baseNotes) {
        Set<String> conditions = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>(baseNotes);
        boolean heuristic = false;
        List<String> actions = new ArrayList<>();
        Set<Evidence> evidence = new LinkedHashSet<>();
        evidence.add(StatementEvidence.allowing(s.source().file(), s.statement()));
        for (Pair p : pairs) {
            evidence.addAll(p.checked());
            actions.add(p.action());
            conditions.addAll(p.conditions());
            notes.addAll(p.notes());
            heuristic |= p.heuristic();
        }
        Confidence confidence = heuristic ? Confidence.HEURISTIC
                : conditions.isEmpty() ? Confidence.PROVEN : Confidence.CONDITIONAL;
        return new AccessGrant(resource, actions, s.source(), s.statement(), confidence, List.copyOf(conditions),
                List.copyOf(notes), List.copyOf(evidence));
    }

    private static String denied(BoundStatement d) {
        Statement st = d.statement();
        return (st.notAction() ? "all actions but " : "") + String.join(", ", st.actions()) + " on "
                + (st.notResource() ? "all resources but " : "") + String.join(", ", d.resources());
    }
}

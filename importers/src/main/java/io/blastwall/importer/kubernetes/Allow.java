package io.blastwall.importer.kubernetes;

import io.blastwall.model.GrantId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One way a subject is allowed a request: the grants that must all stay (one binding, or the bindings behind a
 * binding the subject could make itself), and, for a binding it could make, the rule that lets it
 * ({@code K8S-RBAC-01}) and what it does first ("bind ClusterRole admin to itself in a").
 *
 * @param grants the grants that must all stay
 * @param via the escalation rule when the rules come from a binding the subject can make; empty otherwise
 * @param how what the subject does first to hold the rules; empty for bindings of the export
 */
record Allow(List<GrantId> grants, String via, String how) {
    Allow {
        grants = List.copyOf(new LinkedHashSet<>(grants));
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(how, "how");
    }

    static Allow of(GrantId grant) {
        return new Allow(List.of(grant), "", "");
    }

    boolean isDerived() {
        return !via.isEmpty();
    }

    /** The rule of an edge this allowance leads to: the escalation rule, when there is one. */
    String rule(String base) {
        return via.isEmpty() ? base : via;
    }

    /** The action of an edge this allowance leads to, preceded by the escalation step. */
    String action(String base) {
        return how.isEmpty() ? base : how + ", then " + base;
    }

    /** Both allowances at once: every grant of each, and the escalation of either. */
    Allow and(Allow other) {
        List<GrantId> all = new ArrayList<>(grants);
        all.addAll(other.grants);
        String rule = via.isEmpty() ? other.via : other.via.isEmpty() || other.via.equals(via) ? via : via + "+" + other.via;
        String step = how.isEmpty() ? other.how : other.how.isEmpty() || other.how.equals(how) ? how : how + " and " + other.how;
        return new Allow(all, rule, step);
    }

    /**
     * Every pairing of one allowance of {@code a} with one of {@code b} (the same one counts once), without those
     * that need every grant of another pairing and more: they add nothing a cut would not already remove.
     */
    static List<Allow> pairs(List<Allow> a, List<Allow> b) {
        LinkedHashSet<Allow> out = new LinkedHashSet<>();
        for (Allow x : a) {
            for (Allow y : b) {
                out.add(x.equals(y) ? x : x.and(y));
            }
        }
        return out.stream().filter(x -> out.stream().noneMatch(y -> y != x && x.grants().size() > y.grants().size()
                && x.grants().containsAll(y.grants()))).toList();
    }
}

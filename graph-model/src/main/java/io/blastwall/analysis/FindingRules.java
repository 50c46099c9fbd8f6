package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Evidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The checks of {@link FindingsAnalyzer}, one method per kind of finding, applied entity by entity. */
final class FindingRules {
    private static final Pattern SERVICE_WILDCARD = Pattern.compile("\\*|[A-Za-z0-9-]+:\\*");
    private static final Set<RelationKind> ACTING = Set.of(RelationKind.CAN_ASSUME, RelationKind.CAN_IMPERSONATE,
            RelationKind.CAN_PASS_ROLE, RelationKind.CAN_WRITE_CREDENTIALS, RelationKind.CAN_CHANGE_PERMISSIONS);
    private static final Pattern SUBJECT = Pattern.compile(":sub\"\\s*:\\s*(\"[^\"]*\"|\\[[^\\]]*\\])");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Set<RelationKind> HUMAN_CONTROL =
            Set.of(RelationKind.CAN_WRITE_CREDENTIALS, RelationKind.CAN_IMPERSONATE);

    private final IdentityGraph graph;
    private final FindingsPolicy policy;
    private final Set<String> typesRecordingUse;
    private final FindingEvidence evidence;

    FindingRules(IdentityGraph graph, FindingsPolicy policy) {
        this.graph = graph;
        this.policy = policy;
        this.typesRecordingUse = graph.entities().stream()
                .filter(e -> e.isIdentity() && !e.property("lastUsed").isBlank())
                .map(Entity::nativeType)
                .collect(Collectors.toSet());
        this.evidence = new FindingEvidence(graph);
    }

    void check(Entity e, Consumer<Finding> out) {
        if (e.kind() == EntityKind.CREDENTIAL) {
            keys(e, out);
        }
        if (!e.isIdentity()) {
            return;
        }
        if (isMachine(e)) {
            if (!adminEquivalent(e, out)) {
                overPrivileged(e, out);
            }
            if (e.kind() != EntityKind.CREDENTIAL) {
                unused(e, out);
            }
            crossEnvironment(e, out);
            consolePassword(e, out);
        }
        shared(e, out);
        thirdParty(e, out);
        federated(e, out);
        humanControl(e, out);
    }

    /** Non-human identities an analyst can change: not cloud services, identity providers or foreign accounts. */
    private static boolean isMachine(Entity e) {
        return e.kind().isRankedByDefault()
                && e.kind() != EntityKind.EXTERNAL_ACCOUNT
                && e.kind() != EntityKind.FEDERATED_PRINCIPAL;
    }

    private boolean adminEquivalent(Entity e, Consumer<Finding> out) {
        List<Relation> admin = outgoing(e, RelationKind.ADMIN_OF);
        if (admin.isEmpty()) {
            return false;
        }
        String targets = admin.stream().map(r -> name(r.to())).distinct().collect(Collectors.joining(", "));
        String rules = admin.stream().map(Relation::rule).distinct().collect(Collectors.joining(", "));
        out.accept(finding(FindingKind.ADMIN_EQUIVALENT, e,
                e.name() + " is admin of " + targets + " (" + rules + ")", evidence.ofRelations(admin), strongest(admin)));
        return true;
    }

    private void overPrivileged(Entity e, Consumer<Finding> out) {
        List<Relation> full = outgoing(e, RelationKind.CAN_ACCESS).stream()
                .filter(r -> r.access() == AccessLevel.ADMIN)
                .filter(r -> r.actions().stream().anyMatch(a -> SERVICE_WILDCARD.matcher(a).matches()))
                .toList();
        if (full.isEmpty()) {
            return;
        }
        Set<String> wildcards = new TreeSet<>();
        full.forEach(r -> r.actions().stream().filter(a -> SERVICE_WILDCARD.matcher(a).matches()).forEach(wildcards::add));
        long resources = full.stream().map(Relation::to).distinct().count();
        out.accept(finding(FindingKind.OVER_PRIVILEGED, e,
                e.name() + " holds every action (" + String.join(", ", wildcards) + ") on "
                        + resources + (resources == 1 ? " resource" : " resources"),
                evidence.ofRelations(full), strongest(full)));
    }

    private void unused(Entity e, Consumer<Finding> out) {
        if (!holdsAccess(e)) {
            return;
        }
        String lastUsed = e.property("lastUsed");
        if (lastUsed.isBlank() || lastUsed.equalsIgnoreCase("never")) {
            if (lastUsed.isBlank() && !typesRecordingUse.contains(e.nativeType())) {
                return;
            }
            out.accept(finding(FindingKind.UNUSED_IDENTITY, e,
                    e.name() + " has never been used but still holds access",
                    List.of(evidence.ofProperty(e, "lastUsed", lastUsed.isBlank() ? "(none recorded)" : lastUsed)),
                    lastUsed.isBlank() ? Confidence.HEURISTIC : Confidence.PROVEN));
            return;
        }
        daysBefore(lastUsed).filter(d -> d > policy.staleDays()).ifPresent(d -> out.accept(finding(
                FindingKind.UNUSED_IDENTITY, e,
                e.name() + " was last used " + d + " days before the export (" + lastUsed.substring(0, 10)
                        + ") but still holds access",
                List.of(evidence.ofProperty(e, "lastUsed", lastUsed)), Confidence.PROVEN)));
    }

    private void keys(Entity key, Consumer<Finding> out) {
        if (key.property("active").equalsIgnoreCase("false")) {
            return;
        }
        List<Evidence> row = evidence.ofRelations(outgoing(key, RelationKind.AUTHENTICATES_AS));
        String lastUsed = key.property("lastUsed");
        if (lastUsed.equalsIgnoreCase("never")) {
            out.accept(finding(FindingKind.NEVER_USED_KEY, key, key.name() + " is active and has never been used",
                    row, Confidence.PROVEN));
        } else {
            daysBefore(lastUsed).filter(d -> d > policy.staleDays()).ifPresent(d -> out.accept(finding(
                    FindingKind.STALE_KEY, key, key.name() + " is active but was last used " + d + " days before the export",
                    row, Confidence.PROVEN)));
        }
        daysBefore(key.property("lastRotated")).filter(d -> d > policy.maxKeyAgeDays()).ifPresent(d -> out.accept(finding(
                FindingKind.LONG_LIVED_KEY, key,
                key.name() + " has not been rotated for " + d + " days (limit " + policy.maxKeyAgeDays() + ")",
                row, Confidence.PROVEN)));
    }

    private void shared(Entity e, Consumer<Finding> out) {
        List<Relation> runners = incoming(e, RelationKind.RUNS_AS);
        Set<String> consumers = runners.stream().map(r -> name(r.from())).collect(Collectors.toCollection(TreeSet::new));
        if (consumers.size() >= policy.sharedConsumers()) {
            out.accept(finding(FindingKind.SHARED_IDENTITY, e,
                    consumers.size() + " workloads run as " + e.name() + ": " + String.join(", ", consumers),
                    evidence.ofRelations(runners), strongest(runners)));
        }
        List<Relation> keys = incoming(e, RelationKind.AUTHENTICATES_AS).stream()
                .filter(r -> graph.entity(r.from()).map(k -> k.kind() == EntityKind.CREDENTIAL
                        && !k.property("active").equalsIgnoreCase("false")).orElse(false))
                .toList();
        if (keys.size() >= 2 && e.kind().isNonHuman()) {
            out.accept(finding(FindingKind.SHARED_IDENTITY, e,
                    e.name() + " has " + keys.size() + " active access keys: likely used by several consumers",
                    evidence.ofRelations(keys), Confidence.HEURISTIC));
        }
    }

    private void crossEnvironment(Entity e, Consumer<Finding> out) {
        Map<String, List<Relation>> byPlace = new TreeMap<>();
        for (Relation r : graph.outgoing(e.id())) {
            if (!ACTING.contains(r.kind())) {
                continue;
            }
            graph.entity(r.to()).filter(Entity::isIdentity).flatMap(t -> Environments.crossing(e, t))
                    .ifPresent(place -> byPlace.computeIfAbsent(place, p -> new ArrayList<>()).add(r));
        }
        byPlace.forEach((place, relations) -> out.accept(finding(FindingKind.CROSS_ENVIRONMENT, e,
                e.name() + " (" + Environments.of(e) + ") can act as " + relations.stream().map(r -> name(r.to()))
                        .distinct().collect(Collectors.joining(", ")) + " in " + place,
                evidence.ofRelations(relations), strongest(relations))));
    }

    private void thirdParty(Entity e, Consumer<Finding> out) {
        List<Relation> foreign = graph.incoming(e.id()).stream()
                .filter(r -> r.isTraversable() && graph.entity(r.from()).map(FindingRules::isThirdParty).orElse(false))
                .toList();
        for (Relation r : foreign) {
            boolean guarded = !r.conditions().isEmpty();
            Finding f = finding(FindingKind.THIRD_PARTY_TRUST, e,
                    e.name() + " can be used by " + name(r.from())
                            + (guarded ? " under " + String.join(" and ", r.conditions()) : " without any condition"),
                    evidence.ofRelations(List.of(r)), r.confidence());
            out.accept(guarded ? f : new Finding(f.kind(), f.subject(), f.severity().raised(), f.summary(),
                    f.evidence(), f.confidence()));
        }
    }

    /**
     * An identity that an identity provider's tokens can become when the trust does not pin the token's subject:
     * no condition on {@code sub}, or a {@code sub} pattern with a wildcard (every repository, branch or pull
     * request of an organisation, say).
     */
    private void federated(Entity e, Consumer<Finding> out) {
        for (Relation r : graph.incoming(e.id())) {
            boolean fromProvider = r.isTraversable()
                    && graph.entity(r.from()).map(s -> s.kind() == EntityKind.FEDERATED_PRINCIPAL).orElse(false);
            if (!fromProvider) {
                continue;
            }
            List<String> subjects = subjectConditions(r.conditions());
            Optional<String> broad = subjects.stream().filter(v -> v.contains("*")).findFirst();
            if (subjects.isEmpty() || broad.isPresent()) {
                String why = broad.map(v -> "any token whose subject matches " + v)
                        .orElse("any token of the provider (the subject is not checked)");
                out.accept(finding(FindingKind.BROAD_FEDERATED_TRUST, e,
                        e.name() + " can be assumed with " + why + " from " + name(r.from()),
                        evidence.ofRelations(List.of(r)), r.confidence()));
            }
        }
    }

    /** The values the conditions require of a token's {@code sub} claim. */
    private static List<String> subjectConditions(List<String> conditions) {
        List<String> values = new ArrayList<>();
        for (String condition : conditions) {
            java.util.regex.Matcher m = SUBJECT.matcher(condition);
            while (m.find()) {
                java.util.regex.Matcher each = QUOTED.matcher(m.group(1));
                while (each.find()) {
                    values.add(each.group(1));
                }
            }
        }
        return values;
    }

    private void humanControl(Entity e, Consumer<Finding> out) {
        if (!e.kind().isNonHuman()) {
            return;
        }
        List<Relation> byHumans = graph.incoming(e.id()).stream()
                .filter(r -> HUMAN_CONTROL.contains(r.kind()))
                .filter(r -> graph.entity(r.from()).map(s -> s.kind() == EntityKind.HUMAN).orElse(false))
                .toList();
        if (!byHumans.isEmpty()) {
            String people = byHumans.stream().map(r -> name(r.from())).distinct().collect(Collectors.joining(", "));
            out.accept(finding(FindingKind.HUMAN_USE, e,
                    "People can " + byHumans.get(0).kind().label().replaceFirst("^can ", "") + " " + e.name() + ": " + people,
                    evidence.ofRelations(byHumans), strongest(byHumans)));
        }
    }

    private void consolePassword(Entity e, Consumer<Finding> out) {
        if (e.property("consolePassword").equalsIgnoreCase("true")) {
            out.accept(finding(FindingKind.HUMAN_USE, e, e.name() + " has a console password: someone signs in as it",
                    List.of(evidence.ofProperty(e, "consolePassword", "true")), Confidence.PROVEN));
        }
    }

    private static boolean isThirdParty(Entity e) {
        return e.kind() == EntityKind.EXTERNAL_ACCOUNT || e.property("thirdParty").equalsIgnoreCase("true");
    }

    private boolean holdsAccess(Entity e) {
        return graph.outgoing(e.id()).stream()
                .anyMatch(r -> r.kind() == RelationKind.CAN_ACCESS || ACTING.contains(r.kind())
                        || r.kind() == RelationKind.ADMIN_OF);
    }

    private Optional<Long> daysBefore(String date) {
        return FindingsAnalyzer.day(date).map(d -> ChronoUnit.DAYS.between(d, policy.asOf()));
    }

    private List<Relation> outgoing(Entity e, RelationKind kind) {
        return graph.outgoing(e.id()).stream().filter(r -> r.kind() == kind).toList();
    }

    private List<Relation> incoming(Entity e, RelationKind kind) {
        return graph.incoming(e.id()).stream().filter(r -> r.kind() == kind).toList();
    }

    private String name(io.blastwall.model.EntityId id) {
        return graph.entity(id).map(Entity::name).orElse(id.value());
    }

    /** The surest confidence among relations that each suffice on their own. */
    private static Confidence strongest(List<Relation> relations) {
        return relations.stream().map(Relation::confidence).min(Enum::compareTo).orElse(Confidence.HEURISTIC);
    }

    private static Finding finding(FindingKind kind, Entity subject, String summary, List<Evidence> evidence,
            Confidence confidence) {
        return new Finding(kind, subject.id(), kind.severity(), summary, evidence, confidence);
    }
}

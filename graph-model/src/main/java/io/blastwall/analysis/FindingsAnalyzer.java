package io.blastwall.analysis;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the problems DESIGN.md lists under "Findings" in one snapshot, each mapped to the OWASP Non-Human
 * Identities Top 10 and backed by the statements or report rows it rests on:
 * <ul>
 *   <li>{@link FindingKind#ADMIN_EQUIVALENT}: a non-human identity that is admin of an account or cluster;
 *   <li>{@link FindingKind#OVER_PRIVILEGED}: a non-human identity (not admin-equivalent) holding every action of
 *       a service ({@code s3:*}, {@code *}) on some resources;
 *   <li>{@link FindingKind#UNUSED_IDENTITY}: a non-human identity whose last use is older than the stale limit,
 *       or that was never used while the export records use for identities of its type;
 *   <li>{@link FindingKind#NEVER_USED_KEY}, {@link FindingKind#STALE_KEY}, {@link FindingKind#LONG_LIVED_KEY}:
 *       active credentials never used, unused beyond the stale limit, or not rotated beyond the age limit;
 *   <li>{@link FindingKind#SHARED_IDENTITY}: an identity that several workloads run as, or with several active keys;
 *   <li>{@link FindingKind#CROSS_ENVIRONMENT}: a non-human identity that can act as an identity of another account,
 *       cluster or {@code env}/{@code environment} tag;
 *   <li>{@link FindingKind#THIRD_PARTY_TRUST}: an identity that an account outside the snapshot can act as;
 *   <li>{@link FindingKind#BROAD_FEDERATED_TRUST}: an identity an identity provider's tokens can become without a
 *       pinned subject (no {@code sub} condition, or a {@code sub} pattern with a wildcard);
 *   <li>{@link FindingKind#HUMAN_USE}: a human who can mint credentials of, or impersonate, a non-human
 *       identity, and a non-human identity with a console password.
 * </ul>
 * Entity properties read: {@code lastUsed}, {@code lastRotated}, {@code active}, {@code consolePassword},
 * {@code account}, {@code cluster}, {@code thirdParty} (as the importers write them). Results are sorted by
 * severity, then kind, then subject. Immutable and safe to share between threads.
 */
public final class FindingsAnalyzer {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::kind)
            .thenComparing(Finding::subject);

    private final IdentityGraph graph;
    private final FindingsPolicy policy;

    public FindingsAnalyzer(IdentityGraph graph, FindingsPolicy policy) {
        this.graph = graph;
        this.policy = policy;
    }

    /** Every finding, with the kinds' own severities. */
    public List<Finding> findings() {
        return findings(Set.of());
    }

    /**
     * Every finding; those about an identity in {@code reachingCrownJewels} are one severity more urgent (a stale
     * key that leads to customer data matters more than one that leads nowhere).
     */
    public List<Finding> findings(Set<EntityId> reachingCrownJewels) {
        List<Finding> found = new ArrayList<>();
        FindingRules rules = new FindingRules(graph, policy);
        for (Entity e : graph.entities()) {
            rules.check(e, found::add);
        }
        return found.stream()
                .map(f -> reachingCrownJewels.contains(f.subject()) ? raised(f) : f)
                .sorted(ORDER)
                .toList();
    }

    /**
     * The day of the export: the latest {@code asOf} property (a credential report's date) in the graph, else
     * {@code fallback} (the import's day).
     */
    public static LocalDate exportDay(IdentityGraph graph, LocalDate fallback) {
        return graph.entities().stream()
                .map(e -> day(e.property("asOf")))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder())
                .orElse(fallback);
    }

    /** The day of an ISO-8601 date or date-time, if it is one. */
    static Optional<LocalDate> day(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDate());
        } catch (DateTimeParseException notDateTime) {
            try {
                return Optional.of(LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static Finding raised(Finding f) {
        return new Finding(f.kind(), f.subject(), f.severity().raised(), f.summary(), f.evidence(), f.confidence());
    }
}

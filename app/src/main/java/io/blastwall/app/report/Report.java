package io.blastwall.app.report;

import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a report shows: the snapshot it was computed from, the identities ranked by blast radius, and a
 * detailed section (radius, attack paths with evidence, suggested cut) per featured identity.
 */
public record Report(
        Scope scope,
        String title,
        Snapshot snapshot,
        IdentityGraph graph,
        Instant generatedAt,
        List<RankedIdentity> ranking,
        int rankingTotal,
        List<IdentitySection> sections) {
    /** A whole snapshot (ranking first) or one identity (its section first). */
    public enum Scope {
        SNAPSHOT,
        IDENTITY
    }

    public Report {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(generatedAt, "generatedAt");
        ranking = List.copyOf(ranking);
        sections = List.copyOf(sections);
    }
}

package io.blastwall.app.store;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.Provider;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationId;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import io.blastwall.model.Snapshot;
import io.blastwall.model.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Turns driver records read by the {@link Cypher} queries back into model values; the inverse of
 * {@link RowMapper}. Unknown enum names or missing properties raise {@link IllegalArgumentException} or a
 * driver exception, which the callers report as a damaged snapshot.
 */
final class RecordMapper {
    private RecordMapper() {}

    /** A row of {@link Cypher#LIST_SNAPSHOTS} or {@link Cypher#FIND_SNAPSHOT}. */
    static Snapshot snapshot(Record record) {
        List<SourceFile> sources = record.get("sources").asList(RecordMapper::sourceFile);
        return new Snapshot(
                record.get("id").asString(),
                record.get("label").asString(),
                record.get("createdAt").asZonedDateTime().toInstant(),
                sources,
                record.get("entityCount").asInt(),
                record.get("relationCount").asInt());
    }

    /** The {@code properties(e)} map of an {@code :Entity} node. */
    static Entity entity(Value node) {
        Map<String, String> tags = new HashMap<>();
        Map<String, String> properties = new HashMap<>();
        for (String key : node.keys()) {
            if (key.startsWith(RowMapper.TAG_PREFIX)) {
                tags.put(key.substring(RowMapper.TAG_PREFIX.length()), node.get(key).asString());
            } else if (key.startsWith(RowMapper.PROPERTY_PREFIX)) {
                properties.put(key.substring(RowMapper.PROPERTY_PREFIX.length()), node.get(key).asString());
            }
        }
        return new Entity(
                EntityId.of(node.get("id").asString()),
                EntityKind.valueOf(node.get("kind").asString()),
                Provider.valueOf(node.get("provider").asString()),
                node.get("nativeType").asString(),
                node.get("name").asString(),
                Sensitivity.valueOf(node.get("sensitivity").asString()),
                tags,
                properties);
    }

    /** The {@code properties(g)} map of a {@code :Grant} node. */
    static Grant grant(Value node) {
        Evidence evidence = new Evidence(
                node.get("sourceFile").asString(), node.get("location").asString(), node.get("text").asString());
        return new Grant(
                GrantId.of(node.get("id").asString()),
                GrantKind.valueOf(node.get("kind").asString()),
                EntityId.of(node.get("holder").asString()),
                node.get("subject").asString(),
                node.get("description").asString(),
                evidence,
                node.get("lastUsed").asString());
    }

    /** The {@code properties(v)} map of an {@code :Evidence} node. */
    static Evidence evidence(Value node) {
        return new Evidence(
                node.get("sourceFile").asString(), node.get("location").asString(), node.get("text").asString());
    }

    /** The number of an {@code :Evidence} node, by which relationships refer to it. */
    static long evidenceNumber(Value node) {
        return node.get("id").asLong();
    }

    /**
     * A row of {@link Cypher#LOAD_RELATIONS}; {@code evidence} holds the snapshot's {@code :Evidence} by number, and
     * relations that refer to the same number share one {@link Evidence} value.
     */
    static Relation relation(Record record, Map<Long, Evidence> evidence) {
        Value properties = record.get("relation");
        return new Relation(
                RelationId.of(properties.get("id").asString()),
                EntityId.of(record.get("from").asString()),
                EntityId.of(record.get("to").asString()),
                RelationKind.valueOf(record.get("kind").asString()),
                AccessLevel.valueOf(properties.get("access").asString()),
                new LinkedHashSet<>(strings(properties.get("actions"))),
                strings(properties.get("grants")).stream().map(GrantId::of).toList(),
                Confidence.valueOf(properties.get("confidence").asString()),
                properties.get("rule").asString(),
                strings(properties.get("conditions")),
                relationEvidence(properties, evidence));
    }

    /** A list property; a missing one is empty (the writer leaves empty lists out). */
    private static List<String> strings(Value list) {
        return list.isNull() ? List.of() : list.asList(Value::asString);
    }

    /**
     * The relation's statement evidence: the numbers of {@code :Evidence} nodes in {@code evidence}. Snapshots
     * written before those nodes existed hold three parallel lists instead, and older ones none.
     */
    private static List<Evidence> relationEvidence(Value properties, Map<Long, Evidence> evidence) {
        if (!properties.get("evidence").isNull()) {
            List<Evidence> out = new ArrayList<>();
            for (Value number : properties.get("evidence").values()) {
                Evidence found = evidence.get(number.asLong());
                if (found == null) {
                    throw new IllegalArgumentException("relation " + properties.get("id").asString()
                            + " refers to evidence " + number.asLong() + ", which is not in the snapshot");
                }
                out.add(found);
            }
            return out;
        }
        if (properties.get("evidenceLocation").isNull()) {
            return List.of();
        }
        List<String> sources = properties.get("evidenceSource").asList(Value::asString);
        List<String> locations = properties.get("evidenceLocation").asList(Value::asString);
        List<String> texts = properties.get("evidenceText").asList(Value::asString);
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            out.add(new Evidence(sources.get(i), locations.get(i), texts.get(i)));
        }
        return out;
    }

    private static SourceFile sourceFile(Value source) {
        return new SourceFile(
                source.get("path").asString(),
                source.get("sha256").asString(),
                source.get("format").asString(),
                source.get("bytes").asLong());
    }
}

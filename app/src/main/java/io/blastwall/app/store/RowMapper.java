package io.blastwall.app.store;

import io.blastwall.model.Entity;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.Relation;
import io.blastwall.model.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns model values into the parameter maps the write statements of {@link Cypher} expect. The inverse is
 * {@link RecordMapper}; together they define the property layout documented in {@code docs/schema.md}.
 */
final class RowMapper {
    /** Prefix of the flattened {@link Entity#tags()} properties: tag {@code env} is property {@code tag.env}. */
    static final String TAG_PREFIX = "tag.";
    /** Prefix of the flattened {@link Entity#properties()}: {@code account} is property {@code prop.account}. */
    static final String PROPERTY_PREFIX = "prop.";

    private RowMapper() {}

    /** The unique key of an entity or grant node: snapshot id, a bar, and the id inside the snapshot. */
    static String key(String snapshotId, String id) {
        return snapshotId + "|" + id;
    }

    /** The kind's {@code label} and the node's {@code properties}, for {@link Cypher#CREATE_ENTITIES}. */
    static Map<String, Object> entity(String snapshotId, Entity entity) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("key", key(snapshotId, entity.id().value()));
        properties.put("id", entity.id().value());
        properties.put("snapshotId", snapshotId);
        properties.put("kind", entity.kind().name());
        properties.put("provider", entity.provider().name());
        properties.put("nativeType", entity.nativeType());
        properties.put("name", entity.name());
        properties.put("sensitivity", entity.sensitivity().name());
        entity.tags().forEach((k, v) -> properties.put(TAG_PREFIX + k, v));
        entity.properties().forEach((k, v) -> properties.put(PROPERTY_PREFIX + k, v));
        return Map.of("label", Cypher.label(entity.kind()), "properties", properties);
    }

    static Map<String, Object> grant(String snapshotId, Grant grant) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", key(snapshotId, grant.id().value()));
        row.put("id", grant.id().value());
        row.put("snapshotId", snapshotId);
        row.put("kind", grant.kind().name());
        row.put("holder", grant.holder().value());
        row.put("subject", grant.subject());
        row.put("description", grant.description());
        row.put("sourceFile", grant.evidence().sourceFile());
        row.put("location", grant.evidence().location());
        row.put("text", grant.evidence().text());
        row.put("lastUsed", grant.lastUsed());
        return row;
    }

    /** The property map of the {@code :Evidence} node with the given number. */
    static Map<String, Object> evidence(String snapshotId, long number, Evidence evidence) {
        return Map.of(
                "key", key(snapshotId, Long.toString(number)),
                "id", number,
                "snapshotId", snapshotId,
                "sourceFile", evidence.sourceFile(),
                "location", evidence.location(),
                "text", evidence.text());
    }

    /**
     * The endpoint keys {@code from} and {@code to}, the relationship {@code type} and its {@code properties}, for
     * {@link Cypher#CREATE_RELATIONS}. Lists are left out when empty (the loader reads a missing list as empty), and
     * the evidence is the numbers of its {@code :Evidence} nodes in {@code evidenceTable}.
     */
    static Map<String, Object> relation(String snapshotId, Relation relation, EvidenceTable evidenceTable) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", relation.id().value());
        properties.put("access", relation.access().name());
        properties.put("confidence", relation.confidence().name());
        properties.put("rule", relation.rule());
        putUnlessEmpty(properties, "actions", relation.actions().stream().sorted().toList());
        putUnlessEmpty(properties, "grants", relation.grants().stream().map(GrantId::value).toList());
        putUnlessEmpty(properties, "conditions", relation.conditions());
        putUnlessEmpty(properties, "evidence", evidenceTable.numbers(relation.evidence()));
        return Map.of(
                "from", key(snapshotId, relation.from().value()),
                "to", key(snapshotId, relation.to().value()),
                "type", relation.kind().name(),
                "properties", properties);
    }

    private static void putUnlessEmpty(Map<String, Object> properties, String name, List<?> values) {
        if (!values.isEmpty()) {
            properties.put(name, values);
        }
    }

    static Map<String, Object> sourceFile(String snapshotId, int position, SourceFile source) {
        return Map.of(
                "snapshotId", snapshotId,
                "position", position,
                "path", source.path(),
                "sha256", source.sha256(),
                "format", source.format(),
                "bytes", source.bytes());
    }
}

package io.blastwall.app.store;

import io.blastwall.model.Entity;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.Relation;
import io.blastwall.model.SourceFile;
import java.util.HashMap;
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

    static Map<String, Object> entity(String snapshotId, Entity entity) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", key(snapshotId, entity.id().value()));
        row.put("id", entity.id().value());
        row.put("snapshotId", snapshotId);
        row.put("kind", entity.kind().name());
        row.put("provider", entity.provider().name());
        row.put("nativeType", entity.nativeType());
        row.put("name", entity.name());
        row.put("sensitivity", entity.sensitivity().name());
        entity.tags().forEach((k, v) -> row.put(TAG_PREFIX + k, v));
        entity.properties().forEach((k, v) -> row.put(PROPERTY_PREFIX + k, v));
        return row;
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

    /** The endpoint keys {@code from} and {@code to}, and the relationship's own properties. */
    static Map<String, Object> relation(String snapshotId, Relation relation) {
        Map<String, Object> row = new HashMap<>();
        row.put("from", key(snapshotId, relation.from().value()));
        row.put("to", key(snapshotId, relation.to().value()));
        row.put("id", relation.id().value());
        row.put("access", relation.access().name());
        row.put("actions", relation.actions().stream().sorted().toList());
        row.put("grants", relation.grants().stream().map(GrantId::value).toList());
        row.put("confidence", relation.confidence().name());
        row.put("rule", relation.rule());
        row.put("conditions", relation.conditions());
        row.put("evidenceSource", relation.evidence().stream().map(Evidence::sourceFile).toList());
        row.put("evidenceLocation", relation.evidence().stream().map(Evidence::location).toList());
        row.put("evidenceText", relation.evidence().stream().map(Evidence::text).toList());
        return row;
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

package io.blastwall.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plain-value picture of one snapshot: entities, relations and the grants behind them. Immutable;
 * relations refer only to entities and grants in the same graph.
 */
public final class IdentityGraph {
    private final Map<EntityId, Entity> entities;
    private final Map<RelationId, Relation> relations;
    private final Map<GrantId, Grant> grants;
    private final Map<EntityId, List<Relation>> outgoing;
    private final Map<EntityId, List<Relation>> incoming;

    private IdentityGraph(Map<EntityId, Entity> entities, Map<RelationId, Relation> relations, Map<GrantId, Grant> grants) {
        this.entities = Collections.unmodifiableMap(entities);
        this.relations = Collections.unmodifiableMap(relations);
        this.grants = Collections.unmodifiableMap(grants);
        Map<EntityId, List<Relation>> out = new LinkedHashMap<>();
        Map<EntityId, List<Relation>> in = new LinkedHashMap<>();
        for (Relation r : relations.values()) {
            out.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
            in.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
        }
        this.outgoing = out;
        this.incoming = in;
    }

    public static IdentityGraph empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Collection<Entity> entities() {
        return entities.values();
    }

    public Collection<Relation> relations() {
        return relations.values();
    }

    public Collection<Grant> grants() {
        return grants.values();
    }

    public Optional<Entity> entity(EntityId id) {
        return Optional.ofNullable(entities.get(id));
    }

    public Entity require(EntityId id) {
        Entity e = entities.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no entity " + id + " in this graph");
        }
        return e;
    }

    public boolean contains(EntityId id) {
        return entities.containsKey(id);
    }

    public Optional<Relation> relation(RelationId id) {
        return Optional.ofNullable(relations.get(id));
    }

    public Optional<Grant> grant(GrantId id) {
        return Optional.ofNullable(grants.get(id));
    }

    public List<Relation> outgoing(EntityId id) {
        return Collections.unmodifiableList(outgoing.getOrDefault(id, List.of()));
    }

    public List<Relation> incoming(EntityId id) {
        return Collections.unmodifiableList(incoming.getOrDefault(id, List.of()));
    }

    public int entityCount() {
        return entities.size();
    }

    public int relationCount() {
        return relations.size();
    }

    /** A builder pre-filled with this graph's content, to merge or amend it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        entities.values().forEach(b::entity);
        grants.values().forEach(b::grant);
        relations.values().forEach(b::relation);
        return b;
    }

    /** Collects values; the last entity with an id wins, relations and grants must have unique ids. */
    public static final class Builder {
        private final Map<EntityId, Entity> entities = new LinkedHashMap<>();
        private final Map<RelationId, Relation> relations = new LinkedHashMap<>();
        private final Map<GrantId, Grant> grants = new LinkedHashMap<>();

        private Builder() {}

        public Builder entity(Entity entity) {
            entities.put(entity.id(), entity);
            return this;
        }

        /** Adds the entity unless one with the same id is already there. */
        public Builder entityIfAbsent(Entity entity) {
            entities.putIfAbsent(entity.id(), entity);
            return this;
        }

        public Optional<Entity> entity(EntityId id) {
            return Optional.ofNullable(entities.get(id));
        }

        public Builder grant(Grant grant) {
            grants.put(grant.id(), grant);
            return this;
        }

        public Builder relation(Relation relation) {
            relations.put(relation.id(), relation);
            return this;
        }

        public boolean hasRelation(RelationId id) {
            return relations.containsKey(id);
        }

        public IdentityGraph build() {
            for (Relation r : relations.values()) {
                check(entities.containsKey(r.from()), r, "source " + r.from());
                check(entities.containsKey(r.to()), r, "target " + r.to());
                for (GrantId g : r.grants()) {
                    check(grants.containsKey(g), r, "grant " + g);
                }
            }
            return new IdentityGraph(
                    new LinkedHashMap<>(entities), new LinkedHashMap<>(relations), new LinkedHashMap<>(grants));
        }

        private static void check(boolean ok, Relation r, String what) {
            if (!ok) {
                throw new IllegalArgumentException("relation " + r.id() + " refers to unknown " + what);
            }
        }
    }
}

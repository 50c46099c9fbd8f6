package io.blastwall.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Anything in the graph: an identity, a policy or a resource.
 *
 * @param id stable id (an ARN for AWS)
 * @param kind what it is
 * @param provider where it lives
 * @param nativeType the provider's own type, for example {@code AWS::IAM::Role}
 * @param name a short display name
 * @param sensitivity how much it matters if reached; {@link Sensitivity#CRITICAL} makes it a crown jewel
 * @param tags the provider's tags or labels
 * @param properties other facts worth showing (account, path, create date, why it was classified so...)
 */
public record Entity(
        EntityId id,
        EntityKind kind,
        Provider provider,
        String nativeType,
        String name,
        Sensitivity sensitivity,
        Map<String, String> tags,
        Map<String, String> properties) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(nativeType, "nativeType");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sensitivity, "sensitivity");
        tags = Map.copyOf(tags);
        properties = Map.copyOf(properties);
    }

    public static Entity of(EntityId id, EntityKind kind, Provider provider, String nativeType, String name) {
        return new Entity(id, kind, provider, nativeType, name, Sensitivity.NONE, Map.of(), Map.of());
    }

    public boolean isIdentity() {
        return kind.isIdentity();
    }

    public boolean isCrownJewel() {
        return sensitivity == Sensitivity.CRITICAL;
    }

    public String property(String key) {
        return properties.getOrDefault(key, "");
    }

    public Entity withKind(EntityKind newKind) {
        return new Entity(id, newKind, provider, nativeType, name, sensitivity, tags, properties);
    }

    public Entity withSensitivity(Sensitivity newSensitivity) {
        return new Entity(id, kind, provider, nativeType, name, newSensitivity, tags, properties);
    }

    public Entity withProperty(String key, String value) {
        Map<String, String> copy = new TreeMap<>(properties);
        copy.put(key, value);
        return new Entity(id, kind, provider, nativeType, name, sensitivity, tags, copy);
    }
}

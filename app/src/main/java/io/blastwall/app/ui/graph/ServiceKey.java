package io.blastwall.app.ui.graph;

import io.blastwall.model.Entity;
import java.util.Locale;

/** The service a resource belongs to ("s3", "secretsmanager", "storage"), used to group resources. */
final class ServiceKey {
    private ServiceKey() {}

    static String of(Entity resource) {
        String id = resource.id().value();
        if (id.startsWith("arn:")) {
            String[] parts = id.split(":", 4);
            if (parts.length >= 3 && !parts[2].isBlank()) {
                return parts[2];
            }
        }
        String type = resource.nativeType();
        if (type.contains("::")) {
            String[] parts = type.split("::");
            return parts.length >= 2 ? lower(parts[1]) : lower(type);
        }
        if (id.startsWith("//")) {
            String host = id.substring(2).split("/", 2)[0];
            return host.split("\\.", 2)[0];
        }
        return type.isBlank() ? lower(resource.provider().label()) : lower(type);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

package io.blastwall.importer.kubernetes;

import java.util.Objects;
import java.util.Optional;

/**
 * A request an RBAC rule is checked against.
 *
 * @param verb the verb ({@code create})
 * @param group the API group, {@code ""} for the core group
 * @param resource the resource, with a subresource as {@code pods/exec}
 * @param name the object's name for named requests (get, update, a subresource of one object); empty for list,
 *     watch and create of the resource itself
 */
record Request(String verb, String group, String resource, Optional<String> name) {
    Request {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(name, "name");
    }

    static Request of(String verb, String group, String resource) {
        return new Request(verb, group, resource, Optional.empty());
    }

    static Request named(String verb, String group, String resource, String name) {
        return new Request(verb, group, resource, Optional.of(name));
    }

    String describe() {
        return verb + " " + (group.isEmpty() ? "" : group + "/") + resource + name.map(n -> " " + n).orElse("");
    }
}

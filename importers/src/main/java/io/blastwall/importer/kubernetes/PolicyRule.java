package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One RBAC rule (catalogue K-E2 to K-E4): API groups × resources × verbs, optionally limited to resource names.
 * {@code *} is a wildcard for verbs, groups and resources (a resource {@code *} also matches subresources);
 * {@code *}{@code /exec} matches that subresource of every resource. Rules with resource names never authorise
 * requests without a name (list, watch, create, deletecollection).
 */
record PolicyRule(List<String> apiGroups, List<String> resources, List<String> verbs, List<String> resourceNames,
        List<String> nonResourceUrls) {

    private static final Set<String> UNNAMED_VERBS = Set.of("list", "watch", "create", "deletecollection");

    PolicyRule {
        apiGroups = List.copyOf(apiGroups);
        resources = List.copyOf(resources);
        verbs = List.copyOf(verbs);
        resourceNames = List.copyOf(resourceNames);
        nonResourceUrls = List.copyOf(nonResourceUrls);
    }

    static PolicyRule of(List<String> groups, List<String> resources, List<String> verbs) {
        return new PolicyRule(groups, resources, verbs, List.of(), List.of());
    }

    static List<PolicyRule> parse(JsonNode rules) {
        List<PolicyRule> out = new ArrayList<>();
        for (JsonNode r : rules) {
            out.add(new PolicyRule(strings(r.path("apiGroups")), strings(r.path("resources")), strings(r.path("verbs")),
                    strings(r.path("resourceNames")), strings(r.path("nonResourceURLs"))));
        }
        return out;
    }

    /** True when the rule allows the request. */
    boolean allows(Request request) {
        return matches(verbs, request.verb()) && matches(apiGroups, request.group()) && resourceMatches(request.resource())
                && (resourceNames.isEmpty() || (request.name().map(resourceNames::contains).orElse(false) && !unnamed(request)));
    }

    /**
     * True for requests the API server authorises without an object name whatever the caller passes: list, watch,
     * create and deletecollection of a resource itself (a subresource of a named object, {@code pods/exec}, has one).
     */
    private static boolean unnamed(Request request) {
        return UNNAMED_VERBS.contains(request.verb()) && !request.resource().contains("/");
    }

    /** True for rules that allow every verb on every resource of every group (cluster-admin). */
    boolean isWildcard() {
        return verbs.contains("*") && apiGroups.contains("*") && resources.contains("*") && resourceNames.isEmpty();
    }

    private boolean resourceMatches(String resource) {
        for (String r : resources) {
            if (r.equals("*") || r.equals(resource)) {
                return true;
            }
            int slash = resource.indexOf('/');
            if (slash > 0 && r.equals("*" + resource.substring(slash))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<String> allowed, String value) {
        return allowed.contains("*") || allowed.contains(value);
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}

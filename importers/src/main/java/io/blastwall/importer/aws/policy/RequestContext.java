package io.blastwall.importer.aws.policy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is known offline about the condition keys of a request. A key is either known with values, known to be
 * absent (for example {@code aws:username} for a role, or a principal tag the principal does not have), or unknown
 * (MFA, source IP, external id...). Keys are case-insensitive, as in IAM.
 */
public final class RequestContext {
    private final Map<String, List<String>> values;
    private final Set<String> absent;
    private final Set<String> absentPrefixes;

    private RequestContext(Map<String, List<String>> values, Set<String> absent, Set<String> absentPrefixes) {
        this.values = Map.copyOf(values);
        this.absent = Set.copyOf(absent);
        this.absentPrefixes = Set.copyOf(absentPrefixes);
    }

    public static RequestContext empty() {
        return new RequestContext(Map.of(), Set.of(), Set.of());
    }

    /** The values of a key when known to be present. */
    public Optional<List<String>> values(String key) {
        return Optional.ofNullable(values.get(normal(key)));
    }

    /** True when the key is known not to be in the request. */
    public boolean isAbsent(String key) {
        String k = normal(key);
        if (values.containsKey(k)) {
            return false;
        }
        return absent.contains(k) || absentPrefixes.stream().anyMatch(k::startsWith);
    }

    public boolean isKnown(String key) {
        return values(key).isPresent() || isAbsent(key);
    }

    /** This context plus request-specific keys, such as {@code iam:PassedToService}. */
    public RequestContext with(Map<String, List<String>> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, List<String>> merged = new HashMap<>(values);
        extra.forEach((k, v) -> merged.put(normal(k), List.copyOf(v)));
        return new RequestContext(merged, absent, absentPrefixes);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        b.absent.addAll(absent);
        b.absentPrefixes.addAll(absentPrefixes);
        return b;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String normal(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    /** Collects known keys. */
    public static final class Builder {
        private final Map<String, List<String>> values = new HashMap<>();
        private final Set<String> absent = new HashSet<>();
        private final Set<String> absentPrefixes = new HashSet<>();

        private Builder() {}

        public Builder value(String key, String... keyValues) {
            values.put(normal(key), List.of(keyValues));
            return this;
        }

        public Builder absent(String key) {
            absent.add(normal(key));
            return this;
        }

        /** Every key starting with the prefix and not given a value is absent (for example {@code aws:PrincipalTag/}). */
        public Builder absentUnlessGiven(String prefix) {
            absentPrefixes.add(normal(prefix));
            return this;
        }

        public RequestContext build() {
            return new RequestContext(values, absent, absentPrefixes);
        }
    }
}

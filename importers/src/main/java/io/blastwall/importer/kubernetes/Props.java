package io.blastwall.importer.kubernetes;

import java.util.Map;
import java.util.TreeMap;

/** Entity properties in a stable order; empty values are left out. */
final class Props {
    private final Map<String, String> values = new TreeMap<>();

    static Props cluster(String cluster) {
        return new Props().put("cluster", cluster);
    }

    Props put(String key, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(key, value);
        }
        return this;
    }

    Map<String, String> map() {
        return values;
    }
}

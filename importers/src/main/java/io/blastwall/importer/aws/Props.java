package io.blastwall.importer.aws;

import java.util.Map;
import java.util.TreeMap;

/** Entity properties in a stable order; empty values are left out. */
final class Props {
    private final Map<String, String> values = new TreeMap<>();

    static Props of(String arn) {
        return new Props().put("arn", arn).put("account", Arn.accountOf(arn));
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

package io.blastwall.importer.aws.policy;

import java.util.List;
import java.util.Objects;

/**
 * One operator-key test of a statement's {@code Condition} block, for example {@code StringEquals sts:ExternalId}.
 *
 * @param operator the operator as written, with any {@code ForAllValues:}/{@code ForAnyValue:} prefix and {@code
 *     IfExists} suffix
 * @param key the condition key as written
 * @param values the values to compare with (any one may match)
 * @param json the clause in policy syntax, for example {@code {"StringEquals":{"sts:ExternalId":"abc"}}}
 */
public record ConditionClause(String operator, String key, List<String> values, String json) {
    public ConditionClause {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        Objects.requireNonNull(json, "json");
    }
}

package io.blastwall.importer.aws.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Substitutes policy variables such as {@code ${aws:username}} for one principal. A variable whose key is known to
 * be absent makes the element match nothing (as in IAM); one whose key is unknown offline is replaced by {@code *}
 * and reported, so the result can be marked conditional.
 */
public final class PolicyVariables {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern DEFAULT = Pattern.compile("^\\s*([^,]+?)\\s*,\\s*'([^']*)'\\s*$");

    private PolicyVariables() {}

    /**
     * The outcome for one element.
     *
     * @param value the substituted text, empty when the element matches nothing
     * @param unknownKeys keys that could not be resolved offline and were replaced by a wildcard
     */
    public record Substitution(Optional<String> value, List<String> unknownKeys) {
        public Substitution {
            unknownKeys = List.copyOf(unknownKeys);
        }

        public boolean isExact() {
            return value.isPresent() && unknownKeys.isEmpty();
        }
    }

    public static Substitution substitute(String text, RequestContext context) {
        if (!text.contains("${")) {
            return new Substitution(Optional.of(text), List.of());
        }
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        List<String> unknown = new ArrayList<>();
        while (m.find()) {
            Optional<String> replacement = replacement(m.group(1), context, unknown);
            if (replacement.isEmpty()) {
                return new Substitution(Optional.empty(), List.of());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.get()));
        }
        m.appendTail(out);
        return new Substitution(Optional.of(out.toString()), unknown);
    }

    private static Optional<String> replacement(String inner, RequestContext context, List<String> unknown) {
        switch (inner.strip()) {
            case "*" -> {
                return Optional.of("*");
            }
            case "?" -> {
                return Optional.of("?");
            }
            case "$" -> {
                return Optional.of("$");
            }
            default -> {
                // fall through to key lookup
            }
        }
        Matcher withDefault = DEFAULT.matcher(inner);
        String key = withDefault.matches() ? withDefault.group(1) : inner.strip();
        Optional<List<String>> values = context.values(key);
        if (values.isPresent() && !values.get().isEmpty()) {
            return Optional.of(values.get().get(0));
        }
        if (withDefault.matches() && (context.isAbsent(key) || values.isPresent())) {
            return Optional.of(withDefault.group(2));
        }
        if (context.isAbsent(key)) {
            return Optional.empty();
        }
        unknown.add(key);
        return Optional.of("*");
    }
}

package io.blastwall.importer.aws.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Evaluates {@code Condition} blocks with three-valued logic (catalogue E11, E13): keys the context knows are
 * compared; keys known to be absent follow IAM's rules ({@code ...IfExists} and negated operators hold, {@code
 * ForAllValues} holds vacuously, {@code ForAnyValue} fails); anything else is unknown and reported, never assumed.
 */
public final class ConditionEvaluator {
    private static final Set<String> TIME_KEYS = Set.of("aws:currenttime", "aws:tokenissuetime");
    private static final Set<String> NEGATED = Set.of(
            "stringnotequals", "stringnotequalsignorecase", "stringnotlike", "arnnotequals", "arnnotlike",
            "numericnotequals", "datenotequals", "notipaddress");

    private ConditionEvaluator() {}

    public static ConditionResult evaluate(List<ConditionClause> clauses, RequestContext context) {
        Tri value = Tri.TRUE;
        List<String> unresolved = new ArrayList<>();
        for (ConditionClause clause : clauses) {
            Tri result = evaluate(clause, context);
            if (result == Tri.UNKNOWN) {
                unresolved.add(clause.json());
            }
            value = value.and(result);
        }
        return new ConditionResult(value, value == Tri.UNKNOWN ? unresolved : List.of());
    }

    static Tri evaluate(ConditionClause clause, RequestContext context) {
        Operator op = Operator.parse(clause.operator());
        if (op.base().equals("null")) {
            return evaluateNull(clause, context);
        }
        Optional<List<String>> present = context.values(clause.key());
        if (present.isEmpty()) {
            return context.isAbsent(clause.key()) ? op.whenAbsent() : timeBound(clause, op, Instant.now());
        }
        List<String> expected = new ArrayList<>();
        for (String raw : clause.values()) {
            PolicyVariables.Substitution s = PolicyVariables.substitute(raw, context);
            if (!s.unknownKeys().isEmpty()) {
                return Tri.UNKNOWN;
            }
            s.value().ifPresent(expected::add);
        }
        Optional<BiPredicate<String, String>> test = comparison(op.base());
        if (test.isEmpty()) {
            return Tri.UNKNOWN;
        }
        return Tri.of(op.holds(present.get(), expected, test.get()));
    }

    /**
     * A date bound on the time of the request ({@code aws:CurrentTime}) or of its session ({@code aws:TokenIssueTime})
     * that lies in the past settles the condition for every request an attacker can make from now on: a request or a
     * new session is always later, so "before a past date" never holds again and "after a past date" always holds.
     * Sessions last at most 36 hours, so "past" means more than 36 hours before {@code now}. Bounds in the future (a
     * grant that expires, or starts, later) stay unknown and are recorded.
     */
    static Tri timeBound(ConditionClause clause, Operator op, Instant now) {
        String key = clause.key().toLowerCase(Locale.ROOT);
        if (!TIME_KEYS.contains(key) || !op.qualifier().isEmpty() || !op.base().startsWith("date")) {
            return Tri.UNKNOWN;
        }
        Instant past = now.minus(Duration.ofHours(36));
        boolean allPast = true;
        boolean anyPast = false;
        for (String value : clause.values()) {
            Optional<Instant> bound = instant(value);
            if (bound.isEmpty()) {
                return Tri.UNKNOWN;
            }
            boolean isPast = bound.get().isBefore(past);
            allPast &= isPast;
            anyPast |= isPast;
        }
        return switch (op.base()) {
            case "datelessthan", "datelessthanequals", "dateequals" -> allPast ? Tri.FALSE : Tri.UNKNOWN;
            case "dategreaterthan", "dategreaterthanequals" -> anyPast ? Tri.TRUE : Tri.UNKNOWN;
            case "datenotequals" -> allPast ? Tri.TRUE : Tri.UNKNOWN;
            default -> Tri.UNKNOWN;
        };
    }

    /** A policy date: ISO 8601 (with or without a time or zone) or epoch seconds. */
    private static Optional<Instant> instant(String value) {
        try {
            if (value.matches("\\d+")) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Tri evaluateNull(ConditionClause clause, RequestContext context) {
        if (!context.isKnown(clause.key())) {
            return Tri.UNKNOWN;
        }
        boolean wantsAbsent = clause.values().stream().anyMatch(v -> v.equalsIgnoreCase("true"));
        return Tri.of(wantsAbsent == context.isAbsent(clause.key()));
    }

    /** How one context value is compared with one policy value, for the positive form of the operator. */
    private static Optional<BiPredicate<String, String>> comparison(String base) {
        BiPredicate<String, String> test = switch (base) {
            case "stringequals", "stringnotequals" -> String::equals;
            case "stringequalsignorecase", "stringnotequalsignorecase" -> String::equalsIgnoreCase;
            case "stringlike", "stringnotlike" -> (actual, pattern) -> Glob.matchesExactCase(pattern, actual);
            case "arnequals", "arnlike", "arnnotequals", "arnnotlike" -> (actual, pattern) -> Glob.matches(pattern, actual);
            case "bool" -> String::equalsIgnoreCase;
            case "numericequals", "numericnotequals" -> numeric(c -> c == 0);
            case "numericlessthan" -> numeric(c -> c < 0);
            case "numericlessthanequals" -> numeric(c -> c <= 0);
            case "numericgreaterthan" -> numeric(c -> c > 0);
            case "numericgreaterthanequals" -> numeric(c -> c >= 0);
            case "dateequals", "datenotequals" -> date(c -> c == 0);
            case "datelessthan" -> date(c -> c < 0);
            case "datelessthanequals" -> date(c -> c <= 0);
            case "dategreaterthan" -> date(c -> c > 0);
            case "dategreaterthanequals" -> date(c -> c >= 0);
            default -> null;
        };
        return Optional.ofNullable(test);
    }

    private static BiPredicate<String, String> numeric(IntPredicate onCompare) {
        return (actual, expected) -> {
            try {
                return onCompare.test(Double.compare(Double.parseDouble(actual), Double.parseDouble(expected)));
            } catch (NumberFormatException e) {
                return false;
            }
        };
    }

    private static BiPredicate<String, String> date(IntPredicate onCompare) {
        return (actual, expected) -> {
            try {
                return onCompare.test(OffsetDateTime.parse(actual).compareTo(OffsetDateTime.parse(expected)));
            } catch (DateTimeParseException e) {
                return false;
            }
        };
    }

    /** An operator split into its set qualifier, base name and {@code IfExists} flag. */
    record Operator(String qualifier, String base, boolean ifExists) {
        static Operator parse(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            String qualifier = "";
            int colon = lower.indexOf(':');
            if (colon > 0) {
                qualifier = lower.substring(0, colon);
                lower = lower.substring(colon + 1);
            }
            boolean ifExists = lower.endsWith("ifexists");
            String base = ifExists ? lower.substring(0, lower.length() - "ifexists".length()) : lower;
            return new Operator(qualifier, base, ifExists);
        }

        boolean negated() {
            return NEGATED.contains(base);
        }

        Tri whenAbsent() {
            if (ifExists || qualifier.equals("forallvalues")) {
                return Tri.TRUE;
            }
            if (qualifier.equals("foranyvalue")) {
                return Tri.FALSE;
            }
            return Tri.of(negated());
        }

        boolean holds(List<String> actual, List<String> expected, BiPredicate<String, String> test) {
            Predicate<String> one = value -> {
                boolean any = expected.stream().anyMatch(e -> test.test(value, e));
                return negated() != any;
            };
            if (qualifier.equals("forallvalues")) {
                return actual.stream().allMatch(one);
            }
            if (qualifier.equals("foranyvalue")) {
                return actual.stream().anyMatch(one);
            }
            return negated() ? actual.stream().allMatch(one) : actual.stream().anyMatch(one);
        }
    }
}

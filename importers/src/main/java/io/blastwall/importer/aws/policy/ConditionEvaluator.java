package io.blastwall.importer.aws.policy;

import java.time.OffsetDateTime;
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
            return context.isAbsent(clause.key()) ? op.whenAbsent() : Tri.UNKNOWN;
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
    private record Operator(String qualifier, String base, boolean ifExists) {
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

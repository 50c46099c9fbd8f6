package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Condition} block of one trust statement that trusts an EKS OIDC provider, checked for one service
 * account (catalogue K8S-CLOUD-01): {@code <issuer>:sub} must match {@code system:serviceaccount:<ns>:<name>}
 * (StringEquals, or StringLike with {@code *} and {@code ?}), {@code <issuer>:aud} must allow
 * {@code sts.amazonaws.com}. Any other test cannot be evaluated offline and makes the edge conditional.
 */
final class WebIdentityTrust {
    private final JsonNode statement;
    private final JsonNode condition;
    private final String issuer;

    /**
     * A service account the trust admits.
     *
     * @param conditions tests that cannot be evaluated offline
     * @param unrestricted true when no {@code sub} test limits the trust to some service accounts
     */
    record Match(List<String> conditions, boolean unrestricted) {
        Match {
            conditions = List.copyOf(conditions);
        }
    }

    WebIdentityTrust(JsonNode statement, String issuer) {
        this.statement = statement;
        this.condition = statement.path("Condition");
        this.issuer = issuer.toLowerCase(Locale.ROOT);
    }

    Optional<Match> check(String namespace, String serviceAccount) {
        String subject = "system:serviceaccount:" + namespace + ":" + serviceAccount;
        if (!allowsWebIdentity()) {
            return Optional.empty();
        }
        List<String> open = new ArrayList<>();
        boolean subTested = false;
        for (var op : iterable(condition)) {
            String operator = op.getKey();
            for (var test : iterable(op.getValue())) {
                String key = test.getKey().toLowerCase(Locale.ROOT);
                List<String> values = new ArrayList<>();
                if (test.getValue().isArray()) {
                    test.getValue().forEach(v -> values.add(v.asText()));
                } else {
                    values.add(test.getValue().asText());
                }
                String bare = operator.replaceFirst("^For(Any|All)Value:", "");
                boolean positive = bare.equals("StringEquals") || bare.equals("StringLike") || bare.equals("StringEqualsIgnoreCase");
                if (key.equals(issuer + ":sub") && positive) {
                    subTested = true;
                    if (values.stream().noneMatch(v -> matches(bare, v, subject))) {
                        return Optional.empty();
                    }
                } else if (key.equals(issuer + ":aud") && positive) {
                    if (values.stream().noneMatch(v -> matches(bare, v, "sts.amazonaws.com"))) {
                        open.add("needs a token with audience " + values + " (TokenRequest can set any audience)");
                    }
                } else {
                    open.add(operator + " " + test.getKey() + " " + values);
                }
            }
        }
        return Optional.of(new Match(open, !subTested));
    }

    /** True when the statement's actions include {@code sts:AssumeRoleWithWebIdentity} (wildcards count). */
    private boolean allowsWebIdentity() {
        JsonNode action = statement.path("Action");
        if (action.isMissingNode()) {
            JsonNode not = statement.path("NotAction");
            List<String> excluded = new ArrayList<>();
            (not.isArray() ? not : List.of(not)).forEach(v -> excluded.add(v.asText()));
            return !not.isMissingNode() && excluded.stream().noneMatch(p -> matches("StringLike", p.toLowerCase(Locale.ROOT), WEB_IDENTITY));
        }
        List<String> actions = new ArrayList<>();
        (action.isArray() ? action : List.of(action)).forEach(v -> actions.add(v.asText()));
        return actions.stream().anyMatch(p -> matches("StringLike", p.toLowerCase(Locale.ROOT), WEB_IDENTITY));
    }

    private static final String WEB_IDENTITY = "sts:assumerolewithwebidentity";

    private static boolean matches(String operator, String pattern, String value) {
        if (operator.equals("StringLike")) {
            StringBuilder regex = new StringBuilder();
            for (char ch : pattern.toCharArray()) {
                regex.append(ch == '*' ? ".*" : ch == '?' ? "." : Pattern.quote(String.valueOf(ch)));
            }
            return value.matches(regex.toString());
        }
        return operator.equals("StringEqualsIgnoreCase") ? pattern.equalsIgnoreCase(value) : pattern.equals(value);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}

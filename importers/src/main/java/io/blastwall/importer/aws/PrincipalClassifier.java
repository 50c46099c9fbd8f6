package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.PolicyDocument;
import io.blastwall.importer.aws.policy.Statement;
import io.blastwall.model.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Decides whether a user is a person or a machine, and whether a user or role is an AI agent, from tags, the
 * credential report, the trust policy and names, in that order of trust.
 */
final class PrincipalClassifier {
    private static final Set<String> AI_TRUSTED_SERVICES = Set.of("bedrock.amazonaws.com", "bedrock-agentcore.amazonaws.com");
    private static final Set<String> KIND_TAG_KEYS = Set.of("type", "kind", "identity-type", "blastwall:kind");
    private static final Set<String> HUMAN_VALUES = Set.of("human", "person", "employee");
    private static final Pattern FIRST_LAST = Pattern.compile("(?i)^[a-z]+[.][a-z]+$");

    private final List<Pattern> aiNames;

    PrincipalClassifier(List<Pattern> aiNames) {
        this.aiNames = List.copyOf(aiNames);
    }

    Classification user(IamUser user, Optional<ReportedCredentials> report) {
        Optional<Classification> tagged = byTags(user.tags());
        if (tagged.isPresent()) {
            return tagged.get();
        }
        if (report.isPresent() && report.get().row().passwordEnabled()) {
            return new Classification(EntityKind.HUMAN, "credential report: console password enabled");
        }
        if (user.name().contains("@")) {
            return new Classification(EntityKind.HUMAN, "name looks like an e-mail address");
        }
        if (FIRST_LAST.matcher(user.name()).matches()) {
            return new Classification(EntityKind.HUMAN, "name looks like a person (first.last)");
        }
        return byName(user.name()).orElse(new Classification(EntityKind.SERVICE_ACCOUNT,
                "IAM user without a console password, human tag or person-like name"));
    }

    Classification role(IamRole role) {
        Optional<Classification> tagged = byTags(role.tags()).filter(c -> c.kind() == EntityKind.AI_AGENT);
        if (tagged.isPresent()) {
            return tagged.get();
        }
        Optional<String> aiService = role.trust().stream()
                .map(PolicyDocument::statements).flatMap(List::stream)
                .filter(Statement::isAllow)
                .flatMap(s -> s.principals().getOrDefault("Service", List.of()).stream())
                .filter(s -> AI_TRUSTED_SERVICES.contains(s.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (aiService.isPresent()) {
            return new Classification(EntityKind.AI_AGENT, "trust policy lets " + aiService.get() + " assume it");
        }
        return byName(role.name()).orElse(new Classification(EntityKind.ROLE, "IAM role"));
    }

    private Optional<Classification> byTags(Map<String, String> tags) {
        for (Map.Entry<String, String> tag : new TreeMap<>(tags).entrySet()) {
            String key = tag.getKey().toLowerCase(Locale.ROOT);
            String value = tag.getValue().toLowerCase(Locale.ROOT);
            String text = "tag " + tag.getKey() + "=" + tag.getValue();
            boolean ai = (key.equals("ai-agent") && value.equals("true"))
                    || (key.equals("blastwall:kind") && value.equals("ai-agent"))
                    || ((key.equals("workload-type") || key.equals("role-type")) && (value.equals("ai-agent") || value.equals("agent")));
            if (ai) {
                return Optional.of(new Classification(EntityKind.AI_AGENT, text));
            }
            if (KIND_TAG_KEYS.contains(key) && HUMAN_VALUES.contains(value)) {
                return Optional.of(new Classification(EntityKind.HUMAN, text));
            }
        }
        return Optional.empty();
    }

    private Optional<Classification> byName(String name) {
        return aiNames.stream()
                .filter(p -> p.matcher(name).matches())
                .findFirst()
                .map(p -> new Classification(EntityKind.AI_AGENT, "name matches the AI-agent pattern " + p.pattern()));
    }
}

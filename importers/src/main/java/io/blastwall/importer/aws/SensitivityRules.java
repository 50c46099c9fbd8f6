package io.blastwall.importer.aws;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Sensitivity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Crown-jewel rules for resources: names, ARNs or tags matching the sensitive patterns are CRITICAL; secrets and
 * KMS keys are HIGH (CRITICAL when also matched); account-wide wildcards are MEDIUM. The reason goes into the
 * {@code sensitivityReason} property. Identities get their sensitivity from admin detection instead.
 */
final class SensitivityRules {
    private static final Set<String> SECRET_TYPES = Set.of("AWS::SecretsManager::Secret", "AWS::KMS::Key", "AWS::KMS::Alias",
            "AWS::secretsmanager::*", "AWS::kms::*", "AWS::SSM::Parameter");

    private final List<Pattern> sensitive;

    SensitivityRules(List<Pattern> sensitive) {
        this.sensitive = List.copyOf(sensitive);
    }

    void apply(GraphDraft draft) {
        for (Entity e : List.copyOf(draft.entities())) {
            if (e.kind() == EntityKind.RESOURCE && !e.nativeType().equals("AWS::Account")) {
                rate(e).ifPresent(draft::put);
            }
        }
    }

    private Optional<Entity> rate(Entity e) {
        Optional<String> matched = matching(e);
        boolean secret = SECRET_TYPES.contains(e.nativeType());
        if (matched.isPresent()) {
            return Optional.of(mark(e, Sensitivity.CRITICAL, matched.get() + (secret ? " (a secret or key)" : "")));
        }
        if (secret) {
            return Optional.of(mark(e, Sensitivity.HIGH, "holds secrets or encryption keys (" + e.nativeType() + ")"));
        }
        if (!e.property("scope").isEmpty()) {
            return Optional.of(mark(e, Sensitivity.MEDIUM, "every resource of a service in an account (Resource \"*\")"));
        }
        return Optional.empty();
    }

    private Optional<String> matching(Entity e) {
        for (Pattern p : sensitive) {
            if (p.matcher(e.id().value()).matches() || p.matcher(e.name()).matches()) {
                return Optional.of("name matches the sensitive pattern " + p.pattern());
            }
            for (var tag : e.tags().entrySet()) {
                if (p.matcher(tag.getKey()).matches() || p.matcher(tag.getValue()).matches()) {
                    return Optional.of("tag " + tag.getKey() + "=" + tag.getValue() + " matches the sensitive pattern " + p.pattern());
                }
            }
        }
        return Optional.empty();
    }

    private static Entity mark(Entity e, Sensitivity sensitivity, String reason) {
        return e.withSensitivity(Sensitivity.highest(e.sensitivity(), sensitivity)).withProperty("sensitivityReason", reason);
    }
}

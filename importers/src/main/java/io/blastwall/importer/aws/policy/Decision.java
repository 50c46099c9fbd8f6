package io.blastwall.importer.aws.policy;

import java.util.List;
import java.util.Objects;

/**
 * The answer to "may this principal do this action on this resource?".
 *
 * @param outcome allowed, allowed under conditions, or denied (explicitly or implicitly)
 * @param allowances the alternative ways it is allowed (empty when denied)
 * @param reasons why it is denied, or the Deny statements that might apply under unknown conditions
 */
public record Decision(Outcome outcome, List<Allowance> allowances, List<String> reasons) {
    /** The outcome of an evaluation, in IAM's terms. */
    public enum Outcome {
        ALLOWED,
        CONDITIONAL,
        EXPLICIT_DENY,
        IMPLICIT_DENY
    }

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        allowances = List.copyOf(allowances);
        reasons = List.copyOf(reasons);
    }

    static Decision denied(Outcome outcome, String reason) {
        return new Decision(outcome, List.of(), List.of(reason));
    }

    /** Allowed, possibly only under conditions that cannot be checked offline. */
    public boolean isAllowed() {
        return outcome == Outcome.ALLOWED || outcome == Outcome.CONDITIONAL;
    }

    public boolean isExplicitlyDenied() {
        return outcome == Outcome.EXPLICIT_DENY;
    }
}

package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.ConditionEvaluator;
import io.blastwall.importer.aws.policy.ConditionResult;
import io.blastwall.importer.aws.policy.RequestContext;
import io.blastwall.importer.aws.policy.Statement;
import io.blastwall.importer.aws.policy.StatementEvidence;
import io.blastwall.importer.aws.policy.Tri;
import io.blastwall.model.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One allow statement of a role's trust policy, with the policy's deny statements. */
record TrustStatement(IamRole role, Statement statement, List<Statement> denies) {
    String file() {
        return role.info().file();
    }

    /**
     * The trust statement that allows, then the trust policy's Deny statements for {@code sts:AssumeRole}, which
     * were checked and did not stop the caller.
     */
    List<Evidence> evidence() {
        List<Evidence> out = new ArrayList<>();
        out.add(StatementEvidence.allowing(file(), statement));
        for (Statement d : denies) {
            if (d.matchesAction("sts:AssumeRole")) {
                out.add(StatementEvidence.checkedDeny(file(), "trust policy of " + role.arn(), d, "does not apply to this caller"));
            }
        }
        return out;
    }

    /** The unresolved conditions for this caller, or empty when its conditions fail or a Deny applies. */
    Optional<List<String>> check(RequestContext caller, String callerArn, String uniqueId) {
        ConditionResult c = ConditionEvaluator.evaluate(statement.conditions(), caller);
        if (c.value() == Tri.FALSE) {
            return Optional.empty();
        }
        List<String> conditions = new ArrayList<>(c.unresolved());
        for (Statement d : denies) {
            if (!d.matchesAction("sts:AssumeRole") || !TrustPrincipals.matches(d, callerArn, uniqueId)) {
                continue;
            }
            ConditionResult dc = ConditionEvaluator.evaluate(d.conditions(), caller);
            if (dc.value() == Tri.TRUE) {
                return Optional.empty();
            }
            dc.unresolved().forEach(u -> conditions.add("possibly denied by the trust policy: " + u));
        }
        return Optional.of(conditions);
    }
}

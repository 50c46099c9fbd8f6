package io.blastwall.importer.aws.policy;

import io.blastwall.model.Evidence;
import io.blastwall.model.Relation;

/**
 * Statement-level evidence for relations. An allowing statement is recorded at its own location (for example
 * {@code RoleDetailList[3].RolePolicyList[0].PolicyDocument.Statement[1]}); a Deny or boundary statement that was
 * checked and did not stop the request is recorded with a location that starts with {@link Relation#CHECKED}, names
 * what it is and says why it did not stop it, for example
 * {@code checked: deny in inline policy p1 at ...Statement[0] (condition not met)}. The text is always the
 * statement's JSON.
 */
public final class StatementEvidence {
    private StatementEvidence() {}

    /** A statement that allowed the request. */
    public static Evidence allowing(String file, Statement statement) {
        return new Evidence(file, statement.location(), statement.json());
    }

    /** A Deny statement that was checked and did not apply, with the reason. */
    public static Evidence checkedDeny(String file, String label, Statement statement, String why) {
        return new Evidence(file, Relation.CHECKED + "deny in " + label + " at " + statement.location() + " (" + why + ")",
                statement.json());
    }

    /** A permissions boundary (or service control policy) statement that allowed the request within its limits. */
    public static Evidence checkedLimit(String file, String label, Statement statement, String why) {
        return new Evidence(file, Relation.CHECKED + label + " at " + statement.location() + " (" + why + ")",
                statement.json());
    }

    /** A limit whose document is not available. */
    public static Evidence checkedUnknown(String label) {
        return new Evidence("", Relation.CHECKED + label + " (document not available)", "");
    }
}

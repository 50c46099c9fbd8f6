package io.blastwall.app.report;

import io.blastwall.model.Evidence;
import io.blastwall.model.Relation;

/**
 * How reports name a statement behind a relation: its location, then its file. Allowing statements read
 * {@code allowed by RoleDetailList[3]...Statement[1] in gaad.json}; Deny and boundary statements that were checked
 * keep their {@code checked: ...} location.
 */
public final class StatementSource {
    private StatementSource() {}

    public static String of(Evidence e) {
        String where = e.location().startsWith(Relation.CHECKED) ? e.location() : "allowed by " + e.location();
        return e.sourceFile().isBlank() ? where : where + " in " + e.sourceFile();
    }
}

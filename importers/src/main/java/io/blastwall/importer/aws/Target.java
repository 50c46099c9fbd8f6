package io.blastwall.importer.aws;

import io.blastwall.model.GrantId;
import java.util.List;

/**
 * Where an escalation lands.
 *
 * @param entity the identity whose permissions or credentials change (the relation's target)
 * @param resource the ARN the permission must be allowed on (the user, role, group or policy)
 * @param grants grants the path also needs on the target's side (the target's group membership, its attachment)
 */
record Target(String entity, String resource, List<GrantId> grants) {
    Target {
        grants = List.copyOf(grants);
    }
}

package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.EffectivePermissions;
import java.util.List;

/**
 * A user or role with its effective permissions, computed once.
 *
 * @param principal the user or role
 * @param permissions its effective permissions (own policies, its groups' policies, its boundary)
 * @param groups the groups it is in (users only)
 * @param lastUsed the last known use of the principal, or empty
 */
record PrincipalPermissions(Holder principal, EffectivePermissions permissions, List<IamGroup> groups, String lastUsed) {
    PrincipalPermissions {
        groups = List.copyOf(groups);
    }

    String arn() {
        return principal.arn();
    }

    String account() {
        return principal.account();
    }

    boolean isRole() {
        return principal instanceof IamRole;
    }
}

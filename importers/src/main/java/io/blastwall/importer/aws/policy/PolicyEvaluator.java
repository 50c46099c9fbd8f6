package io.blastwall.importer.aws.policy;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link EffectivePermissions} for the principals of one import. Statements shared by many principals (a
 * managed policy attached everywhere) are prepared once. Not thread-safe: use one per import.
 *
 * <p>This is the seam for what comes next: service control policies and resource policies will be further inputs
 * here, evaluated in the order of catalogue E1.
 */
public final class PolicyEvaluator {
    private final Map<Statement, ActionPatterns> prepared = new IdentityHashMap<>();

    /**
     * @param context what is known about the principal's requests (see {@link RequestContext})
     * @param identity every identity policy that applies to it, with the grants behind each
     * @param boundary its permissions boundary, if it has one
     */
    public EffectivePermissions effectivePermissions(
            RequestContext context, List<AttachedPolicy> identity, Optional<PermissionBoundary> boundary) {
        return EffectivePermissions.build(context, identity, boundary, List.of(), prepared);
    }

    /**
     * @param scpLevels the service control policies that apply, one list per level from the organization's root
     *     through each OU to the account (catalogue E2); empty when none apply
     */
    public EffectivePermissions effectivePermissions(RequestContext context, List<AttachedPolicy> identity,
            Optional<PermissionBoundary> boundary, List<List<AttachedPolicy>> scpLevels) {
        return EffectivePermissions.build(context, identity, boundary, scpLevels, prepared);
    }
}

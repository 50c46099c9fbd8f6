package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.PolicyDocument;
import java.util.List;
import java.util.Optional;

/**
 * An IAM role.
 *
 * @param trust the trust policy ({@code AssumeRolePolicyDocument}), when readable
 * @param instanceProfiles instance profiles that carry it
 * @param lastUsed {@code RoleLastUsed.LastUsedDate}, or empty
 * @param lastUsedRegion {@code RoleLastUsed.Region}, or empty
 */
record IamRole(
        HolderInfo info, Optional<PolicyDocument> trust, List<InstanceProfile> instanceProfiles, String lastUsed,
        String lastUsedRegion) implements Holder {
    IamRole {
        instanceProfiles = List.copyOf(instanceProfiles);
    }
}

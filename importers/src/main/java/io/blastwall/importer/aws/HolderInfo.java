package io.blastwall.importer.aws;

import io.blastwall.model.EntityId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields users, groups and roles share in an authorization-details export.
 *
 * @param arn the ARN (the entity id)
 * @param name the user, group or role name
 * @param uniqueId the {@code AIDA…}/{@code AGPA…}/{@code AROA…} id
 * @param path the IAM path
 * @param createDate ISO-8601 creation date, or empty
 * @param attached managed policies attached
 * @param inline inline policies
 * @param boundaryArn the permissions boundary policy, if any
 * @param tags tags (secret-looking keys dropped)
 * @param file the file it was read from
 * @param location its JSON path in that file
 */
record HolderInfo(
        String arn,
        String name,
        String uniqueId,
        String path,
        String createDate,
        List<PolicyAttachment> attached,
        List<InlinePolicy> inline,
        Optional<String> boundaryArn,
        Map<String, String> tags,
        String file,
        String location) {
    HolderInfo {
        attached = List.copyOf(attached);
        inline = List.copyOf(inline);
        tags = Map.copyOf(tags);
    }

    EntityId arnId() {
        return EntityId.of(arn);
    }
}

package io.blastwall.importer.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What users, groups and roles share: they hold policies; {@link #info()} carries the fields every kind has. */
sealed interface Holder permits IamUser, IamGroup, IamRole {
    HolderInfo info();

    default String arn() {
        return info().arn();
    }

    default String name() {
        return info().name();
    }

    default String account() {
        return Arn.accountOf(info().arn());
    }

    default List<PolicyAttachment> attached() {
        return info().attached();
    }

    default List<InlinePolicy> inline() {
        return info().inline();
    }

    default Optional<String> boundaryArn() {
        return info().boundaryArn();
    }

    default Map<String, String> tags() {
        return info().tags();
    }
}

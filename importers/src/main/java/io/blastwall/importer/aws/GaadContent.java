package io.blastwall.importer.aws;

import java.util.List;

/** What one authorization-details export holds. */
record GaadContent(
        String file, List<IamUser> users, List<IamGroup> groups, List<IamRole> roles, List<ManagedPolicy> policies) {
    GaadContent {
        users = List.copyOf(users);
        groups = List.copyOf(groups);
        roles = List.copyOf(roles);
        policies = List.copyOf(policies);
    }
}

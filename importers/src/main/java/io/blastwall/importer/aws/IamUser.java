package io.blastwall.importer.aws;

import java.util.List;

/** An IAM user and the groups it is in. */
record IamUser(HolderInfo info, List<Membership> groups) implements Holder {
    IamUser {
        groups = List.copyOf(groups);
    }
}

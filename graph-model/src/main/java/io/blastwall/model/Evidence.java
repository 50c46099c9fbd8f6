package io.blastwall.model;

import java.util.Objects;

/**
 * Where a grant comes from.
 *
 * @param sourceFile the file it was read from (as given to the importer)
 * @param location the place in that file, for example {@code RoleDetailList[3].RolePolicyList[0]}
 * @param text the statement, binding or trust text behind the grant (never secret values)
 */
public record Evidence(String sourceFile, String location, String text) {
    public Evidence {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
    }
}

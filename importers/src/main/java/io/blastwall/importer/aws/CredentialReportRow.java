package io.blastwall.importer.aws;

import java.util.List;
import java.util.stream.Stream;

/**
 * One user of a credential report.
 *
 * @param user the user name ({@code <root_account>} for the account root)
 * @param arn the user ARN (or the account root ARN)
 * @param createDate ISO-8601 creation date, or empty
 * @param passwordEnabled whether the user can sign in to the console
 * @param passwordLastUsed ISO-8601 date of last console sign-in, or empty
 * @param mfaActive whether an MFA device is active
 * @param keys the two access key slots
 * @param location {@code line N} of the CSV
 * @param text the row as {@code column=value} pairs, without any secret-looking column
 */
record CredentialReportRow(
        String user,
        String arn,
        String createDate,
        boolean passwordEnabled,
        String passwordLastUsed,
        boolean mfaActive,
        List<AccessKey> keys,
        String location,
        String text) {
    CredentialReportRow {
        keys = List.copyOf(keys);
    }

    /** The most recent sign-in, key use or rotation, as ISO-8601 text (empty when none). */
    String latestActivity() {
        return Stream.concat(Stream.of(passwordLastUsed),
                        keys.stream().flatMap(k -> Stream.of(k.lastUsed(), k.lastRotated())))
                .filter(s -> !s.isEmpty())
                .max(String::compareTo)
                .orElse("");
    }

    boolean isRoot() {
        return user.equals("<root_account>") || arn.endsWith(":root");
    }
}

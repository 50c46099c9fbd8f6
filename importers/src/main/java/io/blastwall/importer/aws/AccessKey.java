package io.blastwall.importer.aws;

/**
 * One access key slot of a credential report row (never the key itself: the report has no key material).
 *
 * @param number 1 or 2
 * @param active whether the key is active
 * @param lastRotated ISO-8601 date the key was created or rotated, or empty
 * @param lastUsed ISO-8601 date of last use, or empty when never used
 * @param lastUsedRegion region of last use, or empty
 * @param lastUsedService service of last use, or empty
 */
record AccessKey(int number, boolean active, String lastRotated, String lastUsed, String lastUsedRegion, String lastUsedService) {}

package io.blastwall.importer.aws;

/**
 * A managed policy attached to a user, group or role.
 *
 * @param policyArn the policy
 * @param policyName its name as the export shows it
 * @param location JSON path of the attachment
 */
record PolicyAttachment(String policyArn, String policyName, String location) {}

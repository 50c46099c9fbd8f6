package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.PolicyDocument;

/**
 * A policy embedded in a user, group or role.
 *
 * @param name the policy name, unique per holder
 * @param document the parsed document
 */
record InlinePolicy(String name, PolicyDocument document) {}

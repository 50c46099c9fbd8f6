package io.blastwall.importer.aws;

/** A group a user is in, by name as the export lists it. */
record Membership(String groupName, String location) {}

package io.blastwall.importer.aws;

/** An EC2 instance profile that carries a role. */
record InstanceProfile(String arn, String name, String createDate, String location) {}

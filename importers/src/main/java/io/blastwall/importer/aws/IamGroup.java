package io.blastwall.importer.aws;

/** An IAM group. */
record IamGroup(HolderInfo info) implements Holder {}

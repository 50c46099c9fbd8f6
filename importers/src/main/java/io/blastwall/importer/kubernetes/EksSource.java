package io.blastwall.importer.kubernetes;

/**
 * Where an EKS API record was read.
 *
 * @param file the file
 * @param location the JSON path in it ({@code $.associations[2]})
 * @param folder the file's folder, which names the cluster when the record does not
 * @param json the record as compact JSON (the evidence)
 */
record EksSource(String file, String location, String folder, String json) {}

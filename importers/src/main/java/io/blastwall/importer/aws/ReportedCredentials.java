package io.blastwall.importer.aws;

/**
 * A credential report row with the report it came from.
 *
 * @param row the row
 * @param asOf the date the report's ages are measured from
 * @param file the report file
 */
record ReportedCredentials(CredentialReportRow row, String asOf, String file) {}

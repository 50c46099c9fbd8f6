package io.blastwall.importer;

/**
 * Content that does not look like any supported format. Named directly by the user it stops the import; found in
 * a folder or zip it is skipped with a warning. Broken files that do look like a supported format are plain
 * {@link ImportException}s and always stop the import.
 */
final class UnsupportedContentException extends ImportException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    UnsupportedContentException(String file, String location, String reason) {
        super(file, location, reason);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}

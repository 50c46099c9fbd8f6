package io.blastwall.importer;

/** An input that cannot be imported at all. The message names the file and the place. */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;

    public ImportException(String file, String location, String message) {
        super(format(file, location, message));
        this.file = file;
        this.location = location;
    }

    public ImportException(String file, String location, String message, Throwable cause) {
        super(format(file, location, message), cause);
        this.file = file;
        this.location = location;
    }

    public String file() {
        return file;
    }

    public String location() {
        return location;
    }

    private static String format(String file, String location, String message) {
        return file + (location.isEmpty() ? "" : " at " + location) + ": " + message;
    }
}

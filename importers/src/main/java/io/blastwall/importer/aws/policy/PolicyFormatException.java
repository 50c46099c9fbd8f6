package io.blastwall.importer.aws.policy;

/** A policy document that cannot be read; the message says what is wrong, the location where. */
public final class PolicyFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String location;

    public PolicyFormatException(String message) {
        this("", message);
    }

    public PolicyFormatException(String location, String message) {
        super(message);
        this.location = location;
    }

    /** The JSON path inside the file where the problem is, or empty. */
    public String location() {
        return location;
    }

    PolicyFormatException at(String where) {
        return location.isEmpty() ? new PolicyFormatException(where, getMessage()) : this;
    }
}

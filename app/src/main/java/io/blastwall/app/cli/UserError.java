package io.blastwall.app.cli;

/** A mistake in what the user asked for; its message says how to fix it. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}

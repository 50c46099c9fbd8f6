package io.blastwall.app.ui.common;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns exceptions into a short sentence for a person, and the full trace for the "Details" area. */
public final class ErrorMessages {
    private static final int MAX_LENGTH = 300;
    private static final int MAX_CAUSES = 8;
    /** Where the technical trace is, for a bug report. */
    public static final String LOG_HINT =
            "The technical details are in Blastwall's log: logs/blastwall.log in the data directory (~/.blastwall).";

    private ErrorMessages() {}

    /** The first line of the most telling message in the cause chain, never a stack trace. */
    public static String shortMessage(Throwable error) {
        Throwable cause = unwrap(error);
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return "Unexpected error (" + cause.getClass().getSimpleName() + ")";
        }
        String firstLine = message.strip().lines().findFirst().orElse(message);
        return firstLine.length() <= MAX_LENGTH ? firstLine : firstLine.substring(0, MAX_LENGTH - 1) + "…";
    }

    /**
     * What went wrong, cause by cause ("StoreException: Could not connect" then "caused by ConnectException:
     * Connection refused"), for the collapsed details area; no stack frames, those go to the log.
     */
    public static String details(Throwable error) {
        StringBuilder text = new StringBuilder();
        Throwable current = error;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++, current = current.getCause()) {
            text.append(depth == 0 ? "" : "caused by ").append(current.getClass().getSimpleName());
            String message = current.getMessage();
            if (message != null && !message.isBlank()) {
                text.append(": ").append(message.strip());
            }
            text.append('\n');
        }
        return text.append('\n').append(LOG_HINT).toString();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null && isWrapper(current)) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isWrapper(Throwable t) {
        if (t instanceof ExecutionException || t instanceof CompletionException || t instanceof InvocationTargetException) {
            return true;
        }
        String message = t.getMessage();
        return message == null || message.isBlank() || message.equals(String.valueOf(t.getCause()));
    }
}

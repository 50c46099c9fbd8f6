package io.blastwall.app.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns exceptions into a short sentence for a person, and the full trace for the "Details" area. */
public final class ErrorMessages {
    private static final int MAX_LENGTH = 300;

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

    /** The full stack trace, for a collapsed details area. */
    public static String details(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
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

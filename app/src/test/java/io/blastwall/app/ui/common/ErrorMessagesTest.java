package io.blastwall.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.app.store.StoreException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    @Test
    void keepsAUserFitMessage() {
        assertEquals("no snapshot s-9", ErrorMessages.shortMessage(new StoreException("no snapshot s-9")));
    }

    @Test
    void looksThroughWrappersToTheCause() {
        Exception wrapped = new ExecutionException(new RuntimeException(new StoreException("Neo4j did not start")));

        assertEquals("Neo4j did not start", ErrorMessages.shortMessage(wrapped));
    }

    @Test
    void namesTheKindOfAnErrorWithoutMessage() {
        assertEquals("Unexpected error (NullPointerException)", ErrorMessages.shortMessage(new NullPointerException()));
    }

    @Test
    void keepsOnlyTheFirstLineAndAShortOne() {
        assertEquals("first line", ErrorMessages.shortMessage(new IllegalStateException("first line\n\tat x.y(z)")));
        String shortened = ErrorMessages.shortMessage(new IllegalStateException("x".repeat(1000)));
        assertEquals(300, shortened.length());
        assertTrue(shortened.endsWith("\u2026"));
    }

    @Test
    void detailsNameEveryCauseButNoStackFrame() {
        String details = ErrorMessages.details(
                new StoreException("Could not connect", new IllegalStateException("connection refused")));

        assertEquals("StoreException: Could not connect\ncaused by IllegalStateException: connection refused\n\n"
                + ErrorMessages.LOG_HINT, details);
        assertTrue(!details.contains("\tat "));
    }
}

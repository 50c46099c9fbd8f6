package io.blastwall.app.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Background work on the real FX toolkit (headless): Cancel stops work that never looks at the thread's interrupt
 * flag at its next report of progress, and the next work runs after it.
 */
class FxBackgroundTest {
    private final FxBackground background = new FxBackground();

    @BeforeAll
    static void runHeadless() throws Exception {
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.headless", "true");
        System.setProperty("prism.order", "sw");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("java.awt.headless", "true");
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void cancelStopsWorkThatOnlyReportsProgress() throws Exception {
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicLong steps = new AtomicLong();
        AtomicBoolean succeeded = new AtomicBoolean();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        background.run("Busy work", progress -> {
                    try {
                        // ignores interrupts on purpose, like a parser or an analysis that only reports progress
                        for (long i = 0; i < Long.MAX_VALUE; i++) {
                            steps.incrementAndGet();
                            progress.progress("step " + i, i, Long.MAX_VALUE);
                            working.countDown();
                        }
                        return "done";
                    } finally {
                        stopped.countDown();
                    }
                },
                result -> succeeded.set(true),
                failures::add);
        assertTrue(working.await(10, TimeUnit.SECONDS), "the work started");

        Platform.runLater(background::cancel);

        assertTrue(stopped.await(10, TimeUnit.SECONDS), "the work stopped at its next report of progress");
        CountDownLatch next = new CountDownLatch(1);
        background.run("Next work", progress -> "next", result -> next.countDown(), failures::add);
        assertTrue(next.await(10, TimeUnit.SECONDS), "work queued after the cancelled one runs");
        assertFalse(succeeded.get());
        assertEquals(List.of(), failures, "a cancellation is not reported as an error");
        long after = steps.get();
        Thread.sleep(100);
        assertEquals(after, steps.get(), "nothing runs on after the cancel");
    }
}

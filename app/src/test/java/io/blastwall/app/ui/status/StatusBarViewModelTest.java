package io.blastwall.app.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.app.background.FxBackground;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar following real background work on the FX toolkit (headless). */
class StatusBarViewModelTest {
    private static final long TIMEOUT_SECONDS = 30;

    private final FxBackground background = new FxBackground();
    private final StatusBarViewModel status =
            new StatusBarViewModel(background, new ReadOnlyStringWrapper("Northwind").getReadOnlyProperty());
    private final List<String> outcomes = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopWork() {
        background.close();
    }

    @Test
    void showsTheRunningWorkAndItsProgress() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        onFx(() -> {
            background.run("Importing gaad.json", progress -> {
                progress.progress("Reading roles", 1, 4);
                release.await();
                return "stored";
            }, outcomes::add, error -> outcomes.add("failed"));
            return null;
        });

        waitUntil(() -> status.taskProperty().get().equals("Importing gaad.json \u2014 Reading roles"));
        assertEquals(0.25, onFx(() -> status.progressProperty().get()));
        assertTrue(onFx(() -> status.runningProperty().get()));
        assertEquals("Northwind", onFx(() -> status.statusProperty().get()));

        release.countDown();
        waitUntil(() -> !status.runningProperty().get());
        assertEquals(List.of("stored"), outcomes);
        assertEquals("", onFx(() -> status.taskProperty().get()));
    }

    @Test
    void cancelStopsTheWorkWithoutCallingBack() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        onFx(() -> {
            background.run("Computing blast radii", progress -> {
                started.countDown();
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
                return "finished";
            }, outcomes::add, error -> outcomes.add("failed: " + error));
            return null;
        });
        assertTrue(started.await(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        waitUntil(() -> status.runningProperty().get());

        onFx(() -> {
            status.cancel();
            return null;
        });

        waitUntil(() -> !status.runningProperty().get());
        assertEquals(List.of(), outcomes);
    }

    @Test
    void deliversResultsAndFailuresOnTheFxThread() throws Exception {
        onFx(() -> {
            background.run("Works", progress -> "ok",
                    result -> outcomes.add(result + " on fx " + Platform.isFxApplicationThread()),
                    error -> outcomes.add("unexpected"));
            background.run("Fails", progress -> {
                throw new IllegalStateException("broken export");
            }, result -> outcomes.add("unexpected"),
                    error -> outcomes.add(error.getMessage() + " on fx " + Platform.isFxApplicationThread()));
            return null;
        });

        waitUntil(() -> outcomes.size() == 2);
        assertEquals(List.of("ok on fx true", "broken export on fx true"), outcomes);
        assertFalse(onFx(() -> status.runningProperty().get()));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}

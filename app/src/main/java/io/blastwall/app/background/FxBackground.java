package io.blastwall.app.background;

import io.blastwall.analysis.ProgressListener;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work as {@link Task}s, one after the other, on a named daemon thread; callbacks run on the FX
 * thread. The title, message and progress of the running task feed the status bar.
 */
public final class FxBackground implements Background, BackgroundStatus, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackground.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(new NamedDaemonThreads());
    private final Set<Task<?>> pending = new LinkedHashSet<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    /** The task the status bar shows; only touched on the FX thread. */
    private Object shown = new Object();

    @Override
    public <T> void run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> run(title, work, onSuccess, onFailure));
            return;
        }
        Task<T> task = new WorkTask<>(title, work);
        task.setOnRunning(e -> show(title, task));
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            failed(title, task.getException(), onFailure);
        });
        task.setOnCancelled(e -> finished(task));
        pending.add(task);
        running.set(true);
        executor.execute(task);
    }

    @Override
    public void cancel() {
        for (Task<?> task : List.copyOf(pending)) {
            task.cancel(true);
        }
    }

    /** Cancels all work and waits a little for the worker thread to stop. */
    @Override
    public void close() {
        cancel();
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Background work did not stop within 10 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    private void show(String taskTitle, Task<?> task) {
        shown = task;
        title.set(taskTitle);
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
    }

    private void finished(Task<?> task) {
        pending.remove(task);
        if (shown == task) {
            message.unbind();
            progress.unbind();
            title.set("");
            message.set("");
            progress.set(0);
        }
        running.set(!pending.isEmpty());
    }

    private static void failed(String title, Throwable error, Consumer<Throwable> onFailure) {
        if (error instanceof CancellationException || error instanceof InterruptedException) {
            LOG.debug("{}: cancelled", title);
            return;
        }
        LOG.warn("{} failed", title, error);
        onFailure.accept(error);
    }

    /**
     * A task that reports the work's progress as its own message and progress. Once cancelled, the work's next
     * report of progress throws a {@link CancellationException}, so work that never looks at the thread's
     * interrupt flag (parsing, analysis, report writing) stops too instead of running on unseen.
     */
    private static final class WorkTask<T> extends Task<T> {
        private final BackgroundWork<T> work;

        WorkTask(String title, BackgroundWork<T> work) {
            this.work = work;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            ProgressListener listener = (text, done, total) -> {
                if (isCancelled()) {
                    // work that does not watch for interrupts stops at its next report of progress
                    throw new CancellationException(getTitle() + ": cancelled");
                }
                updateMessage(text);
                if (total > 0) {
                    updateProgress(done, total);
                } else {
                    updateProgress(-1, -1);
                }
            };
            return work.run(listener);
        }
    }

    private static final class NamedDaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "blastwall-background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}

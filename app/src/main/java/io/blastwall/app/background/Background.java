package io.blastwall.app.background;

import java.util.function.Consumer;

/**
 * Runs long work off the FX thread and calls back on it. ViewModels use this instead of threads or
 * {@code Platform.runLater}; the window uses {@link FxBackground}, tests {@link ImmediateBackground}.
 */
public interface Background {

    /**
     * Runs {@code work} and passes its result to {@code onSuccess} or its failure to {@code onFailure}.
     * Cancelled work calls neither.
     *
     * @param title what the work is, for the status bar ("Computing blast radii")
     */
    <T> void run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}

package io.blastwall.app.background;

import io.blastwall.analysis.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Runs work synchronously on the calling thread: for tests of ViewModels, without the FX toolkit.
 * Remembers the titles of the work it ran, so tests can see what a ViewModel asked for.
 */
public final class ImmediateBackground implements Background {
    private final List<String> titles = new ArrayList<>();

    @Override
    public <T> void run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        titles.add(title);
        T result;
        try {
            result = work.run(ProgressListener.NONE);
        } catch (CancellationException cancelled) {
            return;
        } catch (Exception failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }

    /** Titles of all work run so far, oldest first. */
    public List<String> titles() {
        return List.copyOf(titles);
    }
}

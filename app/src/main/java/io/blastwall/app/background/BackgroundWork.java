package io.blastwall.app.background;

import io.blastwall.analysis.ProgressListener;

/**
 * A piece of long work to run off the FX thread.
 *
 * @param <T> what the work produces
 */
@FunctionalInterface
public interface BackgroundWork<T> {

    /**
     * Does the work, reporting progress and stopping early when the thread is interrupted.
     *
     * @throws Exception any failure; it reaches the caller's failure callback
     */
    T run(ProgressListener progress) throws Exception;
}

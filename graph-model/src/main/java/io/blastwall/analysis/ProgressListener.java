package io.blastwall.analysis;

/** Receives progress from long computations. Implementations must be cheap and thread-safe. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (message, done, total) -> {};

    /**
     * @param message what is being done
     * @param done units done so far
     * @param total units in all, or -1 when unknown
     */
    void progress(String message, long done, long total);
}

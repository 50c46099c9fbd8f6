package io.blastwall.app.store;

/**
 * Called before every write batch of an import. A seam for tests that make an import fail halfway; the
 * production store uses {@link #NONE}.
 */
@FunctionalInterface
interface WriteHook {
    WriteHook NONE = (snapshotId, phase, written) -> {};

    /**
     * @param snapshotId the snapshot being written
     * @param phase what the batch writes: {@code entities}, {@code grants} or {@code relations}
     * @param written entities, grants and relations written so far
     */
    void beforeBatch(String snapshotId, String phase, long written);
}

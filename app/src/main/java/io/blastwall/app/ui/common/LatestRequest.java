package io.blastwall.app.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets a ViewModel drop results of work that a newer request has superseded (the user clicked another
 * identity while the previous radius was still being computed).
 */
public final class LatestRequest {
    private final AtomicLong latest = new AtomicLong();

    /** Starts a new request; every earlier one is now stale. */
    public long next() {
        return latest.incrementAndGet();
    }

    public boolean isCurrent(long ticket) {
        return latest.get() == ticket;
    }

    /** Called from the work itself: stops it early when it is no longer wanted. */
    public void checkCurrent(long ticket) {
        if (!isCurrent(ticket)) {
            throw new CancellationException("superseded by a newer request");
        }
    }
}

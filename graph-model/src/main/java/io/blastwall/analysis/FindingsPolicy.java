package io.blastwall.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The thresholds of {@link FindingsAnalyzer}.
 *
 * @param asOf the day ages are measured from (the day of the export, not of the import)
 * @param staleDays an identity or key unused for more days than this is stale
 * @param maxKeyAgeDays an access key not rotated for more days than this is long-lived
 * @param sharedConsumers an identity run as by at least this many workloads is shared
 */
public record FindingsPolicy(LocalDate asOf, int staleDays, int maxKeyAgeDays, int sharedConsumers) {
    public static final int DEFAULT_STALE_DAYS = 90;
    public static final int DEFAULT_MAX_KEY_AGE_DAYS = 365;
    public static final int DEFAULT_SHARED_CONSUMERS = 2;

    public FindingsPolicy {
        Objects.requireNonNull(asOf, "asOf");
        if (staleDays < 1 || maxKeyAgeDays < 1 || sharedConsumers < 2) {
            throw new IllegalArgumentException("stale days and key age must be at least 1, shared consumers at least 2");
        }
    }

    /** 90 days unused is stale, a key older than a year is long-lived, two workloads share an identity. */
    public static FindingsPolicy defaults(LocalDate asOf) {
        return new FindingsPolicy(asOf, DEFAULT_STALE_DAYS, DEFAULT_MAX_KEY_AGE_DAYS, DEFAULT_SHARED_CONSUMERS);
    }
}

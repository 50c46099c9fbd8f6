package io.blastwall.app.ui.main;

import io.blastwall.model.Snapshot;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a snapshot is named in the switcher and the status line. */
public final class SnapshotStatus {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private SnapshotStatus() {}

    /** "Northwind sample · 2026-05-01 10:12". */
    public static String label(Snapshot snapshot) {
        return snapshot.label() + " \u00b7 " + WHEN.format(snapshot.createdAt());
    }

    /** "Northwind sample · 2026-05-01 10:12 · 312 entities · 1024 relations · embedded at …". */
    static String of(Snapshot snapshot, String storeDescription) {
        String counts = String.format(Locale.ROOT, "%,d entities \u00b7 %,d relations",
                snapshot.entityCount(), snapshot.relationCount());
        String where = storeDescription.isBlank() ? "" : " \u00b7 " + storeDescription;
        return label(snapshot) + " \u00b7 " + counts + where;
    }
}

package io.blastwall.app.background;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** What the status bar shows of background work, and its Cancel button. */
public interface BackgroundStatus {

    /** The title of the running work, "" when idle. */
    ReadOnlyStringProperty titleProperty();

    /** The latest progress message of the running work. */
    ReadOnlyStringProperty messageProperty();

    /** Progress between 0 and 1, or -1 when unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** Whether any work is running or queued. */
    ReadOnlyBooleanProperty runningProperty();

    /** Cancels the running work and everything queued behind it. */
    void cancel();
}

package io.blastwall.app.ui.status;

import io.blastwall.app.background.BackgroundStatus;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The status bar: what is loaded, what runs in the background and how far it got. */
public final class StatusBarViewModel {
    private final BackgroundStatus work;
    private final ReadOnlyStringProperty status;
    private final ReadOnlyStringWrapper task = new ReadOnlyStringWrapper(this, "task", "");

    /**
     * @param work the background work to follow
     * @param status the standing status line (what is loaded and from where)
     */
    public StatusBarViewModel(BackgroundStatus work, ReadOnlyStringProperty status) {
        this.work = work;
        this.status = status;
        task.bind(Bindings.createStringBinding(this::describeTask, work.titleProperty(), work.messageProperty()));
    }

    public void cancel() {
        work.cancel();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** "Importing aws.json — Reading RoleDetailList", or "" when idle. */
    public ReadOnlyStringProperty taskProperty() {
        return task.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    private String describeTask() {
        String title = work.titleProperty().get();
        String message = work.messageProperty().get();
        if (message == null || message.isBlank() || message.equals(title)) {
            return title;
        }
        return title + " \u2014 " + message;
    }
}

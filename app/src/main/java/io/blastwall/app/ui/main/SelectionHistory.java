package io.blastwall.app.ui.main;

import io.blastwall.model.EntityId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The identities selected one after the other, to go back and forward through them (Alt+Left, Alt+Right). */
final class SelectionHistory {
    static final int MAX = 100;

    private final List<EntityId> visited = new ArrayList<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack", false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward", false);
    private int position = -1;

    /** Records a new selection; what was ahead of the current one is forgotten. Re-selecting the current one is no step. */
    void visit(EntityId id) {
        if (position >= 0 && visited.get(position).equals(id)) {
            return;
        }
        visited.subList(position + 1, visited.size()).clear();
        visited.add(id);
        if (visited.size() > MAX) {
            visited.remove(0);
        }
        position = visited.size() - 1;
        update();
    }

    Optional<EntityId> back() {
        if (position <= 0) {
            return Optional.empty();
        }
        position--;
        update();
        return Optional.of(visited.get(position));
    }

    Optional<EntityId> forward() {
        if (position >= visited.size() - 1) {
            return Optional.empty();
        }
        position++;
        update();
        return Optional.of(visited.get(position));
    }

    void clear() {
        visited.clear();
        position = -1;
        update();
    }

    ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    private void update() {
        canGoBack.set(position > 0);
        canGoForward.set(position >= 0 && position < visited.size() - 1);
    }
}

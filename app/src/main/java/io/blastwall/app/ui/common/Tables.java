package io.blastwall.app.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Read-only table columns over record accessors. */
public final class Tables {
    private Tables() {}

    public static <R, T> TableColumn<R, T> column(String title, Function<R, T> value, double width) {
        TableColumn<R, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

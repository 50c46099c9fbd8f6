package io.blastwall.app.ui.main;

import io.blastwall.app.ui.search.SearchHit;
import io.blastwall.app.ui.search.SearchViewModel;
import io.blastwall.styles.StyleClass;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** The toolbar's search field with its completion list. Enter takes the best completion, Escape closes the list. */
final class SearchBox extends TextField {
    private final SearchViewModel viewModel;
    private final ContextMenu completions = new ContextMenu();

    SearchBox(SearchViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(StyleClass.SEARCH_FIELD);
        setId("search");
        setPromptText("Search any entity: name, ARN or id (Ctrl+F)");
        setPrefColumnCount(30);
        textProperty().bindBidirectional(viewModel.queryProperty());
        viewModel.suggestions().addListener((ListChangeListener<SearchHit>) change -> showCompletions());
        setOnAction(e -> {
            viewModel.chooseBest();
            completions.hide();
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                completions.hide();
            } else if (e.getCode() == KeyCode.DOWN && completions.isShowing()) {
                completions.getSkin().getNode().requestFocus();
            }
        });
        focusedProperty().addListener((obs, old, focused) -> {
            if (!focused && !completions.isFocused()) {
                completions.hide();
            }
        });
    }

    private void showCompletions() {
        completions.getItems().clear();
        for (SearchHit hit : viewModel.suggestions()) {
            Label text = new Label(hit.toString());
            text.setMaxWidth(640);
            CustomMenuItem item = new CustomMenuItem(text, true);
            item.getStyleClass().add("search-completion");
            item.setOnAction(e -> viewModel.choose(hit));
            completions.getItems().add(item);
        }
        if (completions.getItems().isEmpty() || !isFocused()) {
            completions.hide();
        } else if (!completions.isShowing() && getScene() != null) {
            completions.show(this, Side.BOTTOM, 0, 0);
        }
    }
}

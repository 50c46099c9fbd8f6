package io.blastwall.app.ui.common;

import java.net.URI;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;

/** Asks for the embedded database or a Neo4j server (URI, user, password, database). */
final class ConnectionDialog extends Dialog<ConnectionChoice> {
    ConnectionDialog(ConnectionChoice current) {
        setTitle("Database");
        setHeaderText("Where Blastwall keeps its snapshots");
        ToggleGroup where = new ToggleGroup();
        RadioButton embedded = new RadioButton("Embedded (in the data directory)");
        RadioButton server = new RadioButton("Neo4j server, Aura or cluster");
        embedded.setToggleGroup(where);
        server.setToggleGroup(where);
        TextField uri = new TextField(current.uri().map(URI::toString).orElse(""));
        uri.setPromptText("neo4j+s://xxxx.databases.neo4j.io or bolt://localhost:7687");
        TextField user = new TextField(current.user().isBlank() ? "neo4j" : current.user());
        PasswordField password = new PasswordField();
        password.setPromptText("kept in memory, never written to disk");
        TextField database = new TextField(current.database());
        database.setPromptText("the server's default");
        for (javafx.scene.Node field : java.util.List.of(uri, user, password, database)) {
            field.disableProperty().bind(server.selectedProperty().not());
        }
        (current.isEmbedded() ? embedded : server).setSelected(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, embedded);
        grid.addRow(1, server);
        grid.addRow(2, new Label("URI"), uri);
        grid.addRow(3, new Label("User"), user);
        grid.addRow(4, new Label("Password"), password);
        grid.addRow(5, new Label("Database"), database);
        getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(connect, ButtonType.CANCEL);
        getDialogPane().lookupButton(connect).disableProperty().bind(
                server.selectedProperty().and(uri.textProperty().isEmpty()));
        setResultConverter(button -> {
            if (button != connect) {
                return null;
            }
            if (embedded.isSelected()) {
                return ConnectionChoice.embedded();
            }
            return new ConnectionChoice(Optional.of(URI.create(uri.getText().strip())), user.getText().strip(),
                    password.getText(), database.getText().strip());
        });
    }
}

package org.normdesk.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

import java.util.Objects;

/** The app's stylesheet and font on every window, alerts included. */
public final class UiStyle {
    public static final String STYLESHEET = Objects.requireNonNull(UiStyle.class.getResource("/css/app.css"),
            "css/app.css is missing").toExternalForm();

    private UiStyle() {
    }

    public static Scene scene(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(STYLESHEET);
        UiFont.applyTo(root);
        return scene;
    }

    public static void apply(DialogPane pane) {
        pane.getStylesheets().add(STYLESHEET);
        UiFont.applyTo(pane);
    }
}

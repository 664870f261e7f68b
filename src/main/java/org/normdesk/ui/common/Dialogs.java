package org.normdesk.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.normdesk.service.i18n.Messages;

/**
 * Alerts in the app's font and style, with buttons in the app's language (JavaFX would label them in the
 * JVM's language, which may differ from the one chosen with --lang).
 */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Window owner, Messages messages, String title, String text) {
        ButtonType ok = new ButtonType(messages.get("ui.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.ERROR, owner, title, text, ok);
        alert.showAndWait();
    }

    public static void info(Window owner, Messages messages, String title, String text) {
        ButtonType ok = new ButtonType(messages.get("ui.ok"), ButtonBar.ButtonData.OK_DONE);
        alert(Alert.AlertType.INFORMATION, owner, title, text, ok).showAndWait();
    }

    /** True when the user answered yes. */
    public static boolean confirm(Window owner, Messages messages, String title, String header, String text) {
        ButtonType yes = new ButtonType(messages.get("ui.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get("ui.no"), ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, owner, title, text, yes, no);
        alert.setHeaderText(header);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** Two named choices; true for the first. */
    public static boolean choose(Window owner, Messages messages, String title, String header, String text,
                                 String first, String second) {
        ButtonType one = new ButtonType(first, ButtonBar.ButtonData.YES);
        ButtonType two = new ButtonType(second, ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.WARNING, owner, title, text, one, two);
        alert.setHeaderText(header);
        return alert.showAndWait().filter(one::equals).isPresent();
    }

    private static Alert alert(Alert.AlertType type, Window owner, String title, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (owner != null) {
            alert.initOwner(owner);
        }
        UiStyle.apply(alert.getDialogPane());
        return alert;
    }
}

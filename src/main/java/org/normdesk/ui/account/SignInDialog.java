package org.normdesk.ui.account;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.normdesk.domain.account.Principal;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.UiStyle;

import java.util.function.Consumer;

/**
 * The sign-in dialog shown when a register with accounts opens. It stays open on a wrong password (saying so) and
 * closes once signed in; "only look" closes it without signing in, and the register is then read-only.
 */
public final class SignInDialog {
    private SignInDialog() {
    }

    /** Shows the dialog without blocking; {@code then} runs once it closes, with the principal or null. */
    public static void show(Window owner, SignInViewModel vm, Messages messages, Consumer<Principal> then) {
        ButtonType signIn = new ButtonType(messages.get("signIn.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(messages.get("signIn.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<Principal> dialog = new Dialog<>();
        dialog.setTitle(messages.get("signIn.title"));
        dialog.setHeaderText(messages.get("signIn.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextField user = new TextField();
        user.setId("signInUserField");
        user.setPrefColumnCount(18);
        user.textProperty().bindBidirectional(vm.userNameProperty());
        PasswordField password = new PasswordField();
        password.setId("signInPasswordField");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        Label error = new Label();
        error.setId("signInError");
        error.getStyleClass().addAll("field-error", "form-error");
        error.setWrapText(true);
        error.setMaxWidth(360);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("form-grid", "sign-in-grid");
        grid.addRow(0, new Label(messages.get("signIn.user")), user);
        grid.addRow(1, new Label(messages.get("signIn.password")), password);
        grid.add(error, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(signIn, skip);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinWidth(420);
        // the refusal adds a line: let the window grow to show it and keep the buttons whole
        vm.errorProperty().addListener((obs, was, now) -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        Button signInButton = (Button) dialog.getDialogPane().lookupButton(signIn);
        signInButton.setId("signInButton");
        signInButton.disableProperty().bind(vm.busyProperty().or(vm.userNameProperty().isEmpty()));
        dialog.getDialogPane().lookupButton(skip).setId("signInSkipButton");
        // the check runs in the background: keep the dialog open until it has answered
        signInButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.signIn(principal -> {
                dialog.setResult(principal);
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> null);
        dialog.setOnHidden(event -> then.accept(dialog.getResult()));
        UiStyle.apply(dialog.getDialogPane());
        dialog.show();
        Platform.runLater(user::requestFocus);
    }
}

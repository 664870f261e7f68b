package org.normdesk.ui.settings;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.UiStyle;

import java.util.Optional;

/** The password dialogs of 台账加密: a new password twice (with a strength hint and the warning), or old + new twice. */
public final class EncryptionDialogs {
    private EncryptionDialogs() {
    }

    /** The new password for encrypting the register, or empty when cancelled. */
    public static Optional<char[]> encrypt(Window owner, EncryptionViewModel vm) {
        Messages m = vm.messages();
        PasswordField password = field("encryptPassword");
        PasswordField again = field("encryptPasswordAgain");
        Label strength = strength(vm, password, "encryptStrength");
        Label warning = warning(m.get("encryption.warning"), "encryptWarning");
        Label error = error("encryptError");
        GridPane grid = grid();
        grid.addRow(0, new Label(m.get("encryption.password")), new VBox(2, password, strength));
        grid.addRow(1, new Label(m.get("encryption.again")), again);
        grid.add(warning, 0, 2, 2, 1);
        grid.add(error, 0, 3, 2, 1);
        Dialog<char[]> dialog = dialog(owner, m, m.get("encryption.encrypt.title"), m.get("encryption.encrypt.header"),
                grid, m.get("encryption.encrypt.ok"), "encryptOk", () -> vm.problem(password.getText().toCharArray(),
                        again.getText().toCharArray()), error);
        dialog.setResultConverter(button -> button != null && button.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? password.getText().toCharArray() : null);
        Platform.runLater(password::requestFocus);
        return dialog.showAndWait();
    }

    /** The current and the new password ({@code [old, new]}), or empty when cancelled. */
    public static Optional<char[][]> changePassword(Window owner, EncryptionViewModel vm) {
        Messages m = vm.messages();
        PasswordField old = field("changeOldPassword");
        PasswordField password = field("changeNewPassword");
        PasswordField again = field("changeNewPasswordAgain");
        Label strength = strength(vm, password, "changeStrength");
        Label warning = warning(m.get("encryption.change.warning"), "changeWarning");
        Label error = error("changeError");
        GridPane grid = grid();
        grid.addRow(0, new Label(m.get("encryption.old")), old);
        grid.addRow(1, new Label(m.get("encryption.new")), new VBox(2, password, strength));
        grid.addRow(2, new Label(m.get("encryption.again")), again);
        grid.add(warning, 0, 3, 2, 1);
        grid.add(error, 0, 4, 2, 1);
        Dialog<char[][]> dialog = dialog(owner, m, m.get("encryption.change.title"), m.get("encryption.change.header"),
                grid, m.get("encryption.change.ok"), "changeOk", () -> old.getText().isEmpty()
                        ? Optional.of(m.get("encryption.oldMissing"))
                        : vm.problem(password.getText().toCharArray(), again.getText().toCharArray()), error);
        dialog.setResultConverter(button -> button != null && button.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? new char[][]{old.getText().toCharArray(), password.getText().toCharArray()} : null);
        Platform.runLater(old::requestFocus);
        return dialog.showAndWait();
    }

    private static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(22);
        return field;
    }

    private static Label strength(EncryptionViewModel vm, PasswordField password, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("form-hint");
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.strength(password.getText()), password.textProperty()));
        return label;
    }

    private static Label warning(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("encryption-warning");
        label.setWrapText(true);
        label.setMaxWidth(440);
        return label;
    }

    private static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("field-error", "form-error");
        label.setWrapText(true);
        label.setMaxWidth(440);
        label.managedProperty().bind(label.visibleProperty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        return grid;
    }

    private static <T> Dialog<T> dialog(Window owner, Messages m, String title, String header, Node content,
                                        String okText, String okId,
                                        java.util.function.Supplier<Optional<String>> problem, Label error) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("encryption.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId(okId);
        // a wrong field keeps the dialog open with the reason shown
        okButton.addEventFilter(ActionEvent.ACTION, e -> problem.get().ifPresent(text -> {
            error.setText(text);
            e.consume();
            // the reason adds a line: the dialog grows so that its buttons stay in view
            Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        }));
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        UiStyle.apply(dialog.getDialogPane());
        return dialog;
    }
}

package org.normdesk.ui.welcome;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.LanguageChoice;
import org.normdesk.service.settings.UnitKind;
import org.normdesk.ui.common.UiStyle;

import java.util.Optional;

/**
 * The welcome on a new data folder: one page of questions before the main window opens. Choosing another language
 * relabels the page at once. "Skip" starts with an empty register and the default unit.
 */
public final class WelcomeDialog {
    private final WelcomeViewModel vm;
    private final Dialog<WelcomeChoices> dialog = new Dialog<>();
    private final Label intro = new Label();
    private final Label languageLabel = new Label();
    private final ChoiceBox<LanguageChoice> languageChoice = new ChoiceBox<>();
    private final Label kindLabel = new Label();
    private final ChoiceBox<UnitKind> kindChoice = new ChoiceBox<>();
    private final Label nameLabel = new Label();
    private final TextField nameField = new TextField();
    private final Label nameError = new Label();
    private final Label codeLabel = new Label();
    private final TextField codeField = new TextField();
    private final Label codeHint = new Label();
    private final Label codeError = new Label();
    private final Label registerLabel = new Label();
    private final RadioButton demoRadio = new RadioButton();
    private final RadioButton emptyRadio = new RadioButton();
    private final Label encryptLabel = new Label();
    private final javafx.scene.control.CheckBox encryptBox = new javafx.scene.control.CheckBox();
    private final javafx.scene.control.PasswordField passwordField = new javafx.scene.control.PasswordField();
    private final javafx.scene.control.PasswordField passwordAgainField = new javafx.scene.control.PasswordField();
    private final Label strength = new Label();
    private final Label encryptWarning = new Label();
    private final Label passwordError = new Label();
    private final ButtonType start = new ButtonType("", ButtonBar.ButtonData.OK_DONE);
    private final ButtonType skip = new ButtonType("", ButtonBar.ButtonData.CANCEL_CLOSE);

    public WelcomeDialog(WelcomeViewModel vm, Window owner) {
        this.vm = vm;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setId("welcomeDialog");
        languageChoice.setId("welcomeLanguage");
        kindChoice.setId("welcomeUnitKind");
        nameField.setId("welcomeUnitName");
        codeField.setId("welcomeUnitCode");
        nameError.setId("welcomeNameError");
        codeError.setId("welcomeCodeError");
        demoRadio.setId("welcomeDemo");
        emptyRadio.setId("welcomeEmpty");
        intro.setId("welcomeIntro");
        encryptBox.setId("welcomeEncrypt");
        passwordField.setId("welcomePassword");
        passwordAgainField.setId("welcomePasswordAgain");
        strength.setId("welcomeStrength");
        encryptWarning.setId("welcomeEncryptWarning");
        passwordError.setId("welcomePasswordError");
        for (Label error : new Label[]{nameError, codeError, passwordError}) {
            error.getStyleClass().add("field-error");
            error.managedProperty().bind(error.visibleProperty());
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
        }
        intro.setWrapText(true);
        intro.setMaxWidth(520);
        codeHint.setWrapText(true);
        codeHint.setMaxWidth(360);
        codeHint.getStyleClass().add("welcome-hint");

        languageChoice.getItems().setAll(LanguageChoice.values());
        languageChoice.valueProperty().bindBidirectional(vm.languageProperty());
        kindChoice.getItems().setAll(UnitKind.values());
        kindChoice.valueProperty().bindBidirectional(vm.unitKindProperty());
        nameField.textProperty().bindBidirectional(vm.unitNameProperty());
        codeField.textProperty().bindBidirectional(vm.unitCodeProperty());
        codeField.setPrefColumnCount(6);
        nameError.textProperty().bind(vm.nameErrorProperty());
        codeError.textProperty().bind(vm.codeErrorProperty());
        ToggleGroup register = new ToggleGroup();
        demoRadio.setToggleGroup(register);
        emptyRadio.setToggleGroup(register);
        demoRadio.setSelected(vm.loadDemoProperty().get());
        emptyRadio.setSelected(!vm.loadDemoProperty().get());
        vm.loadDemoProperty().bind(demoRadio.selectedProperty());

        encryptBox.selectedProperty().bindBidirectional(vm.encryptProperty());
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        passwordAgainField.textProperty().bindBidirectional(vm.passwordAgainProperty());
        passwordError.textProperty().bind(vm.passwordErrorProperty());
        strength.getStyleClass().add("welcome-hint");
        strength.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(vm::passwordStrength,
                vm.passwordProperty(), vm.messagesProperty()));
        encryptWarning.getStyleClass().add("encryption-warning");
        encryptWarning.setWrapText(true);
        encryptWarning.setMaxWidth(360);
        passwordField.setPrefColumnCount(16);
        passwordAgainField.setPrefColumnCount(16);
        VBox passwords = new VBox(4, passwordField, strength, passwordAgainField, encryptWarning, passwordError);
        passwords.visibleProperty().bind(encryptBox.selectedProperty());
        passwords.managedProperty().bind(passwords.visibleProperty());
        // showing or hiding the password fields (or their reason) changes the page's height
        Runnable resize = () -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        encryptBox.selectedProperty().addListener((obs, old, now) -> resize.run());
        vm.passwordErrorProperty().addListener((obs, old, now) -> resize.run());
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setValignment(encryptLabel, javafx.geometry.VPos.TOP);
        GridPane.setValignment(registerLabel, javafx.geometry.VPos.TOP);

        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("form-grid", "welcome-grid");
        grid.addRow(0, languageLabel, languageChoice);
        grid.addRow(1, kindLabel, kindChoice);
        grid.addRow(2, nameLabel, new VBox(2, nameField, nameError));
        grid.addRow(3, codeLabel, new VBox(2, codeField, codeHint, codeError));
        grid.addRow(4, registerLabel, new VBox(6, demoRadio, emptyRadio));
        grid.addRow(5, encryptLabel, new VBox(6, encryptBox, passwords));
        VBox content = new VBox(14, intro, grid);
        content.getStyleClass().add("welcome-pane");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(start, skip);
        UiStyle.apply(dialog.getDialogPane());

        // a wrong field keeps the dialog open with its error shown
        Button startButton = (Button) dialog.getDialogPane().lookupButton(start);
        startButton.setId("welcomeStart");
        startButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (vm.finish().isEmpty()) {
                e.consume();
            }
        });
        dialog.getDialogPane().lookupButton(skip).setId("welcomeSkip");
        dialog.setResultConverter(button -> button == start ? vm.finish().orElse(null) : null);

        vm.messagesProperty().addListener((obs, old, now) -> relabel(now));
        vm.unitKindProperty().addListener((obs, old, now) -> nameField.setPromptText(vm.namePrompt()));
        relabel(vm.messages());
        Platform.runLater(nameField::requestFocus);
    }

    private void relabel(Messages m) {
        dialog.setTitle(m.get("welcome.title"));
        dialog.setHeaderText(m.get("welcome.header"));
        intro.setText(m.get("welcome.intro"));
        languageLabel.setText(m.get("welcome.language"));
        kindLabel.setText(m.get("welcome.unitKind"));
        nameLabel.setText(m.get("welcome.name"));
        codeLabel.setText(m.get("welcome.code"));
        codeHint.setText(m.get("welcome.codeHint"));
        registerLabel.setText(m.get("welcome.register"));
        demoRadio.setText(m.get("welcome.demo"));
        emptyRadio.setText(m.get("welcome.empty"));
        encryptLabel.setText(m.get("welcome.encryptLabel"));
        encryptBox.setText(m.get("welcome.encrypt"));
        passwordField.setPromptText(m.get("encryption.password"));
        passwordAgainField.setPromptText(m.get("encryption.again"));
        encryptWarning.setText(m.get("welcome.encryptWarning"));
        nameField.setPromptText(vm.namePrompt());
        languageChoice.setConverter(converter(m, "welcome.language."));
        kindChoice.setConverter(converter(m, "welcome.unitKind."));
        ((Button) dialog.getDialogPane().lookupButton(start)).setText(m.get("welcome.start"));
        ((Button) dialog.getDialogPane().lookupButton(skip)).setText(m.get("welcome.skip"));
        // the labels' lengths differ between the languages
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static <E extends Enum<E>> StringConverter<E> converter(Messages m, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : m.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    /** Shows the welcome and waits; empty when skipped or closed. */
    public Optional<WelcomeChoices> showAndWait() {
        return dialog.showAndWait();
    }

    public Dialog<WelcomeChoices> dialog() {
        return dialog;
    }
}

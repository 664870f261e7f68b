package org.normdesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import org.normdesk.service.settings.LanguageChoice;
import org.normdesk.ui.common.Forms;

import java.util.Map;

/** Controller of settings/Language.fxml (界面语言). */
public final class LanguageView {
    @FXML private Label languageCurrent;
    @FXML private RadioButton languageSystem;
    @FXML private RadioButton languageChinese;
    @FXML private RadioButton languageEnglish;
    @FXML private Button languageSaveButton;
    @FXML private Label languageFormError;
    @FXML private Label languageFormMessage;

    private final LanguageViewModel vm;
    private final ToggleGroup group = new ToggleGroup();

    public LanguageView(LanguageViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        languageCurrent.setText(vm.currentLanguage());
        Map<LanguageChoice, RadioButton> buttons = Map.of(LanguageChoice.SYSTEM, languageSystem,
                LanguageChoice.CHINESE, languageChinese, LanguageChoice.ENGLISH, languageEnglish);
        buttons.forEach((choice, button) -> {
            button.setToggleGroup(group);
            button.setUserData(choice);
        });
        group.selectToggle(buttons.get(vm.choiceProperty().get()));
        vm.choiceProperty().addListener((obs, old, now) -> group.selectToggle(buttons.get(now)));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.choiceProperty().set((LanguageChoice) ((Toggle) now).getUserData());
            }
        });
        languageSaveButton.disableProperty().bind(vm.busyProperty());
        Forms.message(languageFormError, vm.formErrorProperty());
        Forms.message(languageFormMessage, vm.formMessageProperty());
    }

    @FXML
    private void save() {
        vm.save();
    }
}

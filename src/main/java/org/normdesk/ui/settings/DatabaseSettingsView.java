package org.normdesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import org.normdesk.ui.common.Forms;

import java.io.File;

/** Controller of settings/DatabaseSettings.fxml (数据库). */
public final class DatabaseSettingsView {
    private static final String TEST_OK = "test-ok";

    @FXML private Label dbKindLabel;
    @FXML private Label dbUrlLabel;
    @FXML private Label dbSchemaLabel;
    @FXML private Label dbCountsLabel;
    @FXML private Label dbNextStartLabel;
    @FXML private TextField dbUrlField;
    @FXML private TextField dbUserField;
    @FXML private PasswordField dbPasswordField;
    @FXML private TextField dbAttachmentsField;
    @FXML private Label dbUrlError;
    @FXML private Label dbAttachmentsError;
    @FXML private Button dbTestButton;
    @FXML private ProgressIndicator dbTesting;
    @FXML private Label dbTestResult;
    @FXML private Button dbSaveButton;
    @FXML private Button dbLocalButton;
    @FXML private Label dbFormError;
    @FXML private Label dbFormMessage;
    @FXML private Button backupNowButton;
    @FXML private Label backupResult;
    @FXML private javafx.scene.layout.VBox encryptionBox;
    @FXML private Label encryptionStateLabel;
    @FXML private Button encryptButton;
    @FXML private Button changePasswordButton;
    @FXML private Label encryptionResult;
    @FXML private Label encryptionError;

    private final DatabaseSettingsViewModel vm;

    public DatabaseSettingsView(DatabaseSettingsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        dbKindLabel.textProperty().bind(vm.currentKindProperty());
        dbUrlLabel.textProperty().bind(vm.currentUrlProperty());
        dbSchemaLabel.textProperty().bind(vm.currentSchemaProperty());
        dbCountsLabel.textProperty().bind(vm.currentCountsProperty());
        dbNextStartLabel.textProperty().bind(vm.nextStartProperty());

        dbUrlField.textProperty().bindBidirectional(vm.urlProperty());
        dbUserField.textProperty().bindBidirectional(vm.userProperty());
        dbPasswordField.textProperty().bindBidirectional(vm.passwordProperty());
        dbAttachmentsField.textProperty().bindBidirectional(vm.attachmentsProperty());
        Forms.message(dbUrlError, vm.urlErrorProperty());
        Forms.message(dbAttachmentsError, vm.attachmentsErrorProperty());

        dbTestButton.disableProperty().bind(vm.testingProperty());
        dbTesting.visibleProperty().bind(vm.testingProperty());
        dbTesting.managedProperty().bind(dbTesting.visibleProperty());
        Forms.message(dbTestResult, vm.testResultProperty());
        // green for a server that answered, red for the reason it did not; nothing while it is being asked
        Runnable restyle = () -> {
            dbTestResult.getStyleClass().removeAll(TEST_OK, "field-error");
            if (!vm.testingProperty().get()) {
                dbTestResult.getStyleClass().add(vm.testSucceededProperty().get() ? TEST_OK : "field-error");
            }
        };
        vm.testSucceededProperty().addListener((obs, old, now) -> restyle.run());
        vm.testingProperty().addListener((obs, old, now) -> restyle.run());
        restyle.run();

        dbSaveButton.disableProperty().bind(vm.busyProperty());
        dbLocalButton.disableProperty().bind(vm.busyProperty());
        Forms.message(dbFormError, vm.formErrorProperty());
        Forms.message(dbFormMessage, vm.formMessageProperty());
        backupNowButton.disableProperty().bind(vm.backingUpProperty());
        Forms.message(backupResult, vm.backupResultProperty());
        EncryptionViewModel encryption = vm.encryption();
        encryptionBox.setVisible(encryption != null);
        encryptionBox.setManaged(encryption != null);
        if (encryption != null) {
            encryptionStateLabel.textProperty().bind(encryption.stateProperty());
            encryptButton.visibleProperty().bind(encryption.canEncryptProperty());
            encryptButton.managedProperty().bind(encryptButton.visibleProperty());
            encryptButton.disableProperty().bind(encryption.busyProperty());
            changePasswordButton.visibleProperty().bind(encryption.canChangeProperty());
            changePasswordButton.managedProperty().bind(changePasswordButton.visibleProperty());
            changePasswordButton.disableProperty().bind(encryption.busyProperty());
            Forms.message(encryptionResult, encryption.resultProperty());
            Forms.message(encryptionError, encryption.errorProperty());
        }
    }

    @FXML
    private void encryptRegister() {
        EncryptionDialogs.encrypt(encryptButton.getScene().getWindow(), vm.encryption())
                .ifPresent(password -> {
                    vm.encryption().encrypt(password);
                    java.util.Arrays.fill(password, '\0');
                });
    }

    @FXML
    private void changeRegisterPassword() {
        EncryptionDialogs.changePassword(changePasswordButton.getScene().getWindow(), vm.encryption())
                .ifPresent(passwords -> {
                    vm.encryption().changePassword(passwords[0], passwords[1]);
                    java.util.Arrays.fill(passwords[0], '\0');
                    java.util.Arrays.fill(passwords[1], '\0');
                });
    }

    @FXML
    private void backupNow() {
        vm.backupNow();
    }

    @FXML
    private void testConnection() {
        vm.testConnection();
    }

    @FXML
    private void saveShared() {
        vm.saveShared();
    }

    @FXML
    private void useLocal() {
        vm.useLocal();
    }

    @FXML
    private void chooseAttachments() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(vm.messages().get("settings.db.attachments.choose"));
        File chosen = chooser.showDialog(dbAttachmentsField.getScene().getWindow());
        if (chosen != null) {
            vm.attachmentsProperty().set(chosen.getAbsolutePath());
        }
    }
}

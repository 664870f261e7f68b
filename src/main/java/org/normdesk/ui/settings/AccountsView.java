package org.normdesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.normdesk.domain.account.Role;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Cells;
import org.normdesk.ui.common.Forms;

/** Controller of settings/Accounts.fxml (用户与审计). */
public final class AccountsView {
    @FXML private Button verifyAuditButton;
    @FXML private Label auditResultLabel;
    @FXML private Label adminOnlyLabel;
    @FXML private TableView<AccountsViewModel.Row> accountTable;
    @FXML private TableColumn<AccountsViewModel.Row, String> accountNameColumn;
    @FXML private TableColumn<AccountsViewModel.Row, String> accountDisplayColumn;
    @FXML private TableColumn<AccountsViewModel.Row, String> accountRolesColumn;
    @FXML private TableColumn<AccountsViewModel.Row, String> accountStateColumn;
    @FXML private VBox accountForm;
    @FXML private TextField accountNameField;
    @FXML private TextField accountDisplayField;
    @FXML private PasswordField accountPasswordField;
    @FXML private PasswordField accountRepeatField;
    @FXML private FlowPane accountRolesPane;
    @FXML private Label accountsFormError;
    @FXML private Label accountsFormMessage;

    private final AccountsViewModel vm;
    private final Messages messages;

    public AccountsView(AccountsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        auditResultLabel.textProperty().bind(vm.auditResultProperty());
        vm.auditBrokenProperty().addListener((obs, was, broken) -> {
            auditResultLabel.getStyleClass().removeAll("form-ok", "form-error");
            auditResultLabel.getStyleClass().add(broken ? "form-error" : "form-ok");
        });
        adminOnlyLabel.visibleProperty().bind(vm.canManageProperty().not());
        adminOnlyLabel.managedProperty().bind(adminOnlyLabel.visibleProperty());
        accountTable.visibleProperty().bind(vm.canManageProperty());
        accountForm.visibleProperty().bind(vm.canManageProperty());
        accountForm.managedProperty().bind(accountForm.visibleProperty());
        accountForm.disableProperty().bind(vm.busyProperty());

        Cells.value(accountNameColumn, AccountsViewModel.Row::userName);
        Cells.value(accountDisplayColumn, AccountsViewModel.Row::displayName);
        Cells.value(accountRolesColumn, AccountsViewModel.Row::roles);
        Cells.value(accountStateColumn, AccountsViewModel.Row::state);
        accountTable.setItems(vm.rows());
        vm.selectedProperty().bind(accountTable.getSelectionModel().selectedItemProperty());

        accountNameField.textProperty().bindBidirectional(vm.userNameProperty());
        accountDisplayField.textProperty().bindBidirectional(vm.displayNameProperty());
        accountPasswordField.textProperty().bindBidirectional(vm.passwordProperty());
        accountRepeatField.textProperty().bindBidirectional(vm.repeatProperty());
        for (Role role : vm.allRoles()) {
            CheckBox box = new CheckBox(messages.label(role));
            box.setId("role-" + role.name());
            box.selectedProperty().bindBidirectional(vm.roleProperty(role));
            accountRolesPane.getChildren().add(box);
        }
        Forms.message(accountsFormError, vm.formErrorProperty());
        Forms.message(accountsFormMessage, vm.formMessageProperty());
    }

    @FXML
    private void verifyChain() {
        vm.verifyChain();
    }

    @FXML
    private void create() {
        vm.create();
    }

    @FXML
    private void saveRoles() {
        vm.saveRoles();
    }

    @FXML
    private void resetPassword() {
        vm.resetPassword();
    }

    @FXML
    private void deactivate() {
        vm.deactivate();
    }

    @FXML
    private void unlock() {
        vm.unlock();
    }
}

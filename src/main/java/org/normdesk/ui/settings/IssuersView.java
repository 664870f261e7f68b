package org.normdesk.ui.settings;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Cells;
import org.normdesk.ui.common.FormWindows;
import org.normdesk.ui.common.Forms;
import org.normdesk.ui.common.ViewLoader;

/** Controller of settings/Issuers.fxml (机关): the list, and the add dialog as a modal window. */
public final class IssuersView {
    @FXML private TableView<Issuer> issuerTable;
    @FXML private TableColumn<Issuer, String> issuerNameColumn;
    @FXML private TableColumn<Issuer, String> issuerCodeColumn;
    @FXML private TableColumn<Issuer, String> issuerLevelColumn;
    @FXML private TableColumn<Issuer, String> issuerKindColumn;
    @FXML private Button newIssuerButton;
    @FXML private Label issuersFormError;
    @FXML private Label issuersFormMessage;

    private final IssuersViewModel vm;

    public IssuersView(IssuersViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Messages messages = vm.messages();
        issuerTable.setItems(vm.issuers());
        Cells.text(issuerNameColumn, Issuer::name);
        Cells.text(issuerCodeColumn, i -> i.code() == null ? "" : i.code());
        Cells.text(issuerLevelColumn, i -> messages.label(i.level()));
        Cells.text(issuerKindColumn, i -> messages.label(i.kind()));
        newIssuerButton.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not()));
        Forms.message(issuersFormError, vm.formErrorProperty());
        Forms.message(issuersFormMessage, vm.formMessageProperty());
    }

    /** The dialog stays open until the register accepted the issuer (or the user cancels). */
    @FXML
    private void newIssuer() {
        IssuerDialogViewModel form = vm.newIssuerForm();
        IssuerDialogView view = new IssuerDialogView(form);
        Stage stage = FormWindows.stage(issuerTable.getScene().getWindow(),
                ViewLoader.load("/settings/IssuerDialog.fxml", vm.messages(), view).root(),
                vm.messages().get("settings.issuer.dialogTitle"), view::setOnClose);
        // messages under the fields make the form taller; the window grows with it so the buttons stay in view
        for (var error : java.util.List.of(form.nameErrorProperty(), form.codeErrorProperty(), form.levelErrorProperty(),
                form.kindErrorProperty(), form.formErrorProperty())) {
            error.addListener((obs, old, now) -> Platform.runLater(stage::sizeToScene));
        }
        view.setOnSaved(saved -> {
            vm.added(saved);
            issuerTable.getSelectionModel().clearSelection();
        });
        stage.show();
        view.focusFirstField();
    }
}

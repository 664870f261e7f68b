package org.normdesk.ui.register;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.FormWindows;
import org.normdesk.ui.common.ViewLoader;

import java.util.function.Consumer;

/**
 * Opens the register's dialogs as modal windows. They stay open until the register accepted the change
 * (a plain {@code Dialog} would close on OK before the background save has answered).
 */
final class RegisterDialogs {
    private final Messages messages;

    RegisterDialogs(Messages messages) {
        this.messages = messages;
    }

    void openDocument(Window owner, DocumentDialogViewModel form, Consumer<NormativeDocument> onSaved) {
        DocumentDialogView view = new DocumentDialogView(form);
        Stage stage = FormWindows.stage(owner,
                ViewLoader.load("/register/DocumentDialog.fxml", messages, view).root(),
                form.windowTitle(), view::setOnClose);
        view.setOnSaved(onSaved);
        stage.show();
        view.focusFirstField();
    }

    void openStatus(Window owner, StatusDialogViewModel form, Consumer<NormativeDocument> onSaved) {
        StatusDialogView view = new StatusDialogView(form);
        Stage stage = FormWindows.stage(owner,
                ViewLoader.load("/register/StatusDialog.fxml", messages, view).root(),
                messages.get("statusdialog.title"), view::setOnClose);
        view.setOnSaved(onSaved);
        stage.show();
    }

    void openRelation(Window owner, RelationDialogViewModel form, Consumer<NormativeDocument> onSaved) {
        RelationDialogView view = new RelationDialogView(form);
        Stage stage = FormWindows.stage(owner,
                ViewLoader.load("/register/RelationDialog.fxml", messages, view).root(),
                messages.get("relation.dialogTitle"), view::setOnClose);
        view.setOnSaved(onSaved);
        stage.show();
    }
}

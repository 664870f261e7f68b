package org.normdesk.ui.cleanup;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.FormWindows;
import org.normdesk.ui.common.ViewLoader;
import org.normdesk.ui.register.DocumentDialogView;
import org.normdesk.ui.register.DocumentDialogViewModel;

import java.util.function.Consumer;

/** Opens the cleanup view's dialogs as modal windows that stay open until the work behind them succeeded. */
final class CleanupDialogs {
    private final Messages messages;

    CleanupDialogs(Messages messages) {
        this.messages = messages;
    }

    void openCampaign(Window owner, CampaignDialogViewModel form, Consumer<Campaign> onSaved) {
        CampaignDialogView view = new CampaignDialogView(form);
        Stage stage = FormWindows.stage(owner,
                ViewLoader.load("/cleanup/CampaignDialog.fxml", messages, view).root(),
                messages.get("cleanup.create.title"), view::setOnClose);
        view.setOnSaved(onSaved);
        stage.show();
        view.focusFirstField();
    }

    void openScope(Window owner, ScopeDialogViewModel form, Consumer<Integer> onAdded) {
        ScopeDialogView view = new ScopeDialogView(form);
        Stage stage = FormWindows.stage(owner,
                ViewLoader.load("/cleanup/ScopeDialog.fxml", messages, view).root(),
                messages.get("cleanup.scope.title"), view::setOnClose);
        view.setOnAdded(onAdded);
        stage.show();
    }

    void openFinalize(Window owner, FinalizeDialogViewModel form, Consumer<Campaign> onDone) {
        FinalizeDialogView view = new FinalizeDialogView(form);
        Stage stage = FormWindows.stage(owner,
                ViewLoader.load("/cleanup/FinalizeDialog.fxml", messages, view).root(),
                messages.get("cleanup.finalize.title"), view::setOnClose);
        view.setOnDone(onDone);
        stage.show();
        view.focusFirstField();
    }

    /** The register's document form, saving into the register and the campaign together. */
    void openFound(Window owner, DocumentDialogViewModel form, Consumer<NormativeDocument> onSaved) {
        DocumentDialogView view = new DocumentDialogView(form);
        Stage stage = FormWindows.stage(owner,
                ViewLoader.load("/register/DocumentDialog.fxml", messages, view).root(),
                messages.get("cleanup.found.title"), view::setOnClose);
        view.setOnSaved(onSaved);
        stage.show();
        view.focusFirstField();
    }
}

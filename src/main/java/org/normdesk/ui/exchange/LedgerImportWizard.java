package org.normdesk.ui.exchange;

import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.normdesk.service.exchange.LedgerImportService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.FileChoices;
import org.normdesk.ui.common.UiStyle;
import org.normdesk.ui.common.ViewLoader;
import org.normdesk.ui.task.TaskRunner;

/** Opens the ledger import wizard (导入台账) as a window over the register. */
public final class LedgerImportWizard {
    private LedgerImportWizard() {
    }

    /** @param onImported runs on the FX thread after an import that changed the register */
    public static LedgerImportViewModel open(Window owner, LedgerImportService imports, Messages messages,
                                             TaskRunner runner, FileChoices files, Runnable onImported) {
        LedgerImportViewModel vm = new LedgerImportViewModel(imports, messages, runner, onImported);
        LedgerImportWizardView view = new LedgerImportWizardView(vm, files);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("ledgerWizard.title"));
        stage.setScene(UiStyle.scene(ViewLoader.load("/exchange/LedgerImportWizard.fxml", messages, view).root()));
        stage.setWidth(1000);
        stage.setHeight(680);
        view.setOnClose(() -> {
            if (!vm.busyProperty().get()) {
                stage.close();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume(); // an import in progress finishes (or fails) as a whole
            }
        });
        stage.show();
        return vm;
    }
}

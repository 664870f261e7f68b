package org.normdesk.ui.exchange;

import javafx.stage.Window;
import org.normdesk.service.exchange.LedgerImportService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.FileChoices;
import org.normdesk.ui.common.TaskDialogs;
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
        TaskDialogs.show(owner, messages.get("ledgerWizard.title"),
                ViewLoader.load("/exchange/LedgerImportWizard.fxml", messages, view).root(), 1000, 680,
                vm.busyProperty(), view::setOnClose);
        return vm;
    }
}

package org.normdesk.ui.exchange;

import javafx.stage.Window;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.service.transfer.PackageService;
import org.normdesk.ui.common.FileChoices;
import org.normdesk.ui.common.TaskDialogs;
import org.normdesk.ui.common.ViewLoader;
import org.normdesk.ui.task.TaskRunner;

import java.nio.file.Path;
import java.time.Clock;

/** Opens the exchange package dialogs (导出交换包… / 导入交换包…) as windows over the register. */
public final class PackageDialogs {
    private PackageDialogs() {
    }

    /** The export dialog; the unit list is read in the background as it opens. */
    public static PackageExportViewModel openExport(Window owner, PackageService packages, RegisterService register,
                                                    SettingsService settings, Messages messages, TaskRunner runner,
                                                    FileChoices files, Clock clock) {
        PackageExportViewModel vm = new PackageExportViewModel(packages, register, settings, messages, runner, clock);
        PackageExportDialogView view = new PackageExportDialogView(vm, files);
        // the package is written as a whole or not at all: the window stays while it is written
        TaskDialogs.show(owner, messages.get("packageExport.title"),
                ViewLoader.load("/exchange/PackageExportDialog.fxml", messages, view).root(), 640, 400,
                vm.busyProperty(), view::setOnClose);
        vm.load();
        return vm;
    }

    /**
     * Asks for the package (unless {@code file} is given, e.g. a double-clicked .ndpkg), opens the reconciliation
     * dialog and starts the dry run. Null when the user cancelled the file dialog.
     *
     * @param onImported runs on the FX thread after an import that changed the register
     */
    public static PackageImportViewModel openImport(Window owner, Path file, PackageService packages,
                                                    Messages messages, TaskRunner runner, FileChoices files,
                                                    Runnable onImported) {
        Path chosen = file != null ? file : files.open(owner, messages.get("packageImport.chooseTitle"),
                messages.get("package.fileFilter"), PackageExportDialogView.PACKAGE_PATTERNS);
        if (chosen == null) {
            return null;
        }
        PackageImportViewModel vm = new PackageImportViewModel(packages, messages, runner, onImported);
        PackageImportDialogView view = new PackageImportDialogView(vm);
        TaskDialogs.show(owner, messages.get("packageImport.title"),
                ViewLoader.load("/exchange/PackageImportDialog.fxml", messages, view).root(), 1100, 700,
                vm.busyProperty(), view::setOnClose);
        vm.reconcile(chosen);
        return vm;
    }
}

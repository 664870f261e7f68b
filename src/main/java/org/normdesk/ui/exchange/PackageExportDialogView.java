package org.normdesk.ui.exchange;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.FileChoices;
import org.normdesk.ui.common.TaskDialogs;

import java.nio.file.Path;
import java.util.List;

/** Controller of exchange/PackageExportDialog.fxml, over {@link PackageExportViewModel}. */
public final class PackageExportDialogView {
    static final List<String> PACKAGE_PATTERNS = List.of("*.ndpkg");

    @FXML private VBox packageExportRoot;
    @FXML private Label exportFromLabel;
    @FXML private ComboBox<String> recipientCombo;
    @FXML private RadioButton wholeRadio;
    @FXML private RadioButton changesRadio;
    @FXML private Label exportResultLabel;
    @FXML private Label exportError;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportProgressLabel;
    @FXML private Button exportButton;

    private final PackageExportViewModel vm;
    private final Messages messages;
    private final FileChoices files;
    private Runnable onClose = () -> { };

    public PackageExportDialogView(PackageExportViewModel vm, FileChoices files) {
        this.vm = vm;
        this.messages = vm.messages();
        this.files = files;
    }

    @FXML
    private void initialize() {
        exportFromLabel.textProperty().bind(vm.fromTextProperty());
        recipientCombo.setItems(vm.units());
        // typed or picked: the editor's text is the recipient
        recipientCombo.getEditor().textProperty().addListener((obs, old, now) -> vm.recipientProperty().set(now));
        recipientCombo.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(recipientCombo.getEditor().getText())) {
                recipientCombo.getEditor().setText(now);
            }
        });
        ToggleGroup scope = new ToggleGroup();
        wholeRadio.setToggleGroup(scope);
        changesRadio.setToggleGroup(scope);
        changesRadio.selectedProperty().addListener((obs, old, now) -> vm.sinceLastProperty().set(now));
        exportResultLabel.textProperty().bind(vm.resultTextProperty());
        TaskDialogs.status(exportError, vm.errorProperty(), exportProgress, exportProgressLabel, vm.runner(),
                vm.busyProperty());
        exportButton.disableProperty().bind(vm.busyProperty());
        recipientCombo.disableProperty().bind(vm.busyProperty());
        wholeRadio.disableProperty().bind(vm.busyProperty());
        changesRadio.disableProperty().bind(vm.busyProperty());
    }

    @FXML
    private void export() {
        if (!vm.checkRecipient()) {
            return;
        }
        Path target = files.save(TaskDialogs.window(packageExportRoot), messages.get("packageExport.saveTitle"), vm.suggestedFileName(),
                messages.get("package.fileFilter"), PACKAGE_PATTERNS);
        vm.export(target);
    }

    @FXML
    private void close() {
        onClose.run();
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    public VBox root() {
        return packageExportRoot;
    }
}

package org.normdesk.ui.cleanup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.ui.common.Choice;
import org.normdesk.ui.common.Forms;

import java.util.Set;
import java.util.function.Consumer;

/** Controller of cleanup/ScopeDialog.fxml. */
public final class ScopeDialogView {
    @FXML private ComboBox<Choice<Issuer>> scopeIssuerChoice;
    @FXML private ComboBox<Choice<Integer>> scopeYearFromChoice;
    @FXML private ComboBox<Choice<Integer>> scopeYearToChoice;
    @FXML private ComboBox<Choice<DocumentType>> scopeTypeChoice;
    @FXML private ComboBox<Choice<Set<LifecycleStatus>>> scopeStatusChoice;
    @FXML private Label scopeMatchingLabel;
    @FXML private Button scopeAddButton;
    @FXML private Label scopeRegisterLabel;
    @FXML private Button scopeRegisterButton;
    @FXML private Label scopeFormError;
    @FXML private ProgressIndicator scopeSavingIndicator;

    private final ScopeDialogViewModel vm;
    private Consumer<Integer> onAdded = n -> { };
    private Runnable onClose = () -> { };

    public ScopeDialogView(ScopeDialogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        bind(scopeIssuerChoice, vm.issuerChoices(), vm.issuerProperty());
        bind(scopeYearFromChoice, vm.yearChoices(), vm.yearFromProperty());
        bind(scopeYearToChoice, vm.yearChoices(), vm.yearToProperty());
        bind(scopeTypeChoice, vm.typeChoices(), vm.typeProperty());
        bind(scopeStatusChoice, vm.statusChoices(), vm.statusProperty());
        scopeMatchingLabel.textProperty().bind(vm.matchingTextProperty());
        scopeAddButton.disableProperty().bind(vm.savingProperty().or(vm.matchingProperty().lessThan(1)));
        scopeRegisterLabel.textProperty().bind(vm.registerTextProperty());
        scopeRegisterButton.disableProperty().bind(vm.savingProperty().or(vm.registerMatchingProperty().lessThan(1)));
        Forms.message(scopeFormError, vm.formErrorProperty());
        scopeSavingIndicator.visibleProperty().bind(vm.savingProperty());
        vm.load();
    }

    private static <T> void bind(ComboBox<Choice<T>> box, javafx.collections.ObservableList<Choice<T>> items,
                                 javafx.beans.property.ObjectProperty<Choice<T>> value) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
    }

    void setOnAdded(Consumer<Integer> onAdded) {
        this.onAdded = onAdded;
    }

    void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    @FXML
    private void add() {
        vm.add(this::added);
    }

    @FXML
    private void addRegisterSearch() {
        vm.addRegisterSearch(this::added);
    }

    private void added(int n) {
        onClose.run();
        onAdded.accept(n);
    }

    @FXML
    private void cancel() {
        onClose.run();
    }
}

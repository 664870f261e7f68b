package org.normdesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Cells;
import org.normdesk.ui.common.Forms;

import java.time.LocalDate;

/** Controller of settings/CalendarSettings.fxml (工作日历). */
public final class CalendarSettingsView {
    @FXML private Label calendarCoverage;
    @FXML private Label calendarWarning;
    @FXML private TableView<LocalDayRow> localDayTable;
    @FXML private TableColumn<LocalDayRow, LocalDate> localDayDateColumn;
    @FXML private TableColumn<LocalDayRow, String> localDayWeekdayColumn;
    @FXML private TableColumn<LocalDayRow, String> localDayTypeColumn;
    @FXML private TableColumn<LocalDayRow, String> localDayNoteColumn;
    @FXML private Button removeLocalDayButton;
    @FXML private TextField localDayDateField;
    @FXML private ComboBox<LocalDayType> localDayTypeChoice;
    @FXML private TextField localDayNoteField;
    @FXML private Button localDayAddButton;
    @FXML private Label localDayDateError;
    @FXML private Label localDayTypeError;
    @FXML private Label localDayNoteError;
    @FXML private Label calendarFormError;
    @FXML private Label calendarFormMessage;
    @FXML private ProgressIndicator calendarBusy;
    @FXML private TextField checkDateField;
    @FXML private Label checkDateResult;
    @FXML private Label checkDateError;

    private final CalendarSettingsViewModel vm;

    public CalendarSettingsView(CalendarSettingsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Messages messages = vm.messages();
        calendarCoverage.textProperty().bind(vm.coverageProperty());
        Forms.message(calendarWarning, vm.coverageWarningProperty());

        localDayTable.setItems(vm.localDays());
        Cells.date(localDayDateColumn, LocalDayRow::date, messages);
        Cells.text(localDayWeekdayColumn, LocalDayRow::weekday);
        Cells.text(localDayTypeColumn, LocalDayRow::typeLabel);
        Cells.text(localDayNoteColumn, LocalDayRow::note);
        removeLocalDayButton.disableProperty().bind(localDayTable.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.busyProperty()));

        localDayDateField.textProperty().bindBidirectional(vm.newDateProperty());
        localDayTypeChoice.getItems().setAll(LocalDayType.values());
        Forms.labels(localDayTypeChoice, messages::label);
        localDayTypeChoice.valueProperty().bindBidirectional(vm.newTypeProperty());
        localDayNoteField.textProperty().bindBidirectional(vm.newNoteProperty());
        localDayAddButton.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not()));
        Forms.message(localDayDateError, vm.dateErrorProperty());
        Forms.message(localDayTypeError, vm.typeErrorProperty());
        Forms.message(localDayNoteError, vm.noteErrorProperty());
        Forms.message(calendarFormError, vm.formErrorProperty());
        Forms.message(calendarFormMessage, vm.formMessageProperty());
        calendarBusy.visibleProperty().bind(vm.busyProperty());
        calendarBusy.managedProperty().bind(calendarBusy.visibleProperty());

        checkDateField.textProperty().bindBidirectional(vm.checkDateProperty());
        checkDateField.setOnAction(e -> vm.check());
        Forms.message(checkDateResult, vm.checkResultProperty());
        Forms.message(checkDateError, vm.checkErrorProperty());
    }

    @FXML
    private void addLocalDay() {
        if (!vm.add()) {
            if (localDayDateError.isVisible()) {
                localDayDateField.requestFocus();
            } else if (localDayNoteError.isVisible()) {
                localDayNoteField.requestFocus();
            }
        }
    }

    @FXML
    private void removeLocalDay() {
        vm.remove(localDayTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void checkDate() {
        vm.check();
    }
}

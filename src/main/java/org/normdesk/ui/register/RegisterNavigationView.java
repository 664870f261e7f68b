package org.normdesk.ui.register;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Dialogs;
import org.normdesk.ui.common.UiStyle;

import java.util.Optional;

/** Controller of register/RegisterNavigation.fxml: reminders and saved views with their counts. */
public final class RegisterNavigationView {
    @FXML private VBox registerNavRoot;
    @FXML private ListView<RegisterNavigationViewModel.Entry> reminderList;
    @FXML private ListView<RegisterNavigationViewModel.Entry> viewList;
    @FXML private Button saveViewButton;
    @FXML private Button renameViewButton;
    @FXML private Button deleteViewButton;
    @FXML private Label navError;

    private final RegisterNavigationViewModel vm;
    private final Messages messages;

    public RegisterNavigationView(RegisterNavigationViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
    }

    @FXML
    private void initialize() {
        reminderList.setItems(vm.reminders());
        viewList.setItems(vm.savedViews());
        reminderList.setCellFactory(list -> cell(false));
        viewList.setCellFactory(list -> cell(true));
        for (ListView<RegisterNavigationViewModel.Entry> list : java.util.List.of(reminderList, viewList)) {
            list.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    vm.open(list.getSelectionModel().getSelectedItem());
                }
            });
        }
        renameViewButton.disableProperty().bind(viewList.getSelectionModel().selectedItemProperty().isNull());
        deleteViewButton.disableProperty().bind(viewList.getSelectionModel().selectedItemProperty().isNull());
        navError.textProperty().bind(vm.errorProperty());
        navError.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        navError.managedProperty().bind(navError.visibleProperty());
    }

    private ListCell<RegisterNavigationViewModel.Entry> cell(boolean savedView) {
        ListCell<RegisterNavigationViewModel.Entry> cell = new ListCell<>() {
            private final Label name = new Label();
            private final Label count = new Label();
            private final HBox box = new HBox(name, count);
            // the whole name where the sidebar cuts it, e.g. "六个月内到期（应评估）"
            private final Tooltip whole = new Tooltip();

            {
                HBox.setHgrow(name, Priority.ALWAYS);
                name.setMaxWidth(Double.MAX_VALUE);
                name.getStyleClass().add("register-nav-name");
                count.getStyleClass().add("register-nav-count");
                box.getStyleClass().add("register-nav-entry");
                name.setMinWidth(0);
                count.setMinWidth(USE_PREF_SIZE);
                // as wide as the list, never wider: a long name is cut, not scrolled sideways
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(RegisterNavigationViewModel.Entry item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : box);
                setAccessibleText(empty || item == null ? null : item.label());
                setTooltip(empty || item == null ? null : whole);
                whole.setText(empty || item == null ? "" : item.label());
                if (item != null && !empty) {
                    name.setText(item.name());
                    count.setText(String.valueOf(item.count()));
                    getStyleClass().removeAll("register-nav-none");
                    if (item.count() == 0) {
                        getStyleClass().add("register-nav-none");
                    }
                }
            }
        };
        cell.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !cell.isEmpty()) {
                vm.open(cell.getItem());
            }
        });
        if (savedView) {
            MenuItem rename = new MenuItem(messages.get("nav.views.rename"));
            rename.setOnAction(e -> rename(cell.getItem()));
            MenuItem delete = new MenuItem(messages.get("nav.views.delete"));
            delete.setOnAction(e -> delete(cell.getItem()));
            ContextMenu menu = new ContextMenu(rename, delete);
            cell.emptyProperty().addListener((obs, was, empty) -> cell.setContextMenu(empty ? null : menu));
        }
        return cell;
    }

    @FXML
    private void renameSelected() {
        rename(viewList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void deleteSelected() {
        delete(viewList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void saveCurrent() {
        askName(messages.get("nav.views.save.title"), messages.get("nav.views.save.header"), "")
                .ifPresent(name -> vm.saveCurrentAs(name, () -> { }));
    }

    private void rename(RegisterNavigationViewModel.Entry entry) {
        if (entry == null || entry.view() == null) {
            return;
        }
        askName(messages.get("nav.views.rename.title"), messages.format("nav.views.rename.header", entry.name()),
                entry.name()).filter(name -> !name.equals(entry.name())).ifPresent(name -> vm.rename(entry, name));
    }

    private void delete(RegisterNavigationViewModel.Entry entry) {
        if (entry == null || entry.view() == null) {
            return;
        }
        if (Dialogs.confirm(window(), messages, messages.get("nav.views.delete.title"),
                messages.format("nav.views.delete.header", entry.name()),
                messages.get("nav.views.delete.text"))) {
            vm.delete(entry);
        }
    }

    /** The name typed, as typed (the service trims and checks it); empty when cancelled. */
    private Optional<String> askName(String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(window());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getEditor().setId("viewNameField");
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("ui.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get("nav.views.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).setId("viewNameOk");
        UiStyle.apply(dialog.getDialogPane());
        return dialog.showAndWait();
    }

    private Window window() {
        return registerNavRoot.getScene() == null ? null : registerNavRoot.getScene().getWindow();
    }
}

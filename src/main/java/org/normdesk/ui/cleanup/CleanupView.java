package org.normdesk.ui.cleanup;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.FileTargets;
import org.normdesk.ui.common.Forms;
import org.normdesk.ui.shell.SectionViews;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Controller of cleanup/CleanupView.fxml: campaigns on the left; the chosen one's scope with the bulk decision,
 * progress per issuer, and its catalogues once finalized. Ctrl+Enter decides the selection, Ctrl+Z undoes the
 * last decision, F5 reloads.
 */
public final class CleanupView {
    private static final KeyCombination APPLY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    @FXML private SplitPane cleanupRoot;
    @FXML private ListView<Campaign> campaignList;
    @FXML private Label noCampaignLabel;
    @FXML private BorderPane campaignPane;
    @FXML private Label campaignTitle;
    @FXML private Label progressLabel;
    @FXML private Label campaignDetails;
    @FXML private Button addScopeButton;
    @FXML private Button addFoundButton;
    @FXML private Button finalizeButton;
    @FXML private Label viewError;
    @FXML private TabPane campaignTabs;
    @FXML private Tab itemsTab;
    @FXML private CheckBox undecidedOnlyCheck;
    @FXML private Label selectionLabel;
    @FXML private TableView<ItemRow> itemsTable;
    @FXML private TableColumn<ItemRow, String> itemNumberColumn;
    @FXML private TableColumn<ItemRow, String> itemTitleColumn;
    @FXML private TableColumn<ItemRow, String> itemIssuerColumn;
    @FXML private TableColumn<ItemRow, LifecycleStatus> itemStatusColumn;
    @FXML private TableColumn<ItemRow, ItemRow> itemDecisionColumn;
    @FXML private TableColumn<ItemRow, String> itemReasonColumn;
    @FXML private VBox decisionBar;
    @FXML private ComboBox<Disposition> decisionChoice;
    @FXML private ComboBox<String> reasonChoice;
    @FXML private TextField basisField;
    @FXML private Label basisLabel;
    @FXML private Label previewLabel;
    @FXML private Button applyDecisionButton;
    @FXML private Button undoDecisionButton;
    @FXML private Tooltip undoTooltip;
    @FXML private Label decisionError;
    @FXML private TableView<UnitProgress> progressTable;
    @FXML private TableColumn<UnitProgress, String> unitColumn;
    @FXML private TableColumn<UnitProgress, Integer> decidedColumn;
    @FXML private TableColumn<UnitProgress, Integer> undecidedColumn;
    @FXML private TableColumn<UnitProgress, UnitProgress> unitProgressColumn;

    private final CleanupViewModel vm;
    private final Messages messages;
    private final FileTargets files;
    private final CleanupDialogs dialogs;
    private final Map<Disposition, Tab> catalogueTabs = new EnumMap<>(Disposition.class);
    private final javafx.animation.PauseTransition basisDelay =
            new javafx.animation.PauseTransition(org.normdesk.ui.register.RegisterView.SEARCH_DELAY);

    public CleanupView(CleanupViewModel vm, FileTargets files) {
        this.vm = vm;
        this.messages = vm.messages();
        this.files = files;
        this.dialogs = new CleanupDialogs(messages);
    }

    @FXML
    private void initialize() {
        campaignList.setItems(vm.campaigns());
        campaignList.setCellFactory(list -> new CampaignCell());
        campaignList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.campaigns().addListener((ListChangeListener<Campaign>) c -> showSelected());
        javafx.scene.control.Tab auditTab = new javafx.scene.control.Tab(messages.get("detail.audit"),
                org.normdesk.ui.register.AuditHistory.table("campaignAuditTable", messages, vm.audit()));
        auditTab.setId("campaignAuditTab");
        campaignTabs.getTabs().add(auditTab);
        vm.selectedProperty().addListener((obs, old, now) -> showSelected());
        noCampaignLabel.visibleProperty().bind(vm.selectedProperty().isNull());
        campaignPane.visibleProperty().bind(vm.selectedProperty().isNotNull());
        campaignTitle.textProperty().bind(vm.selectedProperty().map(Campaign::name).orElse(""));
        campaignDetails.textProperty().bind(vm.detailsProperty());
        progressLabel.textProperty().bind(vm.progressTextProperty());
        Forms.message(viewError, vm.errorProperty());
        addScopeButton.disableProperty().bind(vm.openProperty().not());
        addFoundButton.disableProperty().bind(vm.openProperty().not());
        finalizeButton.disableProperty().bind(vm.openProperty().not());

        CleanupTables.items(itemsTable, messages, itemNumberColumn, itemTitleColumn, itemIssuerColumn,
                itemStatusColumn, itemDecisionColumn, itemReasonColumn);
        itemsTable.setItems(vm.shownItems());
        itemsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        itemsTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ItemRow>) c ->
                vm.decisions().selection().setAll(itemsTable.getSelectionModel().getSelectedItems().stream()
                        .filter(Objects::nonNull).toList()));
        undecidedOnlyCheck.selectedProperty().bindBidirectional(vm.undecidedOnlyProperty());
        selectionLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.format(
                "cleanup.selection", vm.decisions().selection().size(), vm.shownItems().size()),
                vm.decisions().selection(), vm.shownItems()));
        CleanupTables.progress(progressTable, unitColumn, decidedColumn, undecidedColumn, unitProgressColumn);
        progressTable.setItems(vm.progress());
        bindDecisionBar();

        vm.finalizedProperty().addListener((obs, old, now) -> showCatalogues(now));
        cleanupRoot.getProperties().put(SectionViews.REFRESH, (Runnable) vm::load);
        cleanupRoot.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (APPLY.match(e) && vm.decisions().canApply().get()) {
                vm.decisions().apply();
                e.consume();
            } else if (UNDO.match(e) && vm.decisions().undoCountProperty().get() > 0) {
                vm.decisions().undo();
                e.consume();
            }
        });
        // shown again: the register may have changed meanwhile
        cleanupRoot.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.load();
            }
        });
    }

    private void bindDecisionBar() {
        DecisionViewModel d = vm.decisions();
        decisionBar.visibleProperty().bind(vm.openProperty());
        decisionBar.managedProperty().bind(decisionBar.visibleProperty());
        decisionChoice.getItems().setAll(Disposition.values());
        Forms.labels(decisionChoice, messages::label);
        decisionChoice.valueProperty().bindBidirectional(d.decisionProperty());
        reasonChoice.setItems(d.reasonSuggestions());
        reasonChoice.getEditor().textProperty().bindBidirectional(d.reasonProperty());
        basisField.textProperty().bindBidirectional(d.basisSearchProperty());
        basisField.textProperty().addListener((obs, old, now) -> basisDelay.playFromStart());
        basisDelay.setOnFinished(e -> d.searchBasis());
        basisLabel.textProperty().bind(d.basisTextProperty());
        previewLabel.textProperty().bind(d.previewText());
        applyDecisionButton.disableProperty().bind(d.canApply().not());
        undoDecisionButton.disableProperty().bind(d.undoCountProperty().isEqualTo(0).or(d.busyProperty()));
        undoTooltip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                d.undoTextProperty().get().isEmpty() ? messages.get("cleanup.undoTip")
                        : d.undoTextProperty().get() + "（Ctrl+Z）", d.undoTextProperty()));
        Forms.message(decisionError, d.errorProperty());
    }

    private void showSelected() {
        Campaign chosen = vm.selectedProperty().get();
        if (chosen == null) {
            campaignList.getSelectionModel().clearSelection();
        } else if (campaignList.getSelectionModel().getSelectedItem() != chosen) {
            campaignList.getSelectionModel().select(chosen);
        }
    }

    private void showCatalogues(boolean finalized) {
        campaignTabs.getTabs().removeAll(catalogueTabs.values());
        catalogueTabs.clear();
        if (!finalized) {
            campaignTabs.getSelectionModel().select(itemsTab);
            return;
        }
        for (Disposition d : Disposition.values()) {
            if (CleanupViewModel.MAIN_CATALOGUES.contains(d) || !vm.catalogue(d).isEmpty()) {
                Tab tab = CleanupTables.catalogueTab(d, vm, this::exportXlsx, this::exportPdf);
                catalogueTabs.put(d, tab);
                campaignTabs.getTabs().add(tab);
            }
        }
        campaignTabs.getSelectionModel().select(catalogueTabs.get(Disposition.CONTINUE));
    }

    private void exportXlsx(Disposition decision) {
        Path folder = files.folder(window(), messages.get("cleanup.export.folder"));
        vm.exportXlsx(decision, folder);
    }

    private void exportPdf(Disposition decision) {
        Path folder = files.folder(window(), messages.get("cleanup.export.folder"));
        vm.exportPdf(decision, folder);
    }

    private Window window() {
        return cleanupRoot.getScene() == null ? null : cleanupRoot.getScene().getWindow();
    }

    @FXML
    private void newCampaign() {
        dialogs.openCampaign(window(), vm.newCampaign(), vm::created);
    }

    @FXML
    private void addScope() {
        ScopeDialogViewModel form = vm.scope();
        if (form != null) {
            dialogs.openScope(window(), form, vm::scopeAdded);
        }
    }

    @FXML
    private void addFound() {
        var form = vm.foundDocument();
        if (form != null) {
            dialogs.openFound(window(), form, doc -> vm.foundAdded(doc.title()));
        }
    }

    @FXML
    private void finalizeCampaign() {
        FinalizeDialogViewModel form = vm.finalizeCampaign();
        if (form != null) {
            dialogs.openFinalize(window(), form, vm::finalized);
        }
    }

    @FXML
    private void applyDecision() {
        vm.decisions().apply();
    }

    @FXML
    private void undoDecision() {
        vm.decisions().undo();
    }

    /** A campaign: its name, and whether it is open or finalized. */
    private final class CampaignCell extends ListCell<Campaign> {
        @Override
        protected void updateItem(Campaign item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(null);
            Label name = new Label(item.name());
            name.getStyleClass().add("campaign-name");
            name.setWrapText(true);
            Label state = new Label(messages.label(item.trigger()) + " · " + messages.label(item.state()));
            state.getStyleClass().addAll("campaign-state", "campaign-" + item.state().name().toLowerCase());
            VBox box = new VBox(name, state);
            box.getStyleClass().add("campaign-cell");
            box.setPrefWidth(0);
            setGraphic(box);
        }
    }
}

package org.normdesk.ui.upward;

import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.upward.UpwardState;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.upward.UpwardPackages;
import org.normdesk.ui.common.Cells;
import org.normdesk.ui.common.Columns;
import org.normdesk.ui.common.Forms;
import org.normdesk.ui.common.ViewLoader;
import org.normdesk.ui.shell.SectionViews;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/** Controller of upward/UpwardView.fxml, the 向上报备 section: the list on the left, the chosen line on the right. */
public final class UpwardSectionView {
    static final String ROW_OVERDUE = "due-row-overdue";
    static final String ROW_DUE_SOON = "due-row-soon";

    @FXML private BorderPane upwardRoot;
    @FXML private TextField upwardSearchField;
    @FXML private CheckBox upwardOverdueBox;
    @FXML private CheckBox upwardDueSoonBox;
    @FXML private ComboBox<String> destinationFilterBox;
    @FXML private ComboBox<Integer> yearFilterBox;
    @FXML private Label upwardCountLabel;
    @FXML private Label upwardError;
    @FXML private TableView<UpwardRow> upwardTable;
    @FXML private TableColumn<UpwardRow, String> upNumberColumn;
    @FXML private TableColumn<UpwardRow, String> upTitleColumn;
    @FXML private TableColumn<UpwardRow, String> upDestinationColumn;
    @FXML private TableColumn<UpwardRow, LocalDate> upPublishedColumn;
    @FXML private TableColumn<UpwardRow, LocalDate> upDueColumn;
    @FXML private TableColumn<UpwardRow, Long> upDaysColumn;
    @FXML private TableColumn<UpwardRow, String> upStateColumn;
    @FXML private TitledPane registerOwnPane;
    @FXML private Label ownHint;
    @FXML private TextField ownTitleField;
    @FXML private TextField ownNumberField;
    @FXML private ComboBox<DocumentType> ownTypeBox;
    @FXML private ComboBox<Issuer> ownIssuerBox;
    @FXML private TextField ownPublishedField;
    @FXML private TextField ownEffectiveField;
    @FXML private Button registerOwnButton;
    @FXML private Label detailTitle;
    @FXML private Label detailInfo;
    @FXML private Button proposeButton;
    @FXML private ComboBox<String> addDestinationBox;
    @FXML private Button addDestinationButton;
    @FXML private TitledPane materialsPane;
    @FXML private VBox checklistBox;
    @FXML private ComboBox<MaterialKind> attachKindBox;
    @FXML private Button attachButton;
    @FXML private Button prepareButton;
    @FXML private Label packageLabel;
    @FXML private TitledPane sendPane;
    @FXML private TextField sentOnField;
    @FXML private ComboBox<FilingChannel> sentHowBox;
    @FXML private Button markSentButton;
    @FXML private TitledPane receiptPane;
    @FXML private TextField receiptOnField;
    @FXML private TextField feedbackField;
    @FXML private Button acknowledgeButton;
    @FXML private Button returnedButton;
    @FXML private Button resendButton;

    private final UpwardViewModel vm;
    private final Messages messages;
    /** Asks for the material's file; a test answers without a native dialog. */
    private Function<Window, Path> fileSource;

    public UpwardSectionView(UpwardViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
        this.fileSource = owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("upward.attach.title"));
            File chosen = chooser.showOpenDialog(owner);
            return chosen == null ? null : chosen.toPath();
        };
    }

    /** The section's view for the main window ({@link SectionViews}); it reads the list when created. */
    public static Node create(SectionViews.Context c) {
        UpwardViewModel vm = new UpwardViewModel(c.workspace(), c.messages(), c.runner(), c.notifier(), c.clock(),
                c.exportFolder(), c.opener());
        UpwardSectionView view = new UpwardSectionView(vm);
        Node root = ViewLoader.load("/upward/UpwardView.fxml", c.messages(), view).root();
        root.getProperties().put(SectionViews.REFRESH, (Runnable) vm::refresh);
        root.getProperties().put(UpwardSectionView.class, view);
        // a dashboard item anywhere in the window asks for one line
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && old == null) {
                scene.addEventFilter(UpwardOpenEvent.OPEN, e -> vm.focus(e.upwardId()));
            }
        });
        // the list is read again whenever the section is shown, so that work done elsewhere appears
        root.visibleProperty().addListener((o, was, now) -> {
            if (now) {
                vm.refresh();
            }
        });
        vm.refresh();
        return root;
    }

    /** Where "attach material" gets its file (a file chooser unless a test says otherwise). */
    public void setFileSource(Function<Window, Path> source) {
        this.fileSource = Objects.requireNonNull(source);
    }

    @FXML
    private void initialize() {
        upwardRoot.setUserData(vm); // lets a test reach the view-model behind the section
        upwardSearchField.textProperty().bindBidirectional(vm.searchTextProperty());
        upwardOverdueBox.selectedProperty().bindBidirectional(vm.overdueOnlyProperty());
        upwardDueSoonBox.selectedProperty().bindBidirectional(vm.dueSoonOnlyProperty());
        filterBox(destinationFilterBox, vm.destinationChoices(), d -> d, "upward.filter.allDestinations");
        destinationFilterBox.valueProperty().bindBidirectional(vm.destinationFilterProperty());
        filterBox(yearFilterBox, vm.yearChoices(), y -> messages.format("upward.filter.yearValue", y),
                "upward.filter.allYears");
        yearFilterBox.valueProperty().bindBidirectional(vm.yearFilterProperty());
        upwardCountLabel.textProperty().bind(vm.countTextProperty());
        Forms.message(upwardError, vm.errorProperty());
        columns();

        ownTypeBox.getItems().setAll(DocumentType.GOVERNMENT_RULE, DocumentType.GOVERNMENT_NORMATIVE);
        Forms.labels(ownTypeBox, messages::label);
        ownTypeBox.valueProperty().bindBidirectional(vm.newTypeProperty());
        ownIssuerBox.setItems(vm.ownIssuers());
        Forms.labels(ownIssuerBox, Issuer::name);
        ownIssuerBox.valueProperty().bindBidirectional(vm.newIssuerProperty());
        ownTitleField.textProperty().bindBidirectional(vm.newTitleProperty());
        ownNumberField.textProperty().bindBidirectional(vm.newNumberProperty());
        ownPublishedField.textProperty().bindBidirectional(vm.newPublishedProperty());
        ownEffectiveField.textProperty().bindBidirectional(vm.newEffectiveProperty());
        registerOwnButton.setDisable(!vm.canAct());
        ownHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps instead of ending in "…"

        addDestinationBox.setItems(vm.addableDestinations());
        addDestinationBox.valueProperty().bindBidirectional(vm.destinationToAddProperty());
        attachKindBox.getItems().setAll(Arrays.stream(MaterialKind.values())
                .filter(k -> k != MaterialKind.FILING_REPORT).toList());
        Forms.labels(attachKindBox, messages::label);
        attachKindBox.valueProperty().bindBidirectional(vm.attachKindProperty());
        packageLabel.textProperty().bind(vm.packageTextProperty());
        packageLabel.visibleProperty().bind(vm.packageTextProperty().isNotEmpty());
        packageLabel.managedProperty().bind(packageLabel.visibleProperty());
        sentOnField.textProperty().bindBidirectional(vm.sentOnProperty());
        sentHowBox.getItems().setAll(FilingChannel.values());
        Forms.labels(sentHowBox, messages::label);
        sentHowBox.valueProperty().bindBidirectional(vm.sentHowProperty());
        receiptOnField.textProperty().bindBidirectional(vm.receiptOnProperty());
        feedbackField.textProperty().bindBidirectional(vm.feedbackProperty());

        vm.checklist().addListener((ListChangeListener<UpwardPackages.Item>) c -> showChecklist());
        vm.addableDestinations().addListener((ListChangeListener<String>) c -> showRow(vm.currentProperty().get()));
        vm.currentProperty().addListener((o, a, now) -> {
            if (now != null && upwardTable.getSelectionModel().getSelectedItem() != now) {
                upwardTable.getSelectionModel().select(now);
                upwardTable.scrollTo(now);
            }
            showRow(now);
        });
        showRow(null);
    }

    private <T> void filterBox(ComboBox<T> box, javafx.collections.ObservableList<T> choices, Function<T, String> label,
                               String allKey) {
        // the first entry, null, shows everything
        javafx.collections.ObservableList<T> items = javafx.collections.FXCollections.observableArrayList();
        items.add(null);
        items.addAll(choices);
        choices.addListener((ListChangeListener<T>) c -> {
            T keep = box.getValue();
            items.setAll(choices);
            items.add(0, null);
            box.setValue(keep);
        });
        box.setItems(items);
        Function<T, String> text = v -> v == null ? messages.get(allKey) : label.apply(v);
        box.setCellFactory(list -> Forms.cell(text));
        // the button shows "all …" for the null choice too (an empty cell would show nothing)
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(text.apply(empty ? null : item));
            }
        });
        box.setConverter(Forms.converter(text));
    }

    private void columns() {
        Cells.text(upNumberColumn, r -> r.docNumber() == null ? "" : r.docNumber());
        Cells.text(upTitleColumn, UpwardRow::title);
        Cells.text(upDestinationColumn, r -> r.destination() == null ? messages.get("upward.destination.none")
                : r.destination());
        Cells.date(upPublishedColumn, UpwardRow::publishedDate, messages);
        Cells.date(upDueColumn, UpwardRow::dueDate, messages);
        Cells.value(upDaysColumn, UpwardRow::daysLeft);
        upDaysColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long days, boolean empty) {
                super.updateItem(days, empty);
                UpwardRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : daysText(row));
            }
        });
        upDaysColumn.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        Cells.text(upStateColumn, r -> r.state() == null ? messages.get("upward.state.unproposed")
                : messages.label(r.state()));
        Columns.width(upNumberColumn, 8);
        Columns.width(upTitleColumn, 16);
        Columns.width(upDestinationColumn, 6.5);
        Columns.width(upPublishedColumn, 5.5);
        Columns.width(upDueColumn, 5.5);
        Columns.width(upDaysColumn, 5.5);
        // every state's label whole, 未确定报送机关 the longest
        java.util.List<String> states = new java.util.ArrayList<>(messages.labels(
                org.normdesk.domain.upward.UpwardState.values()));
        states.add(messages.get("upward.state.unproposed"));
        Columns.fitTo(upStateColumn, states, 1.5);
        // the table's width goes to its columns (the title's share the largest) instead of an empty strip
        upwardTable.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        upwardTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(UpwardRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll(ROW_OVERDUE, ROW_DUE_SOON);
                if (!empty && row != null && row.overdue()) {
                    getStyleClass().add(ROW_OVERDUE);
                } else if (!empty && row != null && row.dueSoon()) {
                    getStyleClass().add(ROW_DUE_SOON);
                }
            }
        });
        SortedList<UpwardRow> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(upwardTable.comparatorProperty());
        upwardTable.setItems(sorted);
        upwardTable.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) {
                vm.select(now);
            }
        });
    }

    /** 剩 5 天 / 今天到期 / 超期 3 天 while unsent; 按期报送 / 迟报 2 天 once sent. */
    String daysText(UpwardRow r) {
        if (r.daysLeft() != null) {
            long d = r.daysLeft();
            return d < 0 ? messages.format("upward.days.overdue", -d) : d == 0 ? messages.get("upward.days.today")
                    : messages.format("upward.days.left", d);
        }
        if (r.sentOn() != null) {
            return r.late() ? messages.format("upward.days.late",
                    java.time.temporal.ChronoUnit.DAYS.between(r.dueDate(), r.sentOn())) : messages.get("upward.days.onTime");
        }
        return "";
    }

    private void showRow(UpwardRow row) {
        boolean can = vm.canAct();
        if (row == null) {
            detailTitle.setText(messages.get("upward.detail.none"));
            detailInfo.setText("");
        } else {
            detailTitle.setText("《" + row.title() + "》" + (row.destination() == null ? ""
                    : messages.format("upward.detail.to", row.destination())));
            detailInfo.setText(row.state() == null ? messages.format("upward.detail.unproposed",
                    row.docNumber() == null ? "—" : row.docNumber(), messages.date(row.publishedDate()))
                    : messages.format("upward.detail.info", row.docNumber() == null ? "—" : row.docNumber(),
                    messages.date(row.publishedDate()), messages.date(row.dueDate()), messages.label(row.state()),
                    daysText(row), row.sentOn() == null ? "—" : messages.date(row.sentOn()),
                    row.acknowledgedOn() == null ? "—" : messages.date(row.acknowledgedOn()),
                    row.feedback() == null ? "—" : row.feedback()));
        }
        boolean proposed = row != null && row.state() != null;
        proposeButton.setVisible(row != null && !proposed);
        proposeButton.setManaged(proposeButton.isVisible());
        proposeButton.setDisable(!can);
        addDestinationBox.setVisible(proposed && !vm.addableDestinations().isEmpty());
        addDestinationBox.setManaged(addDestinationBox.isVisible());
        addDestinationButton.setVisible(addDestinationBox.isVisible());
        addDestinationButton.setManaged(addDestinationBox.isVisible());
        addDestinationButton.setDisable(!can);
        materialsPane.setDisable(!proposed);
        attachButton.setDisable(!can);
        prepareButton.setDisable(!can);
        UpwardState state = proposed ? row.state() : null;
        sendPane.setDisable(state == null || !state.canMoveTo(UpwardState.SENT));
        markSentButton.setDisable(!can);
        receiptPane.setDisable(state == null || state.next().isEmpty() || state == UpwardState.TO_PREPARE);
        acknowledgeButton.setDisable(!can || state == null || !state.canMoveTo(UpwardState.ACKNOWLEDGED));
        returnedButton.setDisable(!can || state == null || !state.canMoveTo(UpwardState.RETURNED));
        resendButton.setDisable(!can || state == null || !state.canMoveTo(UpwardState.RESENT));
        receiptOnField.setDisable(acknowledgeButton.isDisabled());
        if (!proposed) {
            checklistBox.getChildren().clear();
        }
    }

    /** ✓ 正式文本（file.pdf） or ✗ 起草说明 — 缺, one line per material. */
    private void showChecklist() {
        checklistBox.getChildren().clear();
        for (UpwardPackages.Item item : vm.checklist()) {
            String text;
            if (item.present()) {
                text = messages.format("upward.item.present", messages.label(item.kind()),
                        item.fileName() == null ? messages.get("upward.item.generated") : item.fileName());
            } else {
                text = messages.format(item.required() ? "upward.item.missing" : "upward.item.optional",
                        messages.label(item.kind()));
            }
            Label line = new Label(text);
            line.setId("material-" + item.kind().name());
            line.setWrapText(true);
            line.getStyleClass().add(item.present() ? "upward-item-present"
                    : item.required() ? "upward-item-missing" : "upward-item-optional");
            checklistBox.getChildren().add(line);
        }
    }

    @FXML private void refresh() { vm.refresh(); }
    @FXML private void registerOwn() { vm.registerOwn(); }
    @FXML private void propose() { vm.propose(); }
    @FXML private void addDestination() { vm.addDestination(); }
    @FXML private void preparePackage() { vm.preparePackage(); }
    @FXML private void markSent() { vm.markSent(); }
    @FXML private void acknowledge() { vm.acknowledge(); }
    @FXML private void returned() { vm.returned(); }
    @FXML private void resend() { vm.resend(); }

    @FXML
    private void attach() {
        Path file = fileSource.apply(upwardRoot.getScene() == null ? null : upwardRoot.getScene().getWindow());
        if (file != null) {
            vm.attach(file);
        }
    }
}

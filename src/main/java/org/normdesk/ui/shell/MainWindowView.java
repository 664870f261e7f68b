package org.normdesk.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.normdesk.ui.register.RegisterView;

import java.util.EnumMap;
import java.util.Map;

/** Controller of shell/MainWindow.fxml: navigation, content area, busy pane and status bar. */
public final class MainWindowView {
    @FXML private BorderPane mainRoot;
    @FXML private ToggleButton navFiling;
    @FXML private ToggleButton navReview;
    @FXML private ToggleButton navRegister;
    @FXML private ToggleButton navCleanup;
    @FXML private ToggleButton navUpward;
    @FXML private ToggleButton navStatistics;
    @FXML private ToggleButton navSettings;
    @FXML private StackPane contentPane;
    @FXML private VBox placeholderPane;
    @FXML private Label placeholderTitle;
    @FXML private Label placeholderLabel;
    @FXML private VBox busyPane;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyLabel;
    @FXML private ProgressBar busyBar;
    @FXML private Label databaseLabel;
    @FXML private Label documentCountLabel;
    @FXML private Label messageLabel;
    @FXML private Label taskLabel;
    @FXML private ProgressBar taskProgress;
    @FXML private javafx.scene.control.Button signOutButton;

    private final MainWindowViewModel vm;
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<Section, Node> sectionNodes = new EnumMap<>(Section.class);
    private final Map<Section, java.util.function.Supplier<Node>> sectionFactories = new EnumMap<>(Section.class);
    private RegisterView registerView;
    private Runnable showGuide = () -> { };
    private Runnable showAbout = () -> { };
    private Runnable signOut = () -> { };

    public MainWindowView(MainWindowViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        navButtons.put(Section.FILING, navFiling);
        navButtons.put(Section.REVIEW, navReview);
        navButtons.put(Section.REGISTER, navRegister);
        navButtons.put(Section.CLEANUP, navCleanup);
        navButtons.put(Section.UPWARD, navUpward);
        navButtons.put(Section.STATISTICS, navStatistics);
        navButtons.put(Section.SETTINGS, navSettings);
        navButtons.forEach((section, button) -> {
            button.setToggleGroup(navGroup);
            button.setUserData(section);
        });
        navGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a navigation always has one entry chosen
            } else {
                vm.sectionProperty().set((Section) now.getUserData());
            }
        });
        vm.sectionProperty().addListener((obs, old, now) -> showSection(now));
        showSection(vm.sectionProperty().get());

        busyPane.visibleProperty().bind(vm.overlayProperty());
        busyLabel.textProperty().bind(vm.overlayTextProperty());
        busyIndicator.visibleProperty().bind(vm.overlayProgressProperty().not().and(vm.runner().busyProperty()));
        busyIndicator.managedProperty().bind(busyIndicator.visibleProperty());
        busyBar.visibleProperty().bind(vm.overlayProgressProperty());
        busyBar.managedProperty().bind(busyBar.visibleProperty());
        busyBar.progressProperty().bind(vm.runner().progressProperty());

        databaseLabel.textProperty().bind(vm.databaseTextProperty());
        documentCountLabel.textProperty().bind(vm.documentCountText());
        messageLabel.textProperty().bind(vm.lastMessageProperty());
        taskLabel.textProperty().bind(vm.runner().messageProperty());
        taskProgress.progressProperty().bind(vm.runner().progressProperty());
        taskProgress.visibleProperty().bind(vm.runner().busyProperty());
    }

    private void showSection(Section section) {
        java.util.function.Supplier<Node> factory = sectionFactories.remove(section);
        if (factory != null) {
            add(section, factory.get(), true);
        }
        Toggle button = navButtons.get(section);
        if (navGroup.getSelectedToggle() != button) {
            navGroup.selectToggle(button);
        }
        sectionNodes.forEach((s, node) -> node.setVisible(s == section));
        placeholderPane.setVisible(!sectionNodes.containsKey(section));
        placeholderTitle.setText(navButtons.get(section).getText());
        placeholderLabel.setText(vm.placeholderText(section));
    }

    /** Puts the register view into the content area once the register is open. */
    public void setRegisterView(Node node, RegisterView controller) {
        registerView = controller;
        setSectionView(Section.REGISTER, node);
    }

    /** Puts a workflow's view into the content area; until then its section shows the placeholder. */
    public void setSectionView(Section section, Node node) {
        sectionFactories.remove(section);
        add(section, node, false);
        showSection(vm.sectionProperty().get());
    }

    /**
     * A workflow's view, built when its section is first shown: the views of sections nobody opens cost neither
     * the time of opening the register nor memory (their scene graph, their classes). Built hidden and then shown,
     * so a view that reads its data when it becomes visible does so as if it had been built with the others.
     */
    public void setSectionFactory(Section section, java.util.function.Supplier<Node> factory) {
        Node previous = sectionNodes.remove(section);
        if (previous != null) {
            contentPane.getChildren().remove(previous);
        }
        sectionFactories.put(section, factory);
        showSection(vm.sectionProperty().get());
    }

    /** Whether the view of {@code section} has been built (shown at least once, or set directly). */
    public boolean isSectionBuilt(Section section) {
        return sectionNodes.containsKey(section);
    }

    private void add(Section section, Node node, boolean hidden) {
        Node previous = sectionNodes.put(section, node);
        if (previous != null) {
            contentPane.getChildren().remove(previous);
        }
        if (hidden) {
            node.setVisible(false);
        }
        contentPane.getChildren().add(0, node);
    }

    /**
     * Ctrl+N new document, Ctrl+F search, Ctrl+E edit (Cmd on macOS); F5 refreshes the section shown, the
     * register when the section has nothing to refresh.
     */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+N"), () -> onRegister(RegisterView::newDocument));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), () -> onRegister(RegisterView::focusSearch));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+E"), () -> onRegister(RegisterView::editSelected));
        scene.getAccelerators().put(KeyCombination.keyCombination("F5"), this::refreshSection);
        scene.getAccelerators().put(KeyCombination.keyCombination("F1"), this::showGuide);
    }

    /** What the help menu's entries (and F1) open. */
    public void setHelpActions(Runnable guide, Runnable about) {
        this.showGuide = guide;
        this.showAbout = about;
    }

    @FXML
    private void showGuide() {
        showGuide.run();
    }

    /** Shows the status bar's 注销 button (a register with accounts), which runs {@code action}. */
    public void setSignOut(Runnable action) {
        this.signOut = action;
        signOutButton.setVisible(true);
        signOutButton.setManaged(true);
    }

    @FXML
    private void signOut() {
        signOut.run();
    }

    @FXML
    private void showAbout() {
        showAbout.run();
    }

    private void refreshSection() {
        Node shown = sectionNodes.get(vm.sectionProperty().get());
        if (shown != null && shown.getProperties().get(SectionViews.REFRESH) instanceof Runnable refresh
                && !vm.overlayProperty().get()) {
            refresh.run();
        } else {
            onRegister(RegisterView::refresh);
        }
    }

    private void onRegister(java.util.function.Consumer<RegisterView> action) {
        if (registerView == null || vm.overlayProperty().get()) {
            return;
        }
        vm.sectionProperty().set(Section.REGISTER);
        action.accept(registerView);
    }

    public BorderPane root() {
        return mainRoot;
    }
}

package org.normdesk.ui.shell;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.normdesk.service.DatabaseInfo;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.BackgroundJob;
import org.normdesk.ui.task.TaskRunner;

import java.util.function.Consumer;

/**
 * The main window: which workflow is shown, opening the register at start (with the demo offer), and the
 * status bar.
 */
public final class MainWindowViewModel {
    private final Messages messages;
    private final TaskRunner runner;

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.REGISTER);
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyStringWrapper databaseText = new ReadOnlyStringWrapper(this, "databaseText", "");
    private final IntegerProperty documentCount = new SimpleIntegerProperty(this, "documentCount", -1);
    private final StringBinding documentCountText;
    private final ReadOnlyStringWrapper lastMessage = new ReadOnlyStringWrapper(this, "lastMessage", "");
    private final ReadOnlyBooleanWrapper overlay = new ReadOnlyBooleanWrapper(this, "overlay");
    private final ReadOnlyBooleanWrapper overlayProgress = new ReadOnlyBooleanWrapper(this, "overlayProgress");
    private final ReadOnlyStringWrapper overlayText = new ReadOnlyStringWrapper(this, "overlayText", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper demoSettled =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "demoSettled");

    public MainWindowViewModel(Messages messages, TaskRunner runner) {
        this.messages = messages;
        this.runner = runner;
        documentCountText = Bindings.createStringBinding(() -> documentCount.get() < 0 ? ""
                : messages.format("shell.documents", documentCount.get()), documentCount);
    }

    /**
     * Opens the register in the background while the window shows a busy indicator.
     *
     * @param onOpened runs on the FX thread with the open workspace
     * @param onFailed runs on the FX thread with the sentence to show
     */
    public void open(BackgroundJob<Workspace> opener, DemoSource demo, Consumer<Opened> onOpened,
                     Consumer<String> onFailed) {
        announceOpening();
        runner.run(messages.get("shell.opening"), progress -> {
            Workspace ws = opener.call(progress);
            return new Opened(ws, ws.info(), ws.demo().registerIsEmpty(), demo.available());
        }, opened -> {
            overlay.set(false);
            workspace.set(opened.workspace());
            databaseText.set(messages.format("shell.database", opened.info().kind(), opened.info().url()));
            documentCount.set(opened.info().documents());
            onOpened.accept(opened);
        }, failure -> {
            String text = ErrorText.of(failure, messages);
            overlayText.set(messages.format("shell.notOpen", text));
            lastMessage.set(text);
            onFailed.accept(text);
        });
    }

    /**
     * Covers the window with "opening the register" before the opening starts, so that the first frame already
     * says what is coming (the start-up opens the register only once that frame is painted).
     */
    public void announceOpening() {
        overlayText.set(messages.get("shell.opening"));
        overlayProgress.set(false);
        overlay.set(true);
    }

    /** Loads the demo register into the (empty) open register, with a progress bar over the window. */
    public void loadDemo(DemoSource demo, Runnable onLoaded) {
        Workspace ws = workspace.get();
        overlayText.set(messages.get("shell.demo.loading"));
        overlayProgress.set(true);
        overlay.set(true);
        runner.run(messages.get("shell.demo.loading"), progress -> ws.demo().importRegister(demo.read(), progress),
                summary -> {
                    overlay.set(false);
                    lastMessage.set(messages.format("shell.demo.loaded", summary.documents(), summary.issuers(),
                            summary.filings()));
                    onLoaded.run();
                    demoSettled.set(true);
                }, failure -> {
                    overlay.set(false);
                    lastMessage.set(messages.format("shell.demo.failed", ErrorText.of(failure, messages)));
                    demoSettled.set(true);
                });
    }

    /**
     * True once the demo question of this opening is settled: the demo has loaded, failed to load, or is not being
     * loaded at all ({@link #demoNotLoaded()}).
     */
    public javafx.beans.property.ReadOnlyBooleanProperty demoSettledProperty() {
        return demoSettled.getReadOnlyProperty();
    }

    /** The opened register gets no demo (it was not empty, none was offered, or the user declined). */
    public void demoNotLoaded() {
        demoSettled.set(true);
    }

    /** The short note shown for a workflow that is not built yet. */
    public String placeholderText(Section s) {
        return messages.format("shell.placeholder", messages.get(s.labelKey()));
    }

    public void notify(String message) {
        lastMessage.set(message == null ? "" : message);
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseTextProperty() {
        return databaseText.getReadOnlyProperty();
    }

    /** Documents in the register; the register view keeps it current. -1 until the register is open. */
    public IntegerProperty documentCountProperty() {
        return documentCount;
    }

    public StringBinding documentCountText() {
        return documentCountText;
    }

    public ReadOnlyStringProperty lastMessageProperty() {
        return lastMessage.getReadOnlyProperty();
    }

    /** True while the window is covered by the busy pane (opening, loading the demo, or opening failed). */
    public ReadOnlyBooleanProperty overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    /** Whether the busy pane shows a progress bar (demo import) rather than a spinner. */
    public ReadOnlyBooleanProperty overlayProgressProperty() {
        return overlayProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overlayTextProperty() {
        return overlayText.getReadOnlyProperty();
    }

    public TaskRunner runner() {
        return runner;
    }

    /** What opening found. */
    public record Opened(Workspace workspace, DatabaseInfo info, boolean registerEmpty, boolean demoAvailable) {
    }
}

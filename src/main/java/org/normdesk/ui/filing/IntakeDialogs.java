package org.normdesk.ui.filing;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Dialogs;
import org.normdesk.ui.common.FormWindows;
import org.normdesk.ui.common.ViewLoader;

import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Opens the intake dialogs as modal windows. They stay open until the service accepted the change (a plain
 * {@code Dialog} would close on OK before the background save has answered).
 */
final class IntakeDialogs {
    private final Messages messages;

    IntakeDialogs(Messages messages) {
        this.messages = messages;
    }

    void openReceive(Window owner, ReceiveDialogViewModel form, Consumer<FilingView> onSaved,
                     LongConsumer showExisting) {
        ReceiveDialogView view = new ReceiveDialogView(form);
        Stage stage = stage(owner, ViewLoader.load("/filing/ReceiveDialog.fxml", messages, view).root(),
                messages.get("receive.title"), view::setOnClose);
        view.setOnSaved(onSaved);
        view.setShowExisting(showExisting);
        stage.show();
        view.focusFirstField();
    }

    void openFormalCheck(Window owner, FormalCheckDialogViewModel form, Consumer<FilingView> onSaved) {
        FormalCheckDialogView view = new FormalCheckDialogView(form);
        Stage stage = stage(owner, ViewLoader.load("/filing/FormalCheckDialog.fxml", messages, view).root(),
                form.windowTitle(), view::setOnClose);
        stage.titleProperty().bind(form.decisionProperty().map(messages::label));
        view.setOnSaved(onSaved);
        stage.show();
    }

    void openResubmit(Window owner, ResubmitDialogViewModel form, Consumer<FilingView> onSaved) {
        ResubmitDialogView view = new ResubmitDialogView(form);
        Stage stage = stage(owner, ViewLoader.load("/filing/ResubmitDialog.fxml", messages, view).root(),
                messages.get("resubmit.title"), view::setOnClose);
        view.setOnSaved(onSaved);
        stage.show();
    }

    /** Asks the clerk in an alert of the app's style. */
    static ReceiveDialogViewModel.Asker asker(Window owner, Messages messages) {
        return (header, text) -> Dialogs.confirm(owner, messages, messages.get("receive.title"), header, text);
    }

    /**
     * Messages appear under fields after a refused save: the window grows so that its buttons stay visible
     * (a stage keeps the size it opened with otherwise).
     */
    private static void growToFit(Stage stage, Parent root) {
        root.needsLayoutProperty().addListener((obs, was, now) -> {
            if (!now && stage.isShowing()) {
                Platform.runLater(() -> {
                    double width = root.getLayoutBounds().getWidth();
                    double missing = root.prefHeight(width) - root.getLayoutBounds().getHeight();
                    if (missing > 0.5) {
                        stage.setHeight(stage.getHeight() + Math.ceil(missing));
                    }
                });
            }
        });
    }

    private static Stage stage(Window owner, Parent root, String title, Consumer<Runnable> onClose) {
        Stage stage = FormWindows.stage(owner, root, title, onClose);
        growToFit(stage, root);
        return stage;
    }
}

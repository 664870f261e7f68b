package org.normdesk.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.normdesk.ui.task.TaskRunner;

import java.util.List;
import java.util.function.Consumer;

/**
 * Pieces shared by the windows that run one background task at a time over the register (ledger import wizard,
 * exchange package dialogs): the window that will not close while the task runs, the footer's error and progress
 * lines, and the row of filter buttons over a report table.
 */
public final class TaskDialogs {
    private TaskDialogs() {
    }

    /**
     * Shows {@code root} in a window-modal window over {@code owner}. While {@code busy}, neither the window's
     * own close box nor the view's close button closes it: the task finishes (or fails) as a whole first.
     *
     * @param onClose receives what the view's close button should run
     */
    public static Stage show(Window owner, String title, Parent root, double width, double height,
                             ObservableBooleanValue busy, Consumer<Runnable> onClose) {
        Stage stage = FormWindows.modal(owner, root, title);
        stage.setWidth(width);
        stage.setHeight(height);
        onClose.accept(() -> {
            if (!busy.get()) {
                stage.close();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (busy.get()) {
                e.consume();
            }
        });
        stage.show();
        return stage;
    }

    /**
     * The footer's status: the error line (taking no space while there is none) and the progress bar with its
     * message, both shown only while {@code busy}.
     */
    public static void status(Label error, ObservableStringValue errorText, ProgressBar progress,
                              Label progressLabel, TaskRunner runner, ObservableBooleanValue busy) {
        Forms.message(error, errorText);
        progress.progressProperty().bind(runner.progressProperty());
        progress.visibleProperty().bind(busy);
        progressLabel.textProperty().bind(runner.messageProperty());
        progressLabel.visibleProperty().bind(busy);
    }

    /**
     * Fills {@code bar} with {@code buttons}, one of which is always chosen; each button's user data is the value
     * it sets {@code filter} to, the first button's (null: everything) is chosen at the start. A click on the
     * chosen button keeps it chosen, and a change of {@code filter} elsewhere moves the choice along.
     */
    public static <T> void filters(HBox bar, ObjectProperty<T> filter, List<ToggleButton> buttons) {
        ToggleGroup group = new ToggleGroup();
        for (ToggleButton button : buttons) {
            button.setToggleGroup(group);
            button.getStyleClass().add("wizard-filter");
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // a click on the chosen filter keeps it chosen
                return;
            }
            @SuppressWarnings("unchecked")
            T value = (T) now.getUserData();
            filter.set(value);
        });
        filter.addListener((obs, old, now) -> buttons.stream()
                .filter(b -> b.getUserData() == now).findFirst().ifPresent(group::selectToggle));
        group.selectToggle(buttons.get(0));
        bar.getChildren().setAll(buttons);
    }

    /** The window {@code node} is shown in, or null while it is in none. */
    public static Window window(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }
}

package org.normdesk.ui.common;

import javafx.scene.Parent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * Forms opened as window-modal windows over the app. They stay open until the work behind them succeeded (a plain
 * {@code Dialog} would close on OK before the background save has answered); the form closes its window itself.
 */
public final class FormWindows {
    private FormWindows() {
    }

    /**
     * A window-modal window over {@code owner} showing {@code root}, not shown yet.
     *
     * @param onClose receives what the form's close button runs: closing the window
     */
    public static Stage stage(Window owner, Parent root, String title, Consumer<Runnable> onClose) {
        Stage stage = modal(owner, root, title);
        onClose.accept(stage::close);
        return stage;
    }

    /** A window-modal window over {@code owner} showing {@code root} in the app's style, not shown yet. */
    public static Stage modal(Window owner, Parent root, String title) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        stage.setScene(UiStyle.scene(root));
        return stage;
    }
}

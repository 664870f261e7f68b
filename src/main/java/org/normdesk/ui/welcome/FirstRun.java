package org.normdesk.ui.welcome;

import javafx.stage.Window;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.TaskRunner;

/**
 * What the welcome's answers change once the register is open: the unit is saved into the register, and the demo
 * register is loaded without asking again when it was chosen (and not offered at all when it was not).
 */
public final class FirstRun {
    private FirstRun() {
    }

    /** The demo question already answered by the welcome; a failure to open still goes to {@code others}. */
    public static MainWindow.Prompts answered(boolean loadDemo, MainWindow.Prompts others) {
        return new MainWindow.Prompts() {
            @Override
            public boolean offerDemo(Window owner) {
                return loadDemo;
            }

            @Override
            public void openFailed(Window owner, String message) {
                others.openFailed(owner, message);
            }
        };
    }

    /**
     * Saves the unit into the register as soon as {@code window} has opened it, or, when the welcome chose the demo
     * register, once the demo has loaded (or turned out not to load): the demo configures its own bureau
     * (濮阳市司法局, its numbering and the city's own issuers), and the unit the user typed must come after it rather
     * than race with it. The user's name, code and kind then stand, over the demo's numbering template and issuers.
     */
    public static void saveWhenOpen(MainWindow window, WelcomeChoices choices, TaskRunner runner, Messages messages) {
        if (choices.loadDemo()) {
            window.viewModel().demoSettledProperty().addListener((obs, old, settled) -> {
                Workspace workspace = window.viewModel().workspaceProperty().get();
                if (settled && workspace != null) {
                    save(workspace, choices, runner, messages, window);
                }
            });
            return;
        }
        window.viewModel().workspaceProperty().addListener((obs, old, workspace) -> {
            if (workspace != null && old == null) {
                save(workspace, choices, runner, messages, window);
            }
        });
    }

    private static void save(Workspace workspace, WelcomeChoices choices, TaskRunner runner, Messages messages,
                             MainWindow window) {
        runner.run(messages.get("settings.unit.saving"), progress -> {
            workspace.settings().saveFirstRun(choices.unitName(), choices.unitCode(), choices.unitKind());
            return null;
        }, saved -> window.viewModel().notify(messages.format("welcome.saved", choices.unitName(), choices.unitCode())),
                failure -> window.viewModel().notify(ErrorText.of(failure, messages)));
    }
}

package org.normdesk.ui;

import javafx.stage.Window;
import org.normdesk.ui.shell.MainWindow;

import java.util.ArrayList;
import java.util.List;

/** Answers the start-up questions without a dialog and remembers what was asked. */
final class RecordingPrompts implements MainWindow.Prompts {
    final boolean acceptDemo;
    int demoOffers;
    final List<String> failures = new ArrayList<>();

    RecordingPrompts(boolean acceptDemo) {
        this.acceptDemo = acceptDemo;
    }

    @Override
    public boolean offerDemo(Window owner) {
        demoOffers++;
        return acceptDemo;
    }

    @Override
    public void openFailed(Window owner, String message) {
        failures.add(message);
    }
}

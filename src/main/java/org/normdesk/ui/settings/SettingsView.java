package org.normdesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/** Controller of settings/SettingsView.fxml: the tabs; each tab has its own controller. */
public final class SettingsView {
    @FXML private BorderPane settingsRoot;
    @FXML private TabPane settingsTabs;

    public BorderPane root() {
        return settingsRoot;
    }

    public TabPane tabs() {
        return settingsTabs;
    }
}

package org.normdesk.ui;

import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The desktop app. */
public final class NormDeskApplication extends Application {
    private static volatile Path dataDir;
    private static volatile String language;

    /** Starts the GUI and returns when its last window closed. */
    public static void launchAndWait(Path dataDirOption, String languageOption) {
        dataDir = dataDirOption;
        language = languageOption;
        Application.launch(NormDeskApplication.class);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}

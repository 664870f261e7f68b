package org.normdesk.ui.common;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which file to read, or under which name to save one. The app asks with the system's file dialog; tests answer
 * with files of their own, since a native dialog cannot be driven by a robot.
 */
public interface FileChoices {
    /**
     * The file to open, or null when the user cancelled. Called on the FX thread.
     *
     * @param patterns the file name patterns offered, e.g. {@code *.xlsx}
     */
    Path open(Window owner, String title, String filterLabel, List<String> patterns);

    /** Where to save a file, or null when the user cancelled. Called on the FX thread. */
    Path save(Window owner, String title, String suggestedName, String filterLabel, List<String> patterns);

    /** The system's file dialogs, each starting in the folder used last (else Documents, else home). */
    static FileChoices dialogs() {
        return new FileChoices() {
            private Path last;

            @Override
            public Path open(Window owner, String title, String filterLabel, List<String> patterns) {
                File chosen = chooser(title, filterLabel, patterns).showOpenDialog(owner);
                return remember(chosen);
            }

            @Override
            public Path save(Window owner, String title, String suggestedName, String filterLabel,
                             List<String> patterns) {
                FileChooser chooser = chooser(title, filterLabel, patterns);
                chooser.setInitialFileName(suggestedName);
                return remember(chooser.showSaveDialog(owner));
            }

            private FileChooser chooser(String title, String filterLabel, List<String> patterns) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, patterns));
                Path start = last;
                if (start == null) {
                    Path home = Path.of(System.getProperty("user.home", "."));
                    start = Files.isDirectory(home.resolve("Documents")) ? home.resolve("Documents") : home;
                }
                if (Files.isDirectory(start)) {
                    chooser.setInitialDirectory(start.toFile());
                }
                return chooser;
            }

            private Path remember(File chosen) {
                if (chosen == null) {
                    return null;
                }
                last = chosen.toPath().toAbsolutePath().getParent();
                return chosen.toPath();
            }
        };
    }
}

package org.normdesk.ui.common;

import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where exported files (catalogues, reports, chart images) go. The app asks the user for a folder; tests name
 * one, since a native folder dialog cannot be driven by a robot.
 */
@FunctionalInterface
public interface FileTargets {
    /** The folder to write into, or null when the user cancelled. Called on the FX thread. */
    Path folder(Window owner, String title);

    /** A folder dialog that starts where the user chose last time (else in Documents, else at home). */
    static FileTargets dialogs() {
        return new FileTargets() {
            private Path last;

            @Override
            public Path folder(Window owner, String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                Path start = last;
                if (start == null) {
                    Path home = Path.of(System.getProperty("user.home", "."));
                    start = Files.isDirectory(home.resolve("Documents")) ? home.resolve("Documents") : home;
                }
                if (Files.isDirectory(start)) {
                    chooser.setInitialDirectory(start.toFile());
                }
                File chosen = chooser.showDialog(owner);
                if (chosen == null) {
                    return null;
                }
                last = chosen.toPath();
                return last;
            }
        };
    }

    /** Always this folder, without asking. */
    static FileTargets fixed(Path folder) {
        return (owner, title) -> folder;
    }
}

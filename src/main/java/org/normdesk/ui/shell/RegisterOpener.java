package org.normdesk.ui.shell;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.ui.common.UiStyle;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Opens the register this PC is set up for: its own embedded one, or the shared PostgreSQL server from its
 * preferences. For a server the password is asked for first (it is never stored); when the server refuses or
 * cannot be reached the user may try again or use this PC's own register for this session.
 */
public final class RegisterOpener {
    private final MainWindow window;
    private final DataFolder folder;
    private final WorkstationPreferences.Values preferences;
    private final Clock clock;
    private final Prompts prompts;

    public RegisterOpener(MainWindow window, DataFolder folder, WorkstationPreferences.Values preferences, Clock clock,
                          Prompts prompts) {
        this.window = window;
        this.folder = folder;
        this.preferences = preferences;
        this.clock = clock;
        this.prompts = prompts;
    }

    /** Call on the FX thread once the window shows. */
    public void open() {
        if (preferences.sharedDatabase()) {
            openShared();
        } else {
            openLocal();
        }
    }

    private void openShared() {
        Optional<String> password = prompts.password(window.window(), preferences.sharedUrl(), preferences.sharedUser());
        if (password.isEmpty()) {
            openLocalInstead();
            return;
        }
        String url = preferences.sharedUrl();
        String user = preferences.sharedUser();
        Path attachments = preferences.sharedAttachments() != null ? preferences.sharedAttachments()
                : folder.attachments();
        window.open(progress -> Workspace.openShared(url, user, password.get(), attachments, clock),
                // the dialog waits until the failed task has finished reporting
                text -> Platform.runLater(() -> {
                    if (prompts.retryShared(window.window(), url, text)) {
                        openShared();
                    } else {
                        openLocalInstead();
                    }
                }));
    }

    /**
     * First run with 加密台账 chosen on the welcome: this PC's register is created encrypted with {@code password}
     * (which is cleared afterwards); a register already in the folder is opened as usual instead.
     */
    public void openNewEncrypted(char[] password) {
        if (preferences.sharedDatabase() || java.nio.file.Files.exists(folder.root().resolve("normdesk.mv.db"))) {
            java.util.Arrays.fill(password, '\0');
            open();
            return;
        }
        window.open(progress -> {
            try {
                return Workspace.createEncrypted(folder.ensureExists(), clock, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        });
    }

    private void openLocal() {
        if (Workspace.isEncrypted(folder)) {
            openEncrypted("");
            return;
        }
        window.open(progress -> {
            Workspace workspace = Workspace.openEmbedded(folder.ensureExists(), clock);
            dailyBackup(workspace);
            return workspace;
        });
    }

    /** An encrypted register: its password first; a wrong one is said in the same dialog, which asks again. */
    private void openEncrypted(String error) {
        Optional<char[]> password = prompts.registerPassword(window.window(), folder.root().toString(), error);
        if (password.isEmpty()) {
            window.viewModel().notify(prompts.registerLocked());
            return;
        }
        char[] typed = password.get();
        window.open(progress -> {
            try {
                Workspace workspace = Workspace.openEmbedded(folder.ensureExists(), clock, typed);
                dailyBackup(workspace);
                return workspace;
            } finally {
                java.util.Arrays.fill(typed, '\0');
            }
        }, text -> Platform.runLater(() -> openEncrypted(text)));
    }

    /** The daily backup, while the register opens (off the FX thread); a failure must not keep the app from starting. */
    private static void dailyBackup(Workspace workspace) {
        try {
            workspace.backups().runDailyIfDue();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(RegisterOpener.class).warn("Daily backup failed: {}", e.toString());
        }
    }

    /** This session only: the preferences still name the server for the next start. */
    private void openLocalInstead() {
        window.viewModel().notify(prompts.usingLocal());
        openLocal();
    }

    /** The questions of a shared start; tests answer them without a dialog. */
    public interface Prompts {
        /** The password for {@code url}, or empty to use this PC's own register instead. */
        Optional<String> password(Window owner, String url, String user);

        /** After {@code message} (why opening failed): true to try again, false for this PC's own register. */
        boolean retryShared(Window owner, String url, String message);

        /**
         * The password of this PC's encrypted register in {@code folder}, or empty to leave it closed;
         * {@code error} is why the last one failed (empty at first).
         */
        default Optional<char[]> registerPassword(Window owner, String folder, String error) {
            return Optional.empty();
        }

        /** What the status bar says when the encrypted register stays closed. */
        default String registerLocked() {
            return "";
        }

        /** What the status bar says when this PC's own register is used instead of the server. */
        default String usingLocal() {
            return "";
        }

        static Prompts dialogs(Messages messages) {
            return new Prompts() {
                @Override
                public String usingLocal() {
                    return messages.get("startup.usingLocal");
                }

                @Override
                public Optional<String> password(Window owner, String url, String user) {
                    return passwordDialog(owner, messages, url, user);
                }

                @Override
                public Optional<char[]> registerPassword(Window owner, String folder, String error) {
                    return registerPasswordDialog(owner, messages, folder, error);
                }

                @Override
                public String registerLocked() {
                    return messages.get("startup.encrypted.closed");
                }

                @Override
                public boolean retryShared(Window owner, String url, String message) {
                    ButtonType retry = new ButtonType(messages.get("startup.retry"), ButtonBar.ButtonData.OK_DONE);
                    ButtonType local = new ButtonType(messages.get("startup.useLocal"), ButtonBar.ButtonData.CANCEL_CLOSE);
                    Alert alert = new Alert(Alert.AlertType.ERROR, message + "\n\n" + messages.get("startup.failed.advice"),
                            retry, local);
                    alert.setTitle(messages.get("startup.failed.title"));
                    alert.setHeaderText(messages.format("startup.failed.header", url));
                    if (owner != null) {
                        alert.initOwner(owner);
                    }
                    UiStyle.apply(alert.getDialogPane());
                    // wrapped text: without this the pane is sized for one line and the advice is cut off
                    alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
                    return alert.showAndWait().filter(retry::equals).isPresent();
                }
            };
        }
    }

    private static Optional<char[]> registerPasswordDialog(Window owner, Messages messages, String folder,
                                                           String error) {
        ButtonType open = new ButtonType(messages.get("startup.encrypted.open"), ButtonBar.ButtonData.OK_DONE);
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(messages.get("startup.encrypted.title"));
        dialog.setHeaderText(messages.get("startup.encrypted.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        PasswordField field = new PasswordField();
        field.setId("registerPasswordField");
        field.setPrefColumnCount(20);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.addRow(0, new Label(messages.get("startup.encrypted.folder")), new Label(folder));
        grid.addRow(1, new Label(messages.get("startup.password.password")), field);
        if (!error.isEmpty()) {
            Label message = new Label(error);
            message.setId("registerPasswordError");
            message.getStyleClass().addAll("field-error", "form-error");
            message.setWrapText(true);
            message.setMaxWidth(380);
            grid.add(message, 0, 2, 2, 1);
        }
        dialog.getDialogPane().setContent(grid);
        // the app's own 取消/Cancel: JavaFX's ButtonType.CANCEL speaks the JVM's locale, not the app's language
        dialog.getDialogPane().getButtonTypes().setAll(open,
                new ButtonType(messages.get("encryption.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(open).setId("registerPasswordOpen");
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResultConverter(button -> button == open ? field.getText().toCharArray() : null);
        UiStyle.apply(dialog.getDialogPane());
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    private static Optional<String> passwordDialog(Window owner, Messages messages, String url, String user) {
        ButtonType connect = new ButtonType(messages.get("startup.password.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType local = new ButtonType(messages.get("startup.useLocal"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(messages.get("startup.password.title"));
        dialog.setHeaderText(messages.get("startup.password.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        PasswordField field = new PasswordField();
        field.setId("startupPasswordField");
        field.setPrefColumnCount(20);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.addRow(0, new Label(messages.get("startup.password.server")), new Label(url));
        grid.addRow(1, new Label(messages.get("startup.password.user")), new Label(user.isEmpty() ? "—" : user));
        grid.addRow(2, new Label(messages.get("startup.password.password")), field);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(connect, local);
        dialog.setResultConverter(button -> button == connect ? field.getText() : null);
        UiStyle.apply(dialog.getDialogPane());
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }
}

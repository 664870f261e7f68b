package org.normdesk.ui.crash;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.UiStyle;

/**
 * The dialog after an unexpected error: what happened in one sentence, the report in a read-only text area
 * (selectable), a button that copies all of it, and where the log file is. Not modal: the app goes on.
 */
final class CrashDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final TextArea reportText = new TextArea();
    private final Label countLabel = new Label();
    private final Messages messages;
    private int errors = 1;

    CrashDialog(Messages messages, CrashReport report, Window owner) {
        this.messages = messages;
        dialog.setTitle(messages.get("crash.title"));
        dialog.setHeaderText(messages.get("crash.header"));
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);

        Label explanation = new Label(messages.format("crash.text",
                report.logFile() == null ? "—" : report.logFile().toString()));
        explanation.setWrapText(true);
        explanation.setId("crashExplanation");
        reportText.setId("crashReportText");
        reportText.setEditable(false);
        reportText.setWrapText(false);
        reportText.setPrefColumnCount(80);
        reportText.setPrefRowCount(16);
        reportText.setText(report.text());
        countLabel.setId("crashCountLabel");
        countLabel.setVisible(false);
        countLabel.managedProperty().bind(countLabel.visibleProperty());
        Button copy = new Button(messages.get("crash.copy"));
        copy.setId("crashCopyButton");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(reportText.getText());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(messages.get("crash.copied"));
        });
        VBox box = new VBox(8, explanation, countLabel, reportText, copy);
        box.getStyleClass().add("crash-pane");
        VBox.setVgrow(reportText, Priority.ALWAYS);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("crash.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("crashDialog");
        UiStyle.apply(dialog.getDialogPane());
    }

    void show() {
        dialog.show();
    }

    boolean isShowing() {
        return dialog.isShowing();
    }

    /** Another error while this one is open: its report goes below the first. */
    void add(CrashReport report) {
        errors++;
        reportText.appendText("\n----------------------------------------\n" + report.text());
        countLabel.setText(messages.format("crash.more", errors));
        countLabel.setVisible(true);
    }
}

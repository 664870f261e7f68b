package org.normdesk.ui.filing;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.normdesk.service.i18n.Messages;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The materials checklist of the receive and re-submission dialogs: per material a check box (required
 * ones marked), the attached file's name and an "attach file…" button with a file chooser.
 */
final class MaterialsChecklist {
    private MaterialsChecklist() {
    }

    static void fill(GridPane grid, MaterialsForm form, Messages messages, Supplier<Window> owner) {
        grid.getChildren().clear();
        int row = 0;
        for (MaterialsForm.Line line : form.lines()) {
            String name = messages.label(line.kind());
            CheckBox present = new CheckBox(line.required() ? messages.format("filing.material.required", name) : name);
            present.setId("material-" + line.kind().name());
            present.getStyleClass().add(line.required() ? "material-required" : "material-optional");
            present.selectedProperty().bindBidirectional(line.presentProperty());
            present.setMinWidth(CheckBox.USE_PREF_SIZE);

            Label file = new Label();
            file.setId("file-" + line.kind().name());
            file.getStyleClass().add("material-file");
            file.textProperty().bind(line.fileProperty().map(p -> p.getFileName().toString()).orElse(""));
            file.setMaxWidth(Double.MAX_VALUE);

            Button attach = new Button(messages.get("receive.materials.attach"));
            attach.setId("attach-" + line.kind().name());
            attach.getStyleClass().add("flat");
            attach.setMinWidth(Button.USE_PREF_SIZE);
            attach.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.format("receive.materials.chooseTitle", name));
                File chosen = chooser.showOpenDialog(owner.get());
                if (chosen != null) {
                    form.attach(line.kind(), Path.of(chosen.getPath()));
                }
            });
            grid.addRow(row++, present, attach, file);
        }
    }
}

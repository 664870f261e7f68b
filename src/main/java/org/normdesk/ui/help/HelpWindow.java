package org.normdesk.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.UiStyle;

import java.io.InputStream;

/**
 * The user guide in its own window: chapters on the left, the chosen chapter's text and screenshots on the right.
 * Plain labels and images (no web view: JavaFX's web engine would add tens of MB to the installer).
 */
public final class HelpWindow {
    private final Stage stage = new Stage();
    private final ListView<HelpGuide.Chapter> chapters = new ListView<>();
    private final VBox page = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(page);

    public HelpWindow(HelpGuide guide, Messages messages, Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.get("help.title"));
        chapters.setId("helpChapters");
        page.setId("helpPage");
        page.getStyleClass().add("help-page");
        page.setPadding(new Insets(16, 24, 24, 24));
        scroll.setFitToWidth(true);
        // the page is as wide as the view, so that paragraphs wrap instead of running off to the right
        page.setMinWidth(0);
        page.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
        scroll.setId("helpScroll");
        chapters.getItems().setAll(guide.chapters());
        chapters.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HelpGuide.Chapter chapter, boolean empty) {
                super.updateItem(chapter, empty);
                setText(empty || chapter == null ? null : chapter.title());
            }
        });
        chapters.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
        chapters.setPrefWidth(220);
        chapters.setMinWidth(160);
        chapters.setMaxWidth(320);
        SplitPane split = new SplitPane(chapters, scroll);
        SplitPane.setResizableWithParent(chapters, false);
        stage.setScene(UiStyle.scene(split));
        stage.setWidth(1040);
        stage.setHeight(760);
        if (!guide.chapters().isEmpty()) {
            chapters.getSelectionModel().select(0);
        }
    }

    private void show(HelpGuide.Chapter chapter) {
        page.getChildren().clear();
        if (chapter == null) {
            return;
        }
        page.getChildren().add(label(chapter.title(), "help-title"));
        for (HelpGuide.Block block : chapter.blocks()) {
            page.getChildren().add(node(block));
        }
        scroll.setVvalue(0);
    }

    private Node node(HelpGuide.Block block) {
        if (block instanceof HelpGuide.Heading h) {
            return label(h.text(), "help-heading");
        } else if (block instanceof HelpGuide.Item i) {
            return label("•  " + i.text(), "help-item");
        } else if (block instanceof HelpGuide.Picture p) {
            return picture(p);
        }
        return label(((HelpGuide.Paragraph) block).text(), "help-text");
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.getStyleClass().add(style);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private Node picture(HelpGuide.Picture picture) {
        try (InputStream in = HelpWindow.class.getResourceAsStream(picture.resource())) {
            if (in == null) {
                return label("[" + picture.caption() + "]", "help-caption");
            }
            ImageView view = new ImageView(new Image(in));
            view.setPreserveRatio(true);
            // never wider than the page, never blown up beyond the screenshot's own size
            double natural = view.getImage().getWidth();
            view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.min(natural, Math.max(200, scroll.getViewportBounds().getWidth() - 48)),
                    scroll.viewportBoundsProperty()));
            VBox box = new VBox(4, view, label(picture.caption(), "help-caption"));
            box.getStyleClass().add("help-picture");
            return box;
        } catch (java.io.IOException e) {
            return label("[" + picture.caption() + "]", "help-caption");
        }
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}

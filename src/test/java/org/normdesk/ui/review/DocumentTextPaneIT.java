package org.normdesk.ui.review;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.domain.review.text.Article;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.review.hints.HintView;
import org.normdesk.service.review.text.TextFixtures;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.ui.common.UiFont;
import org.normdesk.ui.common.UiStyle;
import org.normdesk.ui.review.hints.DocumentTextModel;
import org.normdesk.ui.review.hints.DocumentTextPane;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The document text control as a reviewer uses it: read the hints, look at the article, dismiss one with a reason. */
@ExtendWith(ApplicationExtension.class)
class DocumentTextPaneIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path dir;
    private static Workspace ws;
    private static long doc;
    private DocumentTextPane pane;

    /** The register is opened before the stage: migrating it on the FX thread would outlast the setup timeout. */
    @BeforeAll
    static void register() throws Exception {
        UiFont.loadBundled();
        ws = Workspace.open(DatabaseConfig.embedded(dir.resolve("db")), dir.resolve("a"), null, CLOCK, () -> "wangli");
        Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
        doc = ws.register().add(new DocumentInput("濮阳市城市道路挖掘管理办法", "濮政〔2020〕3号", List.of(city.id()),
                DocumentType.GOVERNMENT_NORMATIVE, null, null, "2020-02-20", "2020-03-20", null, null)).id();
        ws.hints().importText(doc, TextFixtures.docx(dir.resolve("道路挖掘管理办法.docx"),
                Arrays.asList(TextFixtures.SAMPLE.split("\n"))));
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Start
    void start(Stage stage) {
        DocumentTextModel model = new DocumentTextModel(ws.hints(), new FxTaskRunner(FxTaskRunner.daemonPool()),
                Messages.load(Locale.SIMPLIFIED_CHINESE), CLOCK.getZone());
        pane = new DocumentTextPane(model);
        pane.setFileSource(() -> TextFixtures.class.getResource("/review/text/scanned-no-text.pdf") == null ? null
                : Path.of(uri("/review/text/scanned-no-text.pdf")));
        Scene scene = UiStyle.scene(pane);
        stage.setScene(scene);
        stage.setWidth(1000);
        stage.setHeight(760);
        stage.show();
        model.load(doc);
    }

    @Test
    void a_reviewer_reads_a_hint_in_its_article_and_dismisses_it_with_a_reason(FxRobot robot) throws Exception {
        TableView<HintView> table = robot.lookup("#hintTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 3);
        assertEquals("提示只是提醒审查员关注的条文，不是审查结论；没有提示也不代表文件没有问题。",
                robot.lookup("#hintNotice").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#hintState").queryAs(Label.class).getText().contains("3 条提示"));

        robot.clickOn(robot.lookup("#hintTable .table-row-cell").nth(2).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Article> articles = robot.lookup("#articleList").queryListView();
        assertEquals("第五条", articles.getSelectionModel().getSelectedItem().label(), "the hint's article is shown");
        Text phrase = robot.lookup("#phrase-penalty-new-penalty-5").queryAs(Text.class);
        assertEquals("处5000元以上10000元以下罚款", phrase.getText());
        assertTrue(phrase.getStyleClass().contains("hint-phrase"));
        assertTrue(robot.lookup("#hintDetail").queryAs(Label.class).getText().contains("行政处罚法第十六条"));
        snapshot(robot, "document-text-pane.png");

        robot.clickOn("#dismissHintButton");
        waitUntil(() -> !robot.lookup("#hintMessage").queryAs(Label.class).getText().isEmpty());
        assertEquals("排除提示须填写理由", robot.lookup("#hintMessage").queryAs(Label.class).getText());

        robot.clickOn("#dismissReason").write("上位法条例第四十二条已规定该罚款");
        robot.clickOn("#dismissHintButton");
        waitUntil(() -> table.getItems().get(2).dismissed());
        assertEquals("已排除，理由已记录", robot.lookup("#hintMessage").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#dismissHintButton").queryAs(Button.class).isDisabled(), "a dismissed hint cannot be dismissed again");
        Text muted = robot.lookup("#phrase-penalty-new-penalty-5").queryAs(Text.class);
        assertTrue(muted.getStyleClass().contains("hint-phrase-dismissed"));
        assertEquals("上位法条例第四十二条已规定该罚款", ws.hints().dismissals(doc).get(0).reason());
        assertEquals("wangli", ws.hints().dismissals(doc).get(0).dismissedBy());
        snapshot(robot, "document-text-pane-dismissed.png");

        robot.clickOn("#importTextButton");
        waitUntil(() -> robot.lookup("#hintState").queryAs(Label.class).getText().contains("扫描件"));
        assertTrue(table.getItems().isEmpty());
        assertFalse(robot.lookup("#articleText").queryAs(TextFlow.class).getChildren().stream()
                .anyMatch(n -> n instanceof Text t && !t.getText().isEmpty()), "a scan shows no text");
    }

    @Test
    void with_no_case_chosen_there_is_nothing_to_import_a_text_into(FxRobot robot) throws Exception {
        DocumentTextModel fresh = new DocumentTextModel(ws.hints(), new FxTaskRunner(FxTaskRunner.daemonPool()),
                Messages.load(Locale.SIMPLIFIED_CHINESE), CLOCK.getZone());
        DocumentTextPane unloaded = WaitForAsyncUtils.asyncFx(() -> new DocumentTextPane(fresh)).get();
        Button importButton = (Button) unloaded.lookup("#importTextButton");
        assertTrue(importButton.isDisabled(), "no case chosen: the file chooser would lead nowhere");

        robot.interact(() -> fresh.load(doc));
        waitUntil(() -> fresh.loadedProperty().get() != null);
        assertFalse(importButton.isDisabled());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static java.net.URI uri(String resource) {
        try {
            return DocumentTextPaneIT.class.getResource(resource).toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves what the reviewer sees under target/screenshots/, to look at. */
    private void snapshot(FxRobot robot, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = pane.getScene().getRoot().snapshot(null, null));
        BufferedImage out = new BufferedImage((int) image[0].getWidth(), (int) image[0].getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, image[0].getPixelReader().getArgb(x, y));
            }
        }
        Path folder = Files.createDirectories(Path.of("target/screenshots"));
        ImageIO.write(out, "png", folder.resolve(name).toFile());
    }
}

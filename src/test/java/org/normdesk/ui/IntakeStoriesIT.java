package org.normdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.service.filing.IntakeRow;
import org.normdesk.ui.filing.ReceiveDialogViewModel;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.ui.Stories.popupCell;

/**
 * The clerk's intake work driven through the real FXML by #id, over a real H2 register on Monday
 * 2019-10-14. Background work runs at once on the FX thread ({@code Runnable::run}); printed letters go to a
 * temporary folder and are "opened" by a recorder, so nothing starts a viewer.
 */
@ExtendWith(ApplicationExtension.class)
class IntakeStoriesIT {
    private static final String TITLE = "清丰县农村宅基地管理办法";

    @TempDir
    static Path dir;

    private IntakeFixture fixture;
    private Path exports;
    private final List<Path> opened = new ArrayList<>();
    private Stage primary;

    @Start
    void start(Stage stage) {
        primary = stage;
        Path run = dir.resolve(String.valueOf(System.nanoTime()));
        fixture = new IntakeFixture(run.resolve("data"));
        exports = run.resolve("exports");
        MainWindow window = new MainWindow(fixture.messages, new FxTaskRunner(Runnable::run), IntakeFixture.CLOCK,
                DemoSource.none(), new RecordingPrompts(false), exports, opened::add);
        window.show(stage);
        window.open(progress -> fixture.workspace);
    }

    @AfterEach
    void closeRegister(FxRobot robot) {
        // a dialog left open by a failed step must not stay for the next story
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage && w != primary).forEach(w -> ((Stage) w).close()));
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS); // a search-as-you-type pause may still run
        WaitForAsyncUtils.waitForFxEvents();
        fixture.close();
    }

    private static TableView<IntakeRow> queue(FxRobot robot) {
        return robot.lookup("#intakeTable").queryTableView();
    }

    private static IntakeRow onlyRow(FxRobot robot) {
        assertEquals(1, queue(robot).getItems().size());
        return queue(robot).getItems().get(0);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void tick(FxRobot robot, Set<MaterialKind> kinds) {
        for (MaterialKind kind : MaterialKind.values()) {
            if (kinds.contains(kind)) {
                robot.clickOn("#material-" + kind.name());
            }
        }
    }

    private List<String> exported() throws IOException {
        if (!Files.isDirectory(exports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(exports)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Ctrl+R on the filing section, then the new document's fields. */
    private void startNewFiling(FxRobot robot) {
        robot.clickOn("#navFiling");
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        assertTrue(robot.lookup("#receiveDialogRoot").tryQuery().isPresent(), "Ctrl+R opened the receive dialog");
        robot.clickOn("#newTitleField").write(TITLE);
        robot.clickOn("#newNumberField").write("清政〔2019〕8号");
        robot.clickOn("#newIssuerChoice");
        robot.clickOn(popupCell(robot, fixture.county.name()));
        robot.clickOn("#addNewIssuerButton");
        robot.clickOn("#newPublishedField").write("2019年9月20日");
    }

    @Test
    void a_filing_missing_a_material_is_returned_resubmitted_registered_and_its_letters_are_written(FxRobot robot)
            throws Exception {
        startNewFiling(robot);
        replaceText(robot, "#receivedField", "2019-10-08");
        Set<MaterialKind> withoutBasis = MaterialKind.defaultRequired();
        withoutBasis.remove(MaterialKind.LEGAL_BASIS);
        tick(robot, withoutBasis);
        Path scan = Files.writeString(dir.resolve("备案报告.pdf"), "scan");
        ReceiveDialogViewModel form = (ReceiveDialogViewModel) robot.lookup("#receiveDialogRoot").query().getUserData();
        robot.interact(() -> form.materials().attach(MaterialKind.FILING_REPORT, scan)); // no file chooser in tests
        assertEquals("备案报告.pdf", text(robot, "#file-FILING_REPORT"));
        robot.clickOn("#receiveSaveButton");

        waitUntil(() -> queue(robot).getItems().size() == 1);
        assertTrue(robot.lookup("#receiveDialogRoot").tryQuery().isEmpty(), "the dialog closed");
        IntakeRow received = onlyRow(robot);
        assertEquals(FilingState.RECEIVED, received.state());
        assertEquals(received, queue(robot).getSelectionModel().getSelectedItem(), "the new filing is selected");
        waitUntil(() -> robot.lookup("#package-1").tryQuery().isPresent());
        assertTrue(robot.lookup("#material-1-LEGAL_BASIS .material-missing").tryQuery().isPresent());
        assertTrue(robot.lookup("#material-1-FILING_REPORT").query().lookupAll(".label").stream()
                .anyMatch(n -> "备案报告.pdf".equals(((Label) n).getText())));

        // 准予备案登记 is refused: the missing material is named and a return offered
        robot.clickOn("#registerFilingButton");
        robot.clickOn("#checkSaveButton");
        assertEquals("缺少必需的备案材料：制定依据\n可改为退回补正，请报送单位补齐材料后重新报送。", text(robot, "#checkFormError"));
        assertEquals(FilingState.RECEIVED, onlyRow(robot).state());
        robot.clickOn("#switchToReturnButton");
        TextArea reasons = robot.lookup("#reasonsField").queryAs(TextArea.class);
        assertEquals("缺少制定依据，请补充", reasons.getText());
        robot.clickOn("#reasonsField").type(KeyCode.END).type(KeyCode.ENTER).write("起草说明未加盖公章");
        robot.clickOn("#checkSaveButton");
        waitUntil(() -> onlyRow(robot).state() == FilingState.RETURNED_FOR_CORRECTION);
        assertTrue(robot.lookup("#checkSaveButton").tryQuery().isEmpty());

        robot.clickOn("#printNoticeButton");
        List<String> notice = exported();
        assertEquals(2, notice.size(), notice.toString());
        assertTrue(notice.stream().allMatch(f -> f.startsWith("退回补正通知书-")), notice.toString());
        assertEquals(List.of(exports.resolve(notice.get(1))), opened, "the PDF is opened");

        // the corrected package: the same filing, a second package with its own clock
        robot.clickOn("#resubmitButton");
        replaceText(robot, "#resubmitReceivedField", "2019年10月12日");
        robot.clickOn("#material-LEGAL_BASIS");
        robot.clickOn("#resubmitSaveButton");
        waitUntil(() -> onlyRow(robot).submissions() == 2);
        assertEquals(FilingState.RECEIVED, onlyRow(robot).state());
        waitUntil(() -> robot.lookup("#package-2").tryQuery().isPresent());
        assertEquals("2019-10-21（首次收文 2019-10-08，按时报送）", text(robot, "#deadline-filingDue"));
        assertEquals("2019-10-18（自第 2 次报送 2019-10-12 起算）", text(robot, "#deadline-formalCheckDue"));

        robot.clickOn("#registerFilingButton");
        robot.clickOn("#checkSaveButton");
        waitUntil(() -> onlyRow(robot).state() == FilingState.REGISTERED);
        assertEquals("濮规备字〔2019〕1号", onlyRow(robot).registrationNo());
        assertTrue(robot.lookup("#intakeTable .table-cell").queryAll().stream()
                .anyMatch(n -> "濮规备字〔2019〕1号".equals(((javafx.scene.control.Labeled) n).getText())),
                "the registration number shows in the queue");
        assertEquals("濮规备字〔2019〕1号（2019-10-14 登记）", text(robot, "#filing-registrationNo"));

        // the filing's audit history: every step, by whom, oldest first
        javafx.scene.control.TableView<org.normdesk.ui.register.AuditRow> audit =
                robot.lookup("#filingAuditTable").queryTableView();
        waitUntil(() -> audit.getItems().size() == 4);
        assertEquals(List.of("接收报备", "退回报备", "接收补正报送", "登记备案"),
                audit.getItems().stream().map(org.normdesk.ui.register.AuditRow::action).toList());
        robot.interact(() -> audit.scrollTo(0));
        AccountsStoriesIT.shoot(audit.getScene().getWindow(), "filing-audit-history");

        robot.clickOn("#printReceiptButton");
        List<String> files = exported();
        assertTrue(files.contains("备案登记回执-濮规备字〔2019〕1号.pdf"), files.toString());
        assertTrue(files.contains("备案登记回执-濮规备字〔2019〕1号.docx"), files.toString());
        assertTrue(Files.size(exports.resolve("备案登记回执-濮规备字〔2019〕1号.pdf")) > 1000);
        assertEquals(exports.resolve("备案登记回执-濮规备字〔2019〕1号.pdf"), opened.get(opened.size() - 1));
    }

    @Test
    void an_impossible_received_date_is_shown_under_its_field_and_nothing_is_saved(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        assertTrue(robot.lookup("#receiveDialogRoot").tryQuery().isEmpty(), "Ctrl+R belongs to the filing section");

        startNewFiling(robot);
        replaceText(robot, "#receivedField", "2019-02-30");
        tick(robot, MaterialKind.defaultRequired());
        robot.clickOn("#receiveSaveButton");

        Label error = robot.lookup("#receivedError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("不存在的日期：2019-02-30", error.getText());
        assertEquals("有 1 处填写有误", text(robot, "#receiveFormError"));
        assertTrue(robot.lookup("#receivedField").queryAs(TextField.class).isFocused(), "the cursor is at the error");
        assertTrue(robot.lookup("#receiveSaveButton").tryQuery().isPresent(), "the dialog stays open");
        assertEquals(0, queue(robot).getItems().size());
        assertEquals(0, fixture.workspace.filings().queue(Set.of()).size());
        assertEquals(1, fixture.workspace.register().count(), "the new document is not added either");

        robot.clickOn("#receiveCancelButton");
        assertTrue(robot.lookup("#receiveDialogRoot").tryQuery().isEmpty());
    }

    @Test
    void an_unfiled_document_received_on_a_holiday_is_saved_after_the_clerk_confirms(FxRobot robot)
            throws Exception {
        robot.clickOn("#navFiling");
        assertEquals("漏报 1 件", text(robot, "#unfiledCountLabel"));
        robot.clickOn("#unfiledTab");
        // by row, not by text: the hidden register view lists the same title
        robot.clickOn(robot.from(robot.lookup("#unfiledTable").queryAs(Node.class)).lookup(".table-row-cell").nth(0)
                .queryAs(Node.class));
        robot.clickOn("#receiveUnfiledButton");
        assertTrue(text(robot, "#chosenDocumentLabel").contains(IntakeFixture.UNFILED));
        replaceText(robot, "#receivedField", "2019年10月3日");
        tick(robot, MaterialKind.defaultRequired());
        robot.clickOn("#receiveSaveButton");

        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(question.getContentText().startsWith("收文日期 2019-10-03 不是工作日"), question.getContentText());
        assertTrue(question.getContentText().endsWith("仍要保存吗？"), question.getContentText());
        assertEquals(0, fixture.workspace.filings().queue(Set.of()).size(), "nothing saved before the answer");
        robot.clickOn(robot.from(question).lookup((Node n) -> n instanceof Button b && "是".equals(b.getText()))
                .queryAs(Button.class));

        waitUntil(() -> queue(robot).getItems().size() == 1);
        assertEquals("2019-10-03", onlyRow(robot).firstReceived().toString());
        assertFalse(robot.lookup("#receiveDialogRoot").tryQuery().isPresent());
        assertEquals("漏报 0 件", text(robot, "#unfiledCountLabel"));
        assertEquals(31, onlyRow(robot).daysLate(), "received 31 days after its deadline of 2019-09-02 (迟报)");
    }
}

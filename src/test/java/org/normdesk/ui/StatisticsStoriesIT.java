package org.normdesk.ui;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.demo.DemoRegisterService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.FileTargets;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statistics section over the demo register (its 2019 reproduces the seed city's 62 received, 24 registered). */
@ExtendWith(ApplicationExtension.class)
class StatisticsStoriesIT {
    @TempDir
    static Path dir;
    static Workspace workspace;

    private final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @BeforeAll
    static void demoRegister() {
        workspace = Workspace.openEmbedded(new DataFolder(dir.resolve("data")), RegisterFixture.CLOCK);
        workspace.demo().importRegister(DemoRegisterService.readShipped(), Progress.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        MainWindow window = new MainWindow(messages, new FxTaskRunner(Runnable::run), RegisterFixture.CLOCK,
                DemoSource.none(), new RecordingPrompts(false));
        window.setFileTargets(FileTargets.fixed(dir.resolve("exports")));
        window.show(stage);
        window.open(progress -> workspace);
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a file the view writes; on a timeout says what the status bar said. */
    private static void waitForFile(FxRobot robot, Path file, int seconds) throws Exception {
        try {
            waitUntil(seconds, () -> Files.exists(file));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(file + " not written; status bar: "
                    + robot.lookup("#messageLabel").queryAs(Label.class).getText(), e);
        }
    }

    private static String link(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Hyperlink.class).getText();
    }

    @Test
    void the_2019_tally_shows_62_received_and_24_registered_and_24_lists_its_documents(FxRobot robot)
            throws Exception {
        robot.clickOn("#navStatistics");
        waitUntil(30, () -> robot.lookup("#figure-RECEIVED").tryQuery().isPresent());
        ComboBox<Integer> year = robot.lookup("#yearChoice").queryComboBox();
        assertEquals(2019, year.getValue(), "last year is chosen");
        assertEquals("62", link(robot, "#figure-RECEIVED"));
        assertEquals("24", link(robot, "#figure-REGISTERED"));
        TableView<?> tally = robot.lookup("#tallyTable").queryTableView();
        assertTrue(tally.getItems().stream().map(Object::toString)
                .anyMatch(r -> r.contains("报备率 = 实际报备数 ÷ 应报备数 = ")), "the formula stands next to the rate");

        robot.clickOn("#figure-REGISTERED");
        TableView<?> drill = robot.lookup("#drillTable").queryTableView();
        waitUntil(10, () -> drill.getItems().size() == 24);
        assertEquals("准予备案登记数：24 件", robot.lookup("#drillTitle").queryAs(Label.class).getText());
    }

    @Test
    void the_dashboard_draws_the_year_and_exports_a_chart_as_png(FxRobot robot) throws Exception {
        robot.clickOn("#navStatistics");
        waitUntil(30, () -> robot.lookup("#figure-RECEIVED").tryQuery().isPresent());
        robot.clickOn(messages.get("stats.tab.dashboard"));
        BarChart<String, Number> months = robot.lookup("#monthChart").query();
        assertEquals(1, months.getData().size());
        assertEquals(12, months.getData().get(0).getData().size());
        assertEquals(62, months.getData().get(0).getData().stream().mapToInt(d -> d.getYValue().intValue()).sum());
        XYChart.Data<String, Number> january = months.getData().get(0).getData().get(0);
        String tip = String.valueOf(january.getNode().getProperties().get("normdesk.chart.tip"));
        assertTrue(tip.startsWith("1月：收到备案"), tip);
        PieChart statuses = robot.lookup("#statusChart").query();
        assertEquals(600, statuses.getData().stream().mapToDouble(PieChart.Data::getPieValue).sum(), 0.1);
        BarChart<Number, String> units = robot.lookup("#unitChart").query();
        assertTrue(units.getData().get(0).getData().size() > 3);

        robot.clickOn("#exportMonthChart");
        Path png = dir.resolve("exports").resolve("2019年各月收到备案件数.png");
        waitForFile(robot, png, 10);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 200 && image.getHeight() > 150, image.getWidth() + "x" + image.getHeight());
    }

    @Test
    void one_click_writes_the_annual_report(FxRobot robot) throws Exception {
        robot.clickOn("#navStatistics");
        waitUntil(30, () -> robot.lookup("#figure-RECEIVED").tryQuery().isPresent());
        robot.clickOn("#annualReportButton");
        Path pdf = dir.resolve("exports").resolve("2019年度规范性文件备案审查工作报告.pdf");
        waitForFile(robot, pdf, 60);
        assertTrue(Files.exists(dir.resolve("exports").resolve("2019年度规范性文件备案审查工作报告.docx")));
    }
}

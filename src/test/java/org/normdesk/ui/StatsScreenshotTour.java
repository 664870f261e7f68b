package org.normdesk.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.FileTargets;
import org.normdesk.ui.common.UiFont;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: walks the 清理 and 统计 sections of the real window on a real display (Xvfb) and saves what the
 * windows show, to look at them. The data folder should hold the demo register ({@code normdesk import-demo}).
 * {@code java -cp ... org.normdesk.ui.StatsScreenshotTour DATA_DIR OUT_DIR [zh|en]}; exports go to OUT_DIR/exports.
 */
public final class StatsScreenshotTour {
    private static final int TITLE = 28;
    private final FxRobot robot = new FxRobot();
    private final Path out;
    private final Messages messages;
    private final String lang;

    private StatsScreenshotTour(Path out, Messages messages, String lang) {
        this.out = out;
        this.messages = messages;
        this.lang = lang;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        String lang = args.length > 2 ? args[2] : "zh";
        Messages messages = Messages.load(Messages.chooseLocale(lang, Locale.getDefault()));
        UiFont.loadBundled();
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            window[0] = new MainWindow(messages, new FxTaskRunner(FxTaskRunner.daemonPool()), Clock.systemDefaultZone(),
                    DemoSource.none(), MainWindow.Prompts.dialogs(messages));
            window[0].setFileTargets(FileTargets.fixed(out.resolve("exports")));
            window[0].show(stage);
            window[0].open(p -> Workspace.openEmbedded(new DataFolder(data), Clock.systemDefaultZone()));
        });
        try {
            new StatsScreenshotTour(out, messages, lang).run();
        } finally {
            FxToolkit.setupFixture(() -> window[0].close());
            Platform.exit();
            System.exit(0);
        }
    }

    private void run() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#registerTable").tryQuery().isPresent());
        settle(3000);
        cleanup();
        statistics();
    }

    private void cleanup() throws Exception {
        robot.clickOn("#navCleanup");
        settle(1500);
        robot.clickOn("#newCampaignButton");
        settle(500);
        robot.clickOn("#campaignNameField").write(lang.equals("en") ? "2019 cleanup (city government)" : "2019年市政府规范性文件清理");
        robot.clickOn("#campaignBasisField").write("国办发〔2018〕37号");
        robot.clickOn("#campaignDeadlineField").write("2019-10-31");
        composite("cleanup-new-campaign-" + lang);
        robot.clickOn("#campaignSaveButton");
        settle(1500);

        robot.clickOn("#addScopeButton");
        settle(1500);
        robot.clickOn("#scopeIssuerChoice");
        settle(300);
        robot.clickOn(popupCell(lang.equals("en") ? "濮阳市人民政府" : "濮阳市人民政府"));
        settle(1200);
        composite("cleanup-scope-dialog-" + lang);
        robot.clickOn("#scopeAddButton");
        settle(2500);

        // most stay in force; a few are amended, expired, repealed; one stays undecided
        robot.clickOn(row(0));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        decide(Disposition.CONTINUE, messages.get("cleanup.reasons").split("\\|")[0]);
        robot.clickOn(row(1));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).clickOn(row(0)).release(KeyCode.CONTROL);
        settle(300);
        robot.clickOn("#applyDecisionButton");
        settle(2000);
        for (int[] pick : new int[][]{{1, 2}, {3, 4, 5}, {6, 7}}) {
            robot.clickOn(row(pick[0]));
            for (int i = 1; i < pick.length; i++) {
                robot.press(KeyCode.CONTROL).clickOn(row(pick[i])).release(KeyCode.CONTROL);
            }
            Disposition d = pick.length == 2 && pick[0] == 1 ? Disposition.AMEND
                    : pick.length == 3 ? Disposition.EXPIRE : Disposition.REPEAL;
            decide(d, messages.get("cleanup.reasons").split("\\|")[d == Disposition.AMEND ? 7 : d == Disposition.EXPIRE ? 5 : 4]);
            robot.clickOn("#applyDecisionButton");
            settle(1500);
        }
        robot.clickOn(row(8));
        robot.press(KeyCode.CONTROL).clickOn(row(9)).release(KeyCode.CONTROL);
        decide(Disposition.REPEAL, messages.get("cleanup.reasons").split("\\|")[1]);
        settle(800);
        composite("cleanup-deciding-" + lang);
        robot.clickOn("#cleanupRoot");
        robot.clickOn(messages.get("cleanup.tab.progress"));
        settle(800);
        composite("cleanup-progress-" + lang);
        robot.clickOn(messages.get("cleanup.tab.items"));
        settle(500);

        robot.clickOn("#finalizeButton");
        settle(500);
        robot.clickOn("#approvedByField").write("市政府第32次常务会议");
        robot.clickOn("#approvedOnField");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("2019-08-23");
        robot.clickOn("#resultNumberField").write("濮政〔2019〕20号");
        robot.clickOn("#finalizeSaveButton");
        settle(2500);
        composite("cleanup-finalize-refused-" + lang);
        robot.clickOn("#finalizeCancelButton");
        settle(500);

        robot.clickOn(row(0));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.clickOn("#undecidedOnlyCheck");
        settle(800);
        robot.clickOn(row(0));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.clickOn("#applyDecisionButton");
        settle(2000);
        robot.clickOn("#undecidedOnlyCheck");
        robot.clickOn("#finalizeButton");
        settle(500);
        robot.clickOn("#approvedByField").write("市政府第32次常务会议");
        robot.clickOn("#approvedOnField");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("2019-08-23");
        robot.clickOn("#resultNumberField").write("濮政〔2019〕20号");
        robot.clickOn("#finalizeSaveButton");
        settle(5000);
        composite("cleanup-catalogues-" + lang);
        robot.clickOn("#exportXlsx-CONTINUE");
        settle(2000);
        robot.clickOn(messages.format("cleanup.catalogue.tab", messages.get("cleanup.catalogue.REPEAL"),
                robot.lookup("#catalogueTable-REPEAL").queryTableView().getItems().size()));
        settle(800);
        robot.clickOn("#exportPdf-REPEAL");
        settle(4000);
        composite("cleanup-catalogue-repeal-" + lang);
    }

    private void statistics() throws Exception {
        robot.clickOn("#navStatistics");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#figure-RECEIVED").tryQuery().isPresent());
        settle(3000);
        robot.clickOn("#yearChoice");
        settle(300);
        robot.clickOn(popupCell(messages.format("register.filter.yearValue", "2019")));
        settle(6000);
        robot.clickOn("#figure-REGISTERED");
        settle(2000);
        composite("statistics-tally-" + lang);
        robot.clickOn(messages.get("stats.tab.dashboard"));
        settle(1500);
        composite("statistics-dashboard-" + lang);
        robot.moveTo(robot.lookup("#monthChart .chart-bar").nth(2).queryAs(Node.class));
        settle(1500);
        composite("statistics-dashboard-tooltip-" + lang);
        robot.clickOn("#exportMonthChart");
        settle(1500);
        robot.clickOn("#exportStatusChart");
        settle(1500);
        robot.clickOn("#annualReportButton");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Files.exists(out.resolve("exports")
                .resolve("2019年度规范性文件备案审查工作报告.pdf")));
        settle(1000);
        composite("statistics-report-written-" + lang);
    }

    private void decide(Disposition d, String reason) {
        robot.clickOn("#decisionChoice");
        settle(300);
        robot.clickOn(popupCell(messages.label(d)));
        robot.clickOn("#reasonChoice .text-field");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(reason);
    }

    @SuppressWarnings("unchecked")
    private Node row(int index) {
        return robot.lookup("#itemsTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index && !r.isEmpty()).findFirst().orElseThrow();
    }

    private Node popupCell(String text) {
        return robot.lookup((Node n) -> n instanceof ListCell<?> c && text.equals(c.getText())
                && c.getScene() != null && c.getScene().getWindow() instanceof PopupWindow).query();
    }

    private static void settle(long millis) {
        WaitForAsyncUtils.sleep(millis, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every showing window (main, dialogs, popups, tooltips) drawn from JavaFX snapshots at its place. */
    private void composite(String name) throws Exception {
        Path png = out.resolve(name + ".png");
        List<Window> windows = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(Window::isShowing).toList()).get();
        Window main = windows.get(0);
        BufferedImage canvas = new BufferedImage((int) main.getWidth(), (int) main.getHeight() + TITLE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (Window w : windows) {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> w.getScene().snapshot(null)).get();
            int x = (int) (w.getX() - main.getX());
            int y = (int) (w.getY() - main.getY()) + TITLE;
            if (w instanceof Stage s) {
                g.setColor(new Color(0x3a, 0x3f, 0x47));
                g.fillRect(x, y - TITLE, (int) image.getWidth(), TITLE);
                g.setColor(Color.WHITE);
                g.setFont(new java.awt.Font(UiFont.family().orElse("SansSerif"), java.awt.Font.PLAIN, 14));
                g.drawString(s.getTitle() == null ? "" : s.getTitle(), x + 10, y - 8);
            }
            g.drawImage(awt(image), x, y, null);
            if (w != main && w instanceof Stage) {
                g.setColor(new Color(0x80, 0x80, 0x80));
                g.drawRect(x - 1, y - TITLE - 1, (int) image.getWidth() + 1, (int) image.getHeight() + TITLE + 1);
            }
        }
        g.dispose();
        ImageIO.write(canvas, "png", png.toFile());
        System.out.println("saved " + png);
    }

    private static BufferedImage awt(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage result = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                result.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return result;
    }
}

package org.normdesk.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.filing.IntakeRow;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.FileOpener;
import org.normdesk.ui.common.UiFont;
import org.normdesk.ui.filing.IntakeViewModel;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: walks the filing section of the real window on a real display (Xvfb) and saves screenshots,
 * to look at the GUI. Run with the test classpath and DISPLAY set:
 * {@code java -cp ... org.normdesk.ui.IntakeScreenshotTour DATA_DIR OUT_DIR [zh|en] [TODAY]}, DATA_DIR holding
 * the demo register ({@code normdesk import-demo}); TODAY (default 2021-01-04) is the clock's day. Printed
 * letters go to OUT_DIR/exports and are not opened.
 */
public final class IntakeScreenshotTour {
    private static final int TITLE = 28;
    private final FxRobot robot = new FxRobot();
    private final Path out;

    private IntakeScreenshotTour(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        String lang = args.length > 2 ? args[2] : "zh";
        LocalDate today = args.length > 3 ? LocalDate.parse(args[3]) : LocalDate.of(2021, 1, 4);
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        Messages messages = Messages.load(Messages.chooseLocale(lang, Locale.getDefault()));
        UiFont.loadBundled();
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            window[0] = new MainWindow(messages, new FxTaskRunner(FxTaskRunner.daemonPool()), clock,
                    DemoSource.none(), MainWindow.Prompts.dialogs(messages), out.resolve("exports"), FileOpener.none());
            window[0].show(stage);
            window[0].open(p -> Workspace.openEmbedded(new DataFolder(data), clock));
        });
        IntakeScreenshotTour tour = new IntakeScreenshotTour(out);
        try {
            tour.run(messages, lang);
        } finally {
            FxToolkit.setupFixture(() -> window[0].close());
            Platform.exit();
            System.exit(0);
        }
    }

    private void run(Messages messages, String lang) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#registerTable").tryQuery().isPresent());
        settle(1500);
        robot.clickOn("#navFiling");
        TableView<?> queue = robot.lookup("#intakeTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !queue.getItems().isEmpty());
        settle(1500);
        IntakeViewModel vm = (IntakeViewModel) robot.lookup("#intakeRoot").query().getUserData();
        IntakeRow resubmitted = vm.shown().stream().filter(r -> r.submissions() > 1).findFirst()
                .orElse(vm.shown().get(0));
        robot.interact(() -> vm.selectedProperty().set(resubmitted));
        settle(1500);
        shot("intake-queue-" + lang);

        robot.clickOn("#unfiledTab");
        settle(800);
        shot("intake-unfiled-" + lang);
        robot.clickOn("#queueTab");
        settle(500);

        // a new filing with an impossible received date
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        settle(800);
        robot.clickOn("#newTitleField").write("濮阳县农村集体资产管理办法");
        robot.clickOn("#newNumberField").write("濮县政〔2020〕31号");
        robot.clickOn("#newIssuerChoice");
        settle(300);
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().startsWith("濮阳县") && c.getScene() != null
                && c.getScene().getWindow() instanceof PopupWindow).queryAs(Node.class));
        robot.clickOn("#addNewIssuerButton");
        robot.clickOn("#newPublishedField").write("2020年12月15日");
        replace("#receivedField", "2019-02-30");
        for (MaterialKind kind : MaterialKind.defaultRequired()) {
            if (kind != MaterialKind.LEGAL_BASIS) {
                robot.clickOn("#material-" + kind.name());
            }
        }
        robot.clickOn("#receiveSaveButton");
        settle(1200);
        composite("receive-dialog-error-" + lang);

        // corrected: saved, then refused for the missing 制定依据 and returned
        replace("#receivedField", "2020年12月31日");
        robot.clickOn("#receiveSaveButton");
        settle(1500);
        robot.clickOn("#registerFilingButton");
        settle(600);
        robot.clickOn("#checkSaveButton");
        settle(1000);
        composite("formal-check-missing-" + lang);
        robot.clickOn("#switchToReturnButton");
        settle(600);
        composite("return-reasons-" + lang);
        robot.clickOn("#checkSaveButton");
        settle(1500);
        robot.clickOn("#printNoticeButton");
        settle(4000);
        robot.clickOn("#resubmitButton");
        settle(600);
        robot.clickOn("#material-LEGAL_BASIS");
        composite("resubmit-dialog-" + lang);
        robot.clickOn("#resubmitSaveButton");
        settle(1500);
        robot.clickOn("#registerFilingButton");
        settle(600);
        robot.clickOn("#checkSaveButton");
        settle(1500);
        shot("intake-registered-" + lang);
        robot.clickOn("#printReceiptButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.lastPrintedProperty().get().stream()
                .anyMatch(p -> p.getFileName().toString().startsWith("备案登记回执")));
        settle(500);
        shot("intake-after-print-" + lang);
        System.out.println("printed " + vm.lastPrintedProperty().get());
        if (vm.shown().stream().noneMatch(r -> r.state() == FilingState.REGISTERED)) {
            System.out.println("warning: no registered filing in the queue");
        }
    }

    private void replace(String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private static void settle(long millis) {
        WaitForAsyncUtils.sleep(millis, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(String name) throws Exception {
        Path png = out.resolve(name + ".png");
        Process p = new ProcessBuilder("sh", "-c", "xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > '" + png + "'")
                .inheritIO().start();
        p.waitFor();
        System.out.println("saved " + png);
    }

    /** Every showing window drawn from JavaFX snapshots at its place (Xvfb shows secondary windows black). */
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
            if (w instanceof Stage stage) {
                g.setColor(new Color(0x3a, 0x3f, 0x47));
                g.fillRect(x, y - TITLE, (int) image.getWidth(), TITLE);
                g.setColor(Color.WHITE);
                g.setFont(new java.awt.Font(UiFont.family().orElse("SansSerif"), java.awt.Font.PLAIN, 14));
                g.drawString(stage.getTitle() == null ? "" : stage.getTitle(), x + 10, y - 8);
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

package org.normdesk.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.demo.DemoRegister;
import org.normdesk.service.demo.DemoRegisterService;
import org.normdesk.service.i18n.Messages;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: walks the real window on a real display (Xvfb) and saves screenshots with xwd, to look at the
 * GUI. Run with the test classpath and DISPLAY set:
 * {@code java -cp ... org.normdesk.ui.ScreenshotTour DATA_DIR DEMO_JSON OUT_DIR [zh|en]}.
 * An empty DATA_DIR starts with the demo offer.
 */
public final class ScreenshotTour {
    private final FxRobot robot = new FxRobot();
    private final Path out;

    private ScreenshotTour(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path demoFile = Path.of(args[1]);
        Path out = Files.createDirectories(Path.of(args[2]));
        String lang = args.length > 3 ? args[3] : "zh";
        Messages messages = Messages.load(Messages.chooseLocale(lang, Locale.getDefault()));
        UiFont.loadBundled();
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            window[0] = new MainWindow(messages, new FxTaskRunner(FxTaskRunner.daemonPool()), Clock.systemDefaultZone(),
                    fileDemo(demoFile), MainWindow.Prompts.dialogs(messages));
            window[0].show(stage);
            window[0].open(p -> Workspace.openEmbedded(new DataFolder(data), Clock.systemDefaultZone()));
        });
        ScreenshotTour tour = new ScreenshotTour(out);
        try {
            tour.run(messages, lang);
        } finally {
            FxToolkit.setupFixture(() -> window[0].close());
            Platform.exit();
            System.exit(0);
        }
    }

    private void run(Messages messages, String lang) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#registerTable").tryQuery().isPresent()
                || robot.lookup(".dialog-pane").tryQuery().isPresent());
        settle(1500);
        if (robot.lookup(".dialog-pane").tryQuery().isPresent()) {
            settle(1000);
            composite("first-start-demo-offer-" + lang);
            robot.clickOn(messages.get("ui.yes"));
            settle(300);
            shot("demo-loading-" + lang);
        }
        TableView<?> table = robot.lookup("#registerTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && !robot.lookup("#busyPane").query().isVisible());
        settle(800);
        robot.clickOn(robot.lookup("#registerTable .table-row-cell").nth(3).queryAs(Node.class));
        settle(1200);
        shot("register-" + lang);

        robot.clickOn("#statusFilter");
        settle(500);
        robot.clickOn(robot.from(popupCell(messages.label(org.normdesk.domain.document.LifecycleStatus.VALID)))
                .lookup(".check-box").queryAs(Node.class));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#searchField").write(lang.equals("en") ? "濮阳" : "濮阳市");
        settle(1500);
        shot("register-filtered-" + lang);
        robot.clickOn("#clearFiltersButton");
        settle(1000);

        robot.clickOn("#addButton");
        settle(600);
        robot.clickOn("#titleField").write("濮阳市物业服务管理办法");
        robot.clickOn("#numberField").write("濮政办〔2026〕9号");
        robot.clickOn("#issuerChoice");
        settle(300);
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> c && c.getText() != null
                && c.getScene() != null && c.getScene().getWindow() instanceof PopupWindow).queryAs(Node.class));
        robot.clickOn("#addIssuerButton");
        robot.clickOn("#publishedField").write("2019-02-30");
        robot.clickOn("#effectiveField").write("2019年3月1日");
        robot.clickOn("#saveButton");
        settle(1500);
        composite("add-dialog-error-" + lang);
        robot.clickOn("#cancelButton");
        settle(500);

        robot.clickOn(robot.lookup("#registerTable .table-row-cell").nth(1).queryAs(Node.class));
        settle(1200);
        robot.clickOn("#statusButton");
        settle(600);
        robot.clickOn("#targetChoice");
        settle(300);
        robot.clickOn(popupCell(messages.label(org.normdesk.domain.document.LifecycleStatus.REPEALED)));
        robot.clickOn("#reasonField").write(lang.equals("en") ? "Replaced by the new rules" : "被新办法替代，予以废止");
        robot.clickOn("#causeSearchField").write("2021");
        settle(1500);
        ListView<?> causes = robot.lookup("#causeList").queryListView();
        if (!causes.getItems().isEmpty()) {
            robot.clickOn(robot.from(causes).lookup(".list-cell").nth(0).queryAs(Node.class));
        }
        settle(500);
        composite("status-dialog-" + lang);
        robot.clickOn("#statusSaveButton");
        settle(2000);
        shot("register-after-status-change-" + lang);
    }

    private Node popupCell(String text) {
        return robot.lookup((Node n) -> n instanceof ListCell<?> c && text.equals(c.getText())
                && c.getScene() != null && c.getScene().getWindow() instanceof PopupWindow).query();
    }

    private static void settle(long millis) {
        WaitForAsyncUtils.sleep(millis, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(String name) throws IOException, InterruptedException {
        Path png = out.resolve(name + ".png");
        Process p = new ProcessBuilder("sh", "-c", "xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > '" + png + "'")
                .inheritIO().start();
        p.waitFor();
        System.out.println("saved " + png);
    }

    /**
     * Draws every showing window (main window, dialogs, popups) from JavaFX snapshots at its place on the
     * screen. Used for dialogs: without a window manager, Xvfb's root image shows secondary windows black.
     */
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
                // a plain title bar, as a window manager would draw one
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

    private static final int TITLE = 28;

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

    private static DemoSource fileDemo(Path file) {
        return new DemoSource() {
            @Override
            public boolean available() {
                return Files.exists(file);
            }

            @Override
            public DemoRegister read() {
                try (InputStream in = Files.newInputStream(file)) {
                    return DemoRegisterService.read(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}

package org.normdesk.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.normdesk.cli.NormDeskCommand;
import org.normdesk.ui.common.UiFont;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: starts the real app through its command line ({@code --data-dir}, optional {@code --lang}) on a
 * real display (Xvfb) and saves screenshots of the settings section. Run with the test classpath and DISPLAY:
 * {@code java -cp ... org.normdesk.ui.SettingsScreenshotTour DATA_DIR OUT_DIR tabs|startup [PG_URL PG_USER PG_PASSWORD] [--lang en]}.
 * "tabs" walks every settings tab (an empty data folder gets the demo register first); "startup" expects this
 * PC's preferences to name a shared server and captures the password and failure dialogs.
 */
public final class SettingsScreenshotTour {
    private static final int TITLE = 28;
    private final FxRobot robot = new FxRobot();
    private final Path out;
    private final String suffix;

    private SettingsScreenshotTour(Path out, String suffix) {
        this.out = out;
        this.suffix = suffix;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        String mode = args[2];
        List<String> rest = List.of(args).subList(3, args.length);
        boolean english = rest.contains("en");
        List<String> pg = rest.stream().filter(a -> !a.equals("--lang") && !a.equals("en")).toList();
        String[] command = {"--data-dir", data.toString(), "--lang", english ? "en" : "zh"};
        Thread app = new Thread(() -> NormDeskCommand.run(new NormDeskCommand(NormDeskApplication::launchAndWait,
                Clock.systemDefaultZone()), command), "app");
        app.setDaemon(true);
        app.start();
        SettingsScreenshotTour tour = new SettingsScreenshotTour(out, english ? "en" : "zh");
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                try {
                    return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().anyMatch(Window::isShowing))
                            .get();
                } catch (IllegalStateException e) {
                    return false; // the toolkit is not up yet
                }
            });
            if (mode.equals("startup")) {
                tour.startup();
            } else {
                tour.tabs(pg);
            }
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
            app.join(20_000);
            System.exit(0);
        }
    }

    private void tabs(List<String> pg) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#registerTable").tryQuery().isPresent()
                || robot.lookup(".dialog-pane").tryQuery().isPresent());
        settle(1500);
        if (robot.lookup(".dialog-pane").tryQuery().isPresent()) {
            // yes, load the demo: the default button
            robot.clickOn(robot.lookup(".dialog-pane .button")
                    .match((javafx.scene.control.Button b) -> b.isDefaultButton()).queryAs(Node.class));
        }
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#registerTable").tryQuery().isPresent()
                && !robot.lookup("#busyPane").query().isVisible());
        settle(1500);
        robot.clickOn("#navSettings");
        settle(1500);

        tab("#unitTab");
        shot("settings-1-unit");
        replace("#templateField", "{unitCode}规备字{serial}号");
        settle(300);
        shot("settings-1-unit-template-error");
        replace("#templateField", "{unitCode}规备字〔{year}〕{serial}号");
        settle(300);

        tab("#deadlinesTab");
        replace("#deadlineCount-REVIEW_DUE", "0");
        robot.clickOn("#deadlinesSaveButton");
        settle(800);
        shot("settings-2-deadlines-error");
        replace("#deadlineCount-REVIEW_DUE", "20");
        robot.clickOn("#deadlinesSaveButton");
        settle(1000);
        shot("settings-2-deadlines");

        tab("#calendarTab");
        replace("#localDayDateField", "2026-05-06");
        replace("#localDayNoteField", suffix.equals("en") ? "City notice: extra day off" : "市政府通知：劳动节后补休一天");
        robot.clickOn("#localDayAddButton");
        settle(1200);
        replace("#checkDateField", "2026-10-01");
        robot.clickOn("#checkDateButton");
        settle(500);
        shot("settings-3-calendar");

        tab("#issuersTab");
        shot("settings-4-issuers");
        robot.clickOn("#newIssuerButton");
        settle(800);
        replace("#issuerNameField", suffix.equals("en") ? "濮阳市人民政府" : "濮阳市人民政府");
        robot.clickOn("#issuerSaveButton");
        settle(600);
        composite("settings-4-issuer-dialog-errors");
        robot.clickOn("#issuerCancelButton");
        settle(500);

        tab("#databaseTab");
        shot("settings-5-database");
        replace("#dbUrlField", "jdbc:postgresql://127.0.0.1:1/normdesk");
        replace("#dbUserField", "normdesk");
        replace("#dbPasswordField", "secret");
        robot.clickOn("#dbTestButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text("#dbTestResult").isEmpty()
                && !text("#dbTestResult").startsWith(suffix.equals("en") ? "Testing" : "正在"));
        settle(500);
        shot("settings-5-database-unreachable");
        if (pg.size() == 3) {
            replace("#dbUrlField", pg.get(0));
            replace("#dbUserField", pg.get(1));
            replace("#dbPasswordField", pg.get(2));
            robot.clickOn("#dbTestButton");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !text("#dbTestResult").isEmpty()
                    && !text("#dbTestResult").startsWith(suffix.equals("en") ? "Testing" : "正在"));
            robot.clickOn("#dbSaveButton");
            settle(1200);
            shot("settings-5-database-connected-saved");
        }

        tab("#languageTab");
        robot.clickOn("#languageEnglish");
        robot.clickOn("#languageSaveButton");
        settle(800);
        shot("settings-6-language");
        // leave the stored language as it was: the next tour run decides it with --lang
        robot.clickOn("#languageSystem");
        robot.clickOn("#languageSaveButton");
        settle(800);
    }

    private void startup() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#startupPasswordField").tryQuery().isPresent());
        settle(1000);
        robot.clickOn("#startupPasswordField").write("wrong-password");
        composite("startup-1-password");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent()
                && robot.lookup("#startupPasswordField").tryQuery().isEmpty());
        settle(1500);
        composite("startup-2-failed");
        String local = org.normdesk.service.i18n.Messages.load(suffix.equals("en") ? java.util.Locale.ENGLISH
                : java.util.Locale.SIMPLIFIED_CHINESE).get("startup.useLocal");
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((javafx.scene.control.Button b) -> local.equals(b.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#registerTable").tryQuery().isPresent()
                && !robot.lookup("#busyPane").query().isVisible());
        settle(1500);
        shot("startup-3-local-register");
    }

    private void tab(String id) {
        robot.clickOn(id);
        settle(800);
    }

    private void replace(String query, String text) {
        Node field = robot.lookup(query).query();
        robot.interact(() -> ((TextInputControl) field).clear());
        robot.clickOn(field).write(text);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void settle(long millis) {
        WaitForAsyncUtils.sleep(millis, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(String name) throws Exception {
        Path png = out.resolve(name + "-" + suffix + ".png");
        Process p = new ProcessBuilder("sh", "-c", "xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > '" + png + "'")
                .inheritIO().start();
        p.waitFor();
        System.out.println("saved " + png);
    }

    /** Every showing window drawn from JavaFX snapshots (without a window manager Xvfb shows dialogs black). */
    private void composite(String name) throws Exception {
        Path png = out.resolve(name + "-" + suffix + ".png");
        List<Window> windows = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(Window::isShowing).toList()).get();
        Window main = windows.get(0);
        BufferedImage canvas = new BufferedImage((int) main.getWidth(), (int) main.getHeight() + TITLE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
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
            int w0 = (int) image.getWidth();
            int h0 = (int) image.getHeight();
            BufferedImage awt = new BufferedImage(w0, h0, BufferedImage.TYPE_INT_ARGB);
            PixelReader pixels = image.getPixelReader();
            for (int yy = 0; yy < h0; yy++) {
                for (int xx = 0; xx < w0; xx++) {
                    awt.setRGB(xx, yy, pixels.getArgb(xx, yy));
                }
            }
            g.drawImage(awt, x, y, null);
        }
        g.dispose();
        ImageIO.write(canvas, "png", png.toFile());
        System.out.println("saved " + png);
    }
}

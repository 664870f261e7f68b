package org.normdesk.ui;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.normdesk.cli.NormDeskCommand;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: the real app's first run on a new data folder, end to end — the welcome is answered (unit, demo
 * register), the main window must then open and load the demo; screenshots of both under OUT_DIR. Run with the
 * test classpath on Monocle or a display: {@code java ... org.normdesk.ui.FirstRunTour NEW_DATA_DIR OUT_DIR}.
 */
public final class FirstRunTour {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        Thread app = new Thread(() -> NormDeskCommand.run(new NormDeskCommand(NormDeskApplication::launchAndWait,
                Clock.systemDefaultZone()), "--data-dir", data.toString(), "--lang", "zh"), "app");
        app.setDaemon(true);
        app.start();
        int exit = 1;
        try {
            Window welcome = waitForWindow("#welcomeDialog");
            WaitForAsyncUtils.asyncFx(() -> {
                ((TextField) welcome.getScene().lookup("#welcomeUnitName")).setText("华龙区司法局");
                ((TextField) welcome.getScene().lookup("#welcomeUnitCode")).setText("华");
            }).get();
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            save(welcome, out.resolve("first-run-welcome.png"));
            WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Button) welcome.getScene().lookup("#welcomeStart")).fire())
                    .get();
            Window main = waitForWindow("#navRegister");
            // the demo register loads after the register opened; the status bar counts its documents
            WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    ((Label) main.getScene().lookup("#documentCountLabel")).getText()).get().contains("600"));
            WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);
            save(main, out.resolve("first-run-main.png"));
            String message = WaitForAsyncUtils.asyncFx(() -> ((Label) main.getScene().lookup("#messageLabel")).getText()).get();
            System.out.println("first run: main window open, demo loaded; status: " + message);
            exit = 0;
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
            app.join(20_000);
            System.exit(exit);
        }
    }

    private static Window waitForWindow(String id) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> find(id).isPresent());
        return find(id).orElseThrow();
    }

    private static Optional<Window> find(String id) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                    .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup(id) != null)
                    .findFirst()).get();
        } catch (Exception | Error e) {
            return Optional.empty(); // the toolkit is not up yet
        }
    }

    private static void save(Window window, Path png) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.getScene().snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage result = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                result.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(result, "png", png.toFile());
        System.out.println("saved " + png);
    }
}

package org.normdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.image.WritableImage;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.normdesk.service.i18n.Messages;
import org.normdesk.testing.ReviewFixture;
import org.normdesk.ui.register.RegisterView;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** What the TestFX stories do alike: wait for the app, look at it, save what it shows, tidy up after a story. */
final class Stories {
    private Stories() {
    }

    /**
     * Waits up to {@code seconds} for {@code condition}, asked on the FX thread: a lookup from the test thread can
     * meet a scene graph that is changing. An FX thread too busy to answer within 10 s (a loaded machine) is asked
     * again. When the time is up, every window is saved under {@code shots} as {@code timeout-….png} before the
     * story fails.
     */
    static void waitUntil(int seconds, BooleanSupplier condition, Path shots) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                try {
                    return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(10, TimeUnit.SECONDS);
                } catch (TimeoutException busy) {
                    return false; // the FX thread is still busy (a loaded machine): ask again
                }
            });
        } catch (TimeoutException e) {
            for (Window w : onFx(() -> List.copyOf(Window.getWindows()))) {
                shoot(w, shots, "timeout-" + Math.abs(w.hashCode()));
            }
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@code read} on the FX thread; its answer, waited for up to 5 s. */
    static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    /** The window as drawn, saved as {@code folder/name.png} to be looked at. */
    static void shoot(Window window, Path folder, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.getScene().snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        Files.createDirectories(folder);
        ImageIO.write(png, "png", folder.resolve(name + ".png").toFile());
    }

    /** True when the node {@code query} finds is visible in a window that is showing. */
    static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false);
    }

    /** The cell of an open popup list (combo box, check combo box) showing {@code text}. */
    static Node popupCell(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof ListCell<?> cell && text.equals(cell.getText())
                && cell.getScene() != null && cell.getScene().getWindow() instanceof PopupWindow).query();
    }

    /** Lets a search-as-you-type pause that may still be running finish, before the register goes. */
    static void letSearchPauseEnd() {
        WaitForAsyncUtils.sleep(2 * (long) RegisterView.SEARCH_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * After a story that ran the app's background work on its own {@code pool}: lets the search pause end, waits for
     * the pool's work to finish and closes the {@code registers} the story opened (null: never opened).
     */
    static void closeRegisters(ExecutorService pool, AutoCloseable... registers) throws Exception {
        letSearchPauseEnd();
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        for (AutoCloseable register : registers) {
            if (register != null) {
                register.close();
            }
        }
    }

    /**
     * Shows the app on {@code stage} over the review fixture's register, its background work run inline; exports
     * are written into {@code exports}, and the files the app would open are recorded in {@code opened}.
     */
    static void showOver(Stage stage, Messages messages, ReviewFixture fixture, Path exports, List<Path> opened) {
        MainWindow window = new MainWindow(messages, new FxTaskRunner(Runnable::run), fixture.clock,
                DemoSource.none(), new RecordingPrompts(false), exports, opened::add);
        window.show(stage);
        window.open(progress -> fixture.workspace);
    }

    /** Closes every window a story left open over {@code primary}. */
    static void closeDialogs(FxRobot robot, Stage primary) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage && w != primary).forEach(w -> ((Stage) w).close()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}

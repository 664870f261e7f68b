package org.normdesk.ui;

import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.ui.register.RegisterViewModel;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;

/**
 * Not a test: renders the register with its navigation, expiry notice, relations and a past day to PNG files,
 * to look at them. Run with the test classpath, headless Monocle:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp ... 
 * org.normdesk.ui.RegisterLifecycleScreenshots OUT_DIR}.
 */
public final class RegisterLifecycleScreenshots {
    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        LifecycleFixture fixture = new LifecycleFixture(Files.createTempDirectory("nd-shots"));
        fixture.workspace.lifecycle().relate(fixture.decision.id(), RelationKind.AMENDS, fixture.gas.id(), null, null);
        fixture.workspace.lifecycle().relate(fixture.decision.id(), RelationKind.REPEALS, fixture.greening.id(), null, null);
        fixture.workspace.lifecycle().relate(fixture.decision.id(), RelationKind.REPEALS, fixture.schools.id(), null, null);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MainWindow[] window = new MainWindow[1];
        onFx(() -> {
            window[0] = new MainWindow(fixture.messages, new FxTaskRunner(Runnable::run), fixture.clock,
                    DemoSource.none(), new RecordingPrompts(false));
            window[0].setExpiryCheckInterval(Duration.hours(1));
            Stage stage = new Stage();
            window[0].show(stage);
            stage.setWidth(1400);
            stage.setHeight(900);
            window[0].open(progress -> fixture.workspace);
        });
        Thread.sleep(1500);
        shot(window[0], out.resolve("register-expiry-notice.png"));
        onFx(() -> {
            RegisterViewModel vm = window[0].registerViewModel();
            vm.dismissNotice();
            vm.rows().stream().filter(r -> r.title().equals(LifecycleFixture.DECISION)).findFirst()
                    .ifPresent(r -> vm.selectedProperty().set(r));
        });
        Thread.sleep(800);
        shot(window[0], out.resolve("register-relations.png"));
        onFx(() -> window[0].registerViewModel().inForceOnProperty().set(LocalDate.of(2020, 2, 1)));
        Thread.sleep(800);
        shot(window[0], out.resolve("register-in-force-on.png"));
        onFx(() -> window[0].close());
        Platform.exit();
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static void shot(MainWindow window, Path file) throws Exception {
        WritableImage[] image = new WritableImage[1];
        onFx(() -> image[0] = window.scene().snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image[0].getPixelReader().getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
            copy.setRGB(0, y, w, 1, row, 0, w);
        }
        ImageIO.write(copy, "png", file.toFile());
    }
}

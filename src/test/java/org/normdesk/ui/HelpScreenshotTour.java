package org.normdesk.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.LanguageChoice;
import org.normdesk.service.settings.UnitKind;
import org.normdesk.ui.common.FileOpener;
import org.normdesk.ui.common.UiFont;
import org.normdesk.ui.crash.CrashHandler;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.normdesk.ui.welcome.WelcomeDialog;
import org.normdesk.ui.welcome.WelcomeViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: takes the user guide's screenshots from the real views (JavaFX snapshots, so it runs headless on
 * Monocle or on any display) and writes them where the guide expects them. Run with the test classpath:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp ...
 * org.normdesk.ui.HelpScreenshotTour DEMO_DATA_DIR OUT_DIR zh|en}, DEMO_DATA_DIR holding the demo register
 * ({@code normdesk import-demo}); OUT_DIR normally {@code src/main/resources/help/img}. Files are
 * {@code NAME.png} for Chinese and {@code NAME.en.png} for English.
 */
public final class HelpScreenshotTour {
    private final Path out;
    private final String suffix;

    private HelpScreenshotTour(Path out, String lang) {
        this.out = out;
        this.suffix = lang.equals("en") ? ".en" : "";
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        String lang = args.length > 2 ? args[2] : "zh";
        Clock clock = Clock.fixed(LocalDate.of(2021, 1, 4).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        Messages messages = Messages.load(Messages.chooseLocale(lang, Locale.getDefault()));
        UiFont.loadBundled();
        Stage stage = FxToolkit.registerPrimaryStage();
        HelpScreenshotTour tour = new HelpScreenshotTour(out, lang);

        WelcomeDialog[] welcome = new WelcomeDialog[1];
        FxToolkit.setupFixture(() -> {
            WelcomeViewModel vm = new WelcomeViewModel(lang.equals("en") ? LanguageChoice.ENGLISH : LanguageChoice.CHINESE,
                    Locale.getDefault());
            vm.unitKindProperty().set(UnitKind.COUNTY);
            vm.unitNameProperty().set("华龙区司法局");
            vm.unitCodeProperty().set("华");
            welcome[0] = new WelcomeDialog(vm, null);
            welcome[0].dialog().show();
        });
        settle(800);
        tour.save("welcome", welcome[0].dialog().getDialogPane().getScene());
        FxToolkit.setupFixture(() -> welcome[0].dialog().close());

        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            stage.setX(0);
            stage.setY(0);
            window[0] = new MainWindow(messages, new FxTaskRunner(FxTaskRunner.daemonPool()), clock, DemoSource.none(),
                    MainWindow.Prompts.dialogs(messages), out.resolveSibling("exports"), FileOpener.none());
            window[0].show(stage);
            stage.setWidth(1280);
            stage.setHeight(800);
            window[0].open(p -> Workspace.openEmbedded(new DataFolder(data), clock));
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window[0].registerViewModel() != null);
        settle(1000);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !window[0].viewModel().runner().busyProperty().get());
        settle(1500);
        Scene scene = window[0].scene();
        tour.save("register", scene);
        for (String section : new String[]{"filing", "cleanup", "statistics", "settings"}) {
            String id = "#nav" + Character.toUpperCase(section.charAt(0)) + section.substring(1);
            FxToolkit.setupFixture(() -> ((ToggleButton) scene.lookup(id)).fire());
            settle(1000);
            // a section reads its data when first shown; the picture is of the filled view
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !window[0].viewModel().runner().busyProperty().get());
            settle(1500);
            tour.save(section, scene);
        }
        FxToolkit.setupFixture(() -> ((ToggleButton) scene.lookup("#navRegister")).fire());

        FxToolkit.setupFixture(() -> {
            new CrashHandler(messages, data.resolve("logs/normdesk.log"), window[0]::window).install();
            Platform.runLater(() -> {
                throw new IllegalStateException(lang.equals("en") ? "example: the printer went away"
                        : "示例：打印机已断开");
            });
        });
        settle(1500);
        Window crash = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene().lookup("#crashReportText") != null).findFirst().orElseThrow())
                .get();
        tour.save("crash", crash.getScene());

        FxToolkit.setupFixture(() -> window[0].showGuide());
        settle(1500);
        Window help = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene().lookup("#helpChapters") != null).findFirst().orElseThrow())
                .get();
        // the help window itself is not in the guide; it goes under target/ to be looked at
        tour.saveTo(Files.createDirectories(Path.of("target/shots")).resolve("help-window" + tour.suffix + ".png"),
                help.getScene());

        FxToolkit.setupFixture(() -> window[0].close());
        Platform.exit();
        System.exit(0);
    }

    private static void settle(long millis) {
        WaitForAsyncUtils.sleep(millis, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(String name, Scene scene) throws Exception {
        saveTo(out.resolve(name + suffix + ".png"), scene);
    }

    private void saveTo(Path png, Scene scene) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(awt(image), "png", png.toFile());
        System.out.println("saved " + png);
    }

    private static BufferedImage awt(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage result = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                result.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return result;
    }
}

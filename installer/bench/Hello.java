import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.time.Duration;
import java.time.Instant;

/**
 * The floor of the start-up benchmark: the smallest JavaFX window, packaged like NormDesk (same jlink runtime,
 * same jpackage launcher). It reports its first paint the way {@code normdesk --smoke} does and exits.
 */
public final class Hello extends Application {
    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Hello")), 400, 300);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!stage.isShowing()) {
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.out.println("hello: first paint " + Duration.between(start, Instant.now()).toMillis() + " ms (cpu "
                    + cpu + " ms)");
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        stage.setScene(scene);
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}

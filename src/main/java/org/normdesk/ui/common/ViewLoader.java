package org.normdesk.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.normdesk.service.i18n.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Arrays;

/**
 * Loads an FXML view from the {@code fxml/} resource root with the user's bundle. Controllers are made
 * beforehand (they take their view-model in the constructor); the loader picks the one whose class the FXML
 * names, also for {@code fx:include}d parts.
 */
public final class ViewLoader {
    private ViewLoader() {
    }

    public static <C> Loaded<C> load(String path, Messages messages, C controller, Object... includedControllers) {
        URL url = ViewLoader.class.getResource(path);
        if (url == null) {
            throw new IllegalArgumentException("No view " + path + " on the classpath");
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(type -> {
            if (type.isInstance(controller)) {
                return controller;
            }
            return Arrays.stream(includedControllers).filter(type::isInstance).findFirst()
                    .orElseThrow(() -> new IllegalStateException(path + " asks for a controller " + type.getName()
                            + " that was not supplied"));
        });
        try {
            Parent root = loader.load();
            return new Loaded<>(root, controller);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the view " + path, e);
        }
    }

    /** A loaded view and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }
}

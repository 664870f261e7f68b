package org.normdesk.ui.shell;

import javafx.scene.Node;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.task.TaskRunner;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The views of the workflows other than the register, built once the register is open. Each workflow adds
 * its factory here; the main window shows it when its navigation button is chosen.
 */
public final class SectionViews {
    private SectionViews() {
    }

    /** What a section's view gets: the open register and the shell's shared services. */
    public record Context(Workspace workspace, Messages messages, TaskRunner runner, Consumer<String> notifier,
                          Clock clock) {
    }

    @FunctionalInterface
    public interface Factory {
        Node create(Context context);
    }

    public static Map<Section, Factory> all() {
        Map<Section, Factory> factories = new EnumMap<>(Section.class);
        return factories;
    }
}

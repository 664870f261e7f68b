package org.normdesk.ui.shell;

import javafx.scene.Node;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.ui.common.FileOpener;
import org.normdesk.ui.filing.IntakeView;
import org.normdesk.ui.task.TaskRunner;

import java.nio.file.Path;
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

    /**
     * What a section's view gets: the open register, the shell's shared services and this PC's own preferences.
     *
     * @param exportFolder where printed letters and exports are written ({@code <data folder>/exports})
     * @param opener       opens a written file with the OS's default application
     */
    public record Context(Workspace workspace, Messages messages, TaskRunner runner, Consumer<String> notifier,
                          Clock clock, Path exportFolder, FileOpener opener, WorkstationPreferences preferences) {
        public Context(Workspace workspace, Messages messages, TaskRunner runner, Consumer<String> notifier,
                       Clock clock, Path exportFolder, FileOpener opener) {
            this(workspace, messages, runner, notifier, clock, exportFolder, opener, WorkstationPreferences.inMemory());
        }

        public Context(Workspace workspace, Messages messages, TaskRunner runner, Consumer<String> notifier,
                       Clock clock, WorkstationPreferences preferences) {
            this(workspace, messages, runner, notifier, clock, null, FileOpener.desktop(), preferences);
        }

        /** Without preferences of this PC (kept in memory only). */
        public Context(Workspace workspace, Messages messages, TaskRunner runner, Consumer<String> notifier,
                       Clock clock) {
            this(workspace, messages, runner, notifier, clock, WorkstationPreferences.inMemory());
        }
    }

    @FunctionalInterface
    public interface Factory {
        Node create(Context context);
    }

    public static Map<Section, Factory> all() {
        Map<Section, Factory> factories = new EnumMap<>(Section.class);
        factories.put(Section.FILING, IntakeView::create);
        factories.put(Section.SETTINGS, org.normdesk.ui.settings.SettingsSection::create);
        return factories;
    }
}

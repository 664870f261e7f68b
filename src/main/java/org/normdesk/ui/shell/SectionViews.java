package org.normdesk.ui.shell;

import javafx.scene.Node;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.ui.cleanup.CleanupSection;
import org.normdesk.ui.common.FileOpener;
import org.normdesk.ui.common.FileTargets;
import org.normdesk.ui.filing.IntakeView;
import org.normdesk.ui.stats.StatisticsSection;
import org.normdesk.ui.task.TaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The views of the workflows other than the register, built once the register is open. Each workflow adds
 * its factory here; the main window shows it when its navigation button is chosen.
 */
public final class SectionViews {
    private SectionViews() {
    }

    /**
     * Key of a section view's node property holding a {@link Runnable}: what F5 does while the section is shown
     * (the register refreshes itself).
     */
    public static final String REFRESH = "normdesk.section.refresh";

    /**
     * What a section's view gets: the open register, the shell's shared services and this PC's own preferences.
     *
     * @param exportFolder  where printed letters and exports are written ({@code <data folder>/exports})
     * @param opener        opens a written file with the OS's default application
     * @param registerQuery the register view's current filters and search (清理 adds "the current register search")
     * @param files         where exported files go (asked with a file chooser)
     */
    public record Context(Workspace workspace, Messages messages, TaskRunner runner, Consumer<String> notifier,
                          Clock clock, Path exportFolder, FileOpener opener, WorkstationPreferences preferences,
                          Supplier<DocumentQuery> registerQuery, FileTargets files) {
        public Context(Workspace workspace, Messages messages, TaskRunner runner, Consumer<String> notifier,
                       Clock clock, Path exportFolder, FileOpener opener) {
            this(workspace, messages, runner, notifier, clock, exportFolder, opener, WorkstationPreferences.inMemory(),
                    DocumentQuery::all, FileTargets.dialogs());
        }

        public Context(Workspace workspace, Messages messages, TaskRunner runner, Consumer<String> notifier,
                       Clock clock, WorkstationPreferences preferences) {
            this(workspace, messages, runner, notifier, clock, null, FileOpener.desktop(), preferences,
                    DocumentQuery::all, FileTargets.dialogs());
        }

        public Context(Workspace workspace, Messages messages, TaskRunner runner, Consumer<String> notifier,
                       Clock clock, Supplier<DocumentQuery> registerQuery, FileTargets files) {
            this(workspace, messages, runner, notifier, clock, null, FileOpener.desktop(),
                    WorkstationPreferences.inMemory(), registerQuery, files);
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
        factories.put(Section.REVIEW, org.normdesk.ui.review.ReviewSectionView::create);
        factories.put(Section.CLEANUP, CleanupSection::create);
        factories.put(Section.UPWARD, org.normdesk.ui.upward.UpwardSectionView::create);
        factories.put(Section.STATISTICS, StatisticsSection::create);
        factories.put(Section.SETTINGS, org.normdesk.ui.settings.SettingsSection::create);
        return factories;
    }
}

package org.normdesk.ui.shell;

import javafx.scene.Node;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.cleanup.CleanupSection;
import org.normdesk.ui.common.FileTargets;
import org.normdesk.ui.stats.StatisticsSection;
import org.normdesk.ui.task.TaskRunner;

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
     * What a section's view gets: the open register and the shell's shared services.
     *
     * @param registerQuery the register view's current filters and search (清理 adds "the current register search")
     * @param files         where exported files go
     */
    public record Context(Workspace workspace, Messages messages, TaskRunner runner, Consumer<String> notifier,
                          Clock clock, Supplier<DocumentQuery> registerQuery, FileTargets files) {
    }

    @FunctionalInterface
    public interface Factory {
        Node create(Context context);
    }

    public static Map<Section, Factory> all() {
        Map<Section, Factory> factories = new EnumMap<>(Section.class);
        factories.put(Section.CLEANUP, CleanupSection::create);
        factories.put(Section.STATISTICS, StatisticsSection::create);
        return factories;
    }
}

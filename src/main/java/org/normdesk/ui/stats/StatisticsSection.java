package org.normdesk.ui.stats;

import javafx.scene.Node;
import org.normdesk.service.Workspace;
import org.normdesk.service.stats.AnnualReport;
import org.normdesk.service.stats.DashboardService;
import org.normdesk.ui.common.ViewLoader;
import org.normdesk.ui.shell.SectionViews;

/** Builds the 统计 section for the main window. */
public final class StatisticsSection {
    private StatisticsSection() {
    }

    public static Node create(SectionViews.Context context) {
        Workspace ws = context.workspace();
        DashboardService dashboard = new DashboardService(ws.filings(), ws.register(), context.clock());
        AnnualReport report = new AnnualReport(ws.tally(), dashboard, ws.campaigns(), ws.settings(), ws.print(),
                context.clock());
        StatisticsViewModel vm = new StatisticsViewModel(ws.tally(), dashboard, report, ws.register(), ws.upward(),
                context.messages(), context.runner(), context.notifier(), context.clock());
        return ViewLoader.load("/stats/StatisticsView.fxml", context.messages(), new StatisticsView(vm, context.files()))
                .root();
    }
}

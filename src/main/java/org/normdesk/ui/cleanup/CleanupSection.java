package org.normdesk.ui.cleanup;

import javafx.scene.Node;
import org.normdesk.service.Workspace;
import org.normdesk.service.cleanup.CatalogueExport;
import org.normdesk.ui.common.ViewLoader;
import org.normdesk.ui.shell.SectionViews;

/** Builds the 清理 section for the main window. */
public final class CleanupSection {
    private CleanupSection() {
    }

    public static Node create(SectionViews.Context context) {
        Workspace ws = context.workspace();
        CleanupViewModel vm = new CleanupViewModel(ws.campaigns(), ws.register(),
                new CatalogueExport(ws.campaigns(), ws.register(), ws.print()), context.messages(), context.runner(),
                context.notifier(), context.clock(), context.registerQuery());
        vm.setAuditTrail(ws.audit());
        return ViewLoader.load("/cleanup/CleanupView.fxml", context.messages(), new CleanupView(vm, context.files()))
                .root();
    }
}

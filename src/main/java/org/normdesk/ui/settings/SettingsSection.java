package org.normdesk.ui.settings;

import javafx.application.Platform;
import javafx.scene.Node;
import org.normdesk.service.settings.ConnectionCheck;
import org.normdesk.ui.common.ViewLoader;
import org.normdesk.ui.shell.SectionViews;

/** Builds the settings section for the shell (registered in {@link SectionViews#all()}). */
public final class SettingsSection {
    private SettingsSection() {
    }

    public static Node create(SectionViews.Context c) {
        SettingsViewModel vm = new SettingsViewModel(c.workspace(), c.preferences(),
                new ConnectionCheck(c.clock())::test, c.messages(), c.runner(), c.notifier(), c.clock());
        Node root = load(vm, c).root();
        // read afresh each time the section is shown: the demo import, or another workstation on a shared
        // register, may have changed the settings since
        root.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.load();
            }
        });
        // the shell hides it when it is added; if it is the section on show, read it now
        Platform.runLater(() -> {
            if (root.isVisible()) {
                vm.load();
            }
        });
        return root;
    }

    static ViewLoader.Loaded<SettingsView> load(SettingsViewModel vm, SectionViews.Context c) {
        return ViewLoader.load("/settings/SettingsView.fxml", c.messages(), new SettingsView(),
                new UnitSettingsView(vm.unit()), new DeadlinesView(vm.deadlines()),
                new ValidityRulesView(vm.validity()),
                new CalendarSettingsView(vm.calendar()), new IssuersView(vm.issuers()),
                new DatabaseSettingsView(vm.database()), new LanguageView(vm.language()),
                new AccountsView(vm.accounts(), c.messages()), new RulePackView(vm.rulePack()));
    }
}

package org.normdesk.ui.filing;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.normdesk.service.filing.IntakeRow;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Forms;

/** Controller of filing/TodayPanel.fxml: today's date, overdue and 漏报 counts, what is due this week. */
public final class TodayPanelView {
    /** Set on a count that needs attention (more than none overdue). */
    private static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");

    @FXML private javafx.scene.layout.VBox todayPanel;
    @FXML private Label todayLabel;
    @FXML private Label overdueLabel;
    @FXML private Label unfiledCountLabel;
    @FXML private ListView<IntakeRow> dueWeekList;

    private final IntakeViewModel vm;

    public TodayPanelView(IntakeViewModel vm) {
        this.vm = vm;
    }

    /** Adds a part of another workflow at the bottom of the panel (e.g. the upward filings due). */
    public void add(javafx.scene.Node part) {
        todayPanel.getChildren().add(part);
    }

    @FXML
    private void initialize() {
        Messages messages = vm.messages();
        todayLabel.setText(vm.todayText());
        overdueLabel.textProperty().bind(vm.overdueCountProperty().map(n -> messages.format("intake.today.overdue", n)));
        vm.overdueCountProperty().addListener((obs, old, now) ->
                overdueLabel.pseudoClassStateChanged(ALERT, now.intValue() > 0));
        unfiledCountLabel.textProperty().bind(Bindings.size(vm.unfiled())
                .map(n -> messages.format("intake.today.unfiled", n)));
        Bindings.size(vm.unfiled()).addListener((obs, old, now) ->
                unfiledCountLabel.pseudoClassStateChanged(ALERT, now.intValue() > 0));
        dueWeekList.setItems(vm.dueThisWeek());
        dueWeekList.setCellFactory(list -> Forms.fittingCell(vm::dueCaption));
        // choosing an entry shows that filing in the queue
        dueWeekList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.select(now.filingId());
            }
        });
    }
}

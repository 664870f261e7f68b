package org.normdesk.ui.upward;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.ui.common.Forms;
import org.normdesk.ui.common.ViewLoader;
import org.normdesk.ui.shell.SectionViews;

/**
 * Controller of upward/UpwardDuePanel.fxml, shown in the 登记 section's "today" panel: upward filings overdue or
 * due soon; choosing one opens it in the 向上报备 section.
 */
public final class UpwardDuePanelView {
    private static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");

    @FXML private Label upwardDueCount;
    @FXML private ListView<UpwardFiling> upwardDueList;

    private final UpwardDueViewModel vm;

    public UpwardDuePanelView(UpwardDueViewModel vm) {
        this.vm = vm;
    }

    /** The panel, read now and again whenever {@code shownWith} becomes visible. */
    public static Node create(SectionViews.Context c, Node shownWith) {
        UpwardDueViewModel vm = new UpwardDueViewModel(c.workspace().upward(), c.messages(), c.runner(), c.clock());
        Node root = ViewLoader.load("/upward/UpwardDuePanel.fxml", c.messages(), new UpwardDuePanelView(vm)).root();
        root.setUserData(vm);
        shownWith.visibleProperty().addListener((o, was, now) -> {
            if (now) {
                vm.refresh();
            }
        });
        vm.refresh();
        return root;
    }

    @FXML
    private void initialize() {
        upwardDueCount.textProperty().bind(Bindings.createStringBinding(vm::countText, vm.items(), vm.overdueProperty()));
        vm.overdueProperty().addListener((o, was, now) -> upwardDueCount.pseudoClassStateChanged(ALERT, now.intValue() > 0));
        upwardDueList.setItems(vm.items());
        upwardDueList.setCellFactory(list -> {
            var cell = Forms.<UpwardFiling>fittingCell(vm::caption);
            cell.itemProperty().addListener((o, was, now) -> {
                cell.pseudoClassStateChanged(ALERT, now != null && vm.overdue(now));
            });
            return cell;
        });
        upwardDueList.setOnMouseClicked(e -> open());
        upwardDueList.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                open();
            }
        });
    }

    private void open() {
        UpwardFiling chosen = upwardDueList.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            upwardDueList.fireEvent(new UpwardOpenEvent(chosen.id()));
            upwardDueList.getSelectionModel().clearSelection();
        }
    }
}

package org.normdesk.ui.stats;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.filing.DueHealth;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.stats.DashboardService.Dashboard;
import org.normdesk.service.stats.DashboardService.UnitCount;
import org.normdesk.ui.register.StatusStyle;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fills the dashboard's four charts from the figures, each bar and slice with a tooltip giving its number.
 * Colours come from style classes in css/app.css (statuses and deadline health keep their meaning everywhere).
 */
final class DashboardCharts {
    /** Key of the node property holding a bar's or slice's tooltip text (for tests and screen readers). */
    static final String TIP = "normdesk.chart.tip";

    private DashboardCharts() {
    }

    /** Whole numbers only on a count axis: half a filing means nothing. */
    static void countAxis(NumberAxis axis) {
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Integer.toString(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        axis.setForceZeroInRange(true);
    }

    static void months(BarChart<String, Number> chart, Dashboard d, Messages messages) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        List<String> categories = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            String month = Month.of(m + 1).getDisplayName(TextStyle.SHORT, messages.locale());
            categories.add(month);
            XYChart.Data<String, Number> bar = new XYChart.Data<>(month, d.receivedByMonth().get(m));
            tooltip(bar, messages.format("stats.chart.monthTip", month, d.receivedByMonth().get(m)), null);
            series.getData().add(bar);
        }
        replace(chart, (CategoryAxis) chart.getXAxis(), categories, series);
    }

    static void statuses(PieChart chart, Dashboard d, Messages messages) {
        int total = d.byStatus().values().stream().mapToInt(Integer::intValue).sum();
        List<PieChart.Data> slices = new ArrayList<>();
        for (LifecycleStatus s : LifecycleStatus.values()) {
            int n = d.byStatus().get(s);
            if (n == 0) {
                continue;
            }
            PieChart.Data slice = new PieChart.Data(messages.label(s) + " " + n, n);
            String share = String.format(Locale.ROOT, "%.1f", 100.0 * n / total);
            String text = messages.format("stats.chart.statusTip", messages.label(s), n, share);
            String style = "pie-" + StatusStyle.of(s);
            slice.nodeProperty().addListener((obs, old, node) -> decorate(node, text, style));
            decorate(slice.getNode(), text, style);
            slices.add(slice);
        }
        chart.setData(FXCollections.observableArrayList(slices));
    }

    static void units(BarChart<Number, String> chart, Dashboard d, Messages messages) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<String> categories = new ArrayList<>();
        List<UnitCount> top = new ArrayList<>(d.topUnits());
        java.util.Collections.reverse(top); // a category axis runs upwards: the most at the top
        for (UnitCount u : top) {
            categories.add(u.unit());
            XYChart.Data<Number, String> bar = new XYChart.Data<>(u.filings(), u.unit());
            tooltip(bar, messages.format("stats.chart.unitTip", u.unit(), u.filings()), null);
            series.getData().add(bar);
        }
        chart.getData().clear();
        ((CategoryAxis) chart.getYAxis()).getCategories().setAll(categories);
        chart.getData().add(series);
    }

    static void health(BarChart<String, Number> chart, Dashboard d, Messages messages) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        List<String> categories = new ArrayList<>();
        for (DueHealth h : List.of(DueHealth.OK, DueHealth.DUE_SOON, DueHealth.OVERDUE, DueHealth.NONE)) {
            String label = messages.get("stats.health." + h.name());
            categories.add(label);
            XYChart.Data<String, Number> bar = new XYChart.Data<>(label, d.health().get(h));
            tooltip(bar, messages.format("stats.chart.healthTip", label, d.health().get(h), d.asOf()),
                    "health-" + h.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            series.getData().add(bar);
        }
        replace(chart, (CategoryAxis) chart.getXAxis(), categories, series);
    }

    private static <Y> void replace(BarChart<String, Y> chart, CategoryAxis axis, List<String> categories,
                                    XYChart.Series<String, Y> series) {
        chart.getData().clear();
        axis.getCategories().setAll(categories);
        chart.getData().add(series);
    }

    private static <X, Y> void tooltip(XYChart.Data<X, Y> data, String text, String style) {
        data.nodeProperty().addListener((obs, old, node) -> decorate(node, text, style));
        decorate(data.getNode(), text, style);
    }

    private static void decorate(Node node, String text, String style) {
        if (node == null) {
            return;
        }
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(node, tip);
        node.getProperties().put(TIP, text);
        if (!node.accessibleTextProperty().isBound()) { // a chart binds it for its bars
            node.setAccessibleText(text);
        }
        if (style != null && !node.getStyleClass().contains(style)) {
            node.getStyleClass().add(style);
        }
    }
}

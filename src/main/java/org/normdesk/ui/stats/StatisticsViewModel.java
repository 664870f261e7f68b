package org.normdesk.ui.stats;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.WritableImage;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.service.report.ExportFiles;
import org.normdesk.service.stats.AnnualReport;
import org.normdesk.service.stats.DashboardService;
import org.normdesk.service.stats.DashboardService.Dashboard;
import org.normdesk.service.stats.DashboardService.DocumentLine;
import org.normdesk.service.stats.Rate;
import org.normdesk.service.stats.Tally;
import org.normdesk.service.stats.TallyItem;
import org.normdesk.service.stats.TallyService;
import org.normdesk.service.stats.TallySheet;
import org.normdesk.service.upward.UpwardService;
import org.normdesk.service.upward.UpwardTally;
import org.normdesk.ui.common.Choice;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The statistics view (统计): a year and a filing unit, the tally with its formulas and cleanup totals, the
 * documents behind a figure, the dashboard's figures, and the annual report.
 */
public final class StatisticsViewModel {
    private final TallyService tally;
    private final UpwardService upward;
    private final DashboardService dashboard;
    private final AnnualReport report;
    private final RegisterService register;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;
    private final Clock clock;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final ObservableList<Choice<Issuer>> units = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Issuer>> unit = new SimpleObjectProperty<>(this, "unit");
    private final ObservableList<TallyRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TallyRow> cleanupRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Dashboard> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ObservableList<DocumentLine> drillRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper drillTitle = new ReadOnlyStringWrapper(this, "drillTitle", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** Only the newest request may fill the view: the user can change the year faster than it is counted. */
    private long generation;
    private long drillGeneration;
    private boolean choicesLoaded;

    public StatisticsViewModel(TallyService tally, DashboardService dashboard, AnnualReport report,
                               RegisterService register, Messages messages, TaskRunner runner,
                               Consumer<String> notifier, Clock clock) {
        this(tally, dashboard, report, register, null, messages, runner, notifier, clock);
    }

    /**
     * @param upward the upward filing counts shown under the tally for all units (null: not shown)
     */
    public StatisticsViewModel(TallyService tally, DashboardService dashboard, AnnualReport report,
                               RegisterService register, UpwardService upward, Messages messages, TaskRunner runner,
                               Consumer<String> notifier, Clock clock) {
        this.upward = upward;
        this.tally = tally;
        this.dashboard = dashboard;
        this.report = report;
        this.register = register;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
        this.clock = clock;
        drillTitle.set(messages.get("stats.drill.none"));
        units.add(new Choice<>(null, messages.get("stats.unit.all")));
        unit.set(units.get(0));
        year.addListener((obs, old, now) -> {
            if (now != null && choicesLoaded) {
                refresh();
            }
        });
        unit.addListener((obs, old, now) -> {
            if (now != null && choicesLoaded) {
                refresh();
            }
        });
    }

    /** Reads the years and filing units for the choosers (once), then counts. */
    public void load() {
        if (choicesLoaded) {
            refresh();
            return;
        }
        runner.run(messages.get("stats.loading"), progress -> new Choices(dashboard.years(), register.issuers()),
                choices -> {
                    years.setAll(choices.years());
                    units.remove(1, units.size());
                    choices.issuers().forEach(i -> units.add(new Choice<>(i, i.name())));
                    // year-end statistics are made after the year: last year by default, else the latest before it
                    int current = LocalDate.now(clock).getYear();
                    year.set(years.stream().filter(y -> y < current).findFirst()
                            .orElse(years.isEmpty() ? null : years.get(0)));
                    choicesLoaded = true;
                    refresh();
                }, this::failed);
    }

    /** Counts the chosen year and unit in the background. */
    public void refresh() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        long request = ++generation;
        Long unitId = unit.get() == null || unit.get().value() == null ? null : unit.get().value().id();
        busy.set(true);
        runner.run(messages.format("stats.counting", String.valueOf(y)),
                progress -> new Counted(tally.tally(y, unitId), dashboard.dashboard(y, unitId),
                        upward == null || unitId != null ? null : upward.tally(y)), counted -> {
                    if (request != generation) {
                        return;
                    }
                    busy.set(false);
                    error.set("");
                    fill(counted);
                }, failure -> {
                    busy.set(false);
                    failed(failure);
                });
    }

    private void fill(Counted counted) {
        Tally t = counted.tally();
        List<TallyRow> shown = new ArrayList<>();
        for (TallyItem item : TallyItem.values()) {
            shown.add(new TallyRow(item.name(), messages.label(item), Integer.toString(t.count(item)),
                    messages.get("stats.definition." + item.name()), t.counts().get(item).documentIds(), true));
        }
        for (Rate rate : t.rates()) {
            shown.add(new TallyRow(rate.kind().name(), messages.label(rate.kind()), percent(rate),
                    messages.get("formula." + rate.kind().name()) + " = " + rate.numerator().value() + " ÷ "
                            + rate.denominator().value(), rate.numerator().documentIds(), false));
        }
        if (counted.upward() != null) {
            // the own government's documents filed upward: issued, filed, on time, late, not filed, per body
            for (TallySheet.Line line : TallySheet.of(t, counted.upward(), null, messages).lines()) {
                if (line.part() == TallySheet.Part.UPWARD) {
                    shown.add(new TallyRow(line.key().replace('.', '-'), line.label(), line.value(), line.formula(),
                            line.documentIds(), !line.value().endsWith("%") && !line.value().equals("—")));
                }
            }
        }
        rows.setAll(shown);
        List<TallyRow> cleanup = new ArrayList<>();
        for (Disposition d : Disposition.values()) {
            List<Long> ids = t.cleanup().get(d);
            cleanup.add(new TallyRow("cleanup-" + d.name(), messages.label(d), Integer.toString(ids.size()), "", ids,
                    true));
        }
        cleanup.add(new TallyRow("cleanup-TOTAL", messages.get("stats.cleanup.total"),
                Integer.toString(t.cleanupTotal()), "", t.cleanup().values().stream().flatMap(List::stream).toList(),
                true));
        cleanupRows.setAll(cleanup);
        figures.set(counted.dashboard());
        drillRows.clear();
        drillTitle.set(messages.get("stats.drill.none"));
    }

    /** e.g. 98.28%; "—" when the denominator is zero. */
    String percent(Rate rate) {
        return rate.percent() == null ? messages.get("stats.rate.none") : AnnualReport.percent(rate);
    }

    /** Lists the documents behind {@code row}. */
    public void drill(TallyRow row) {
        if (row == null || !row.drillable()) {
            return;
        }
        long request = ++drillGeneration;
        runner.run(messages.get("stats.drill.loading"), progress -> dashboard.documents(row.documentIds()), lines -> {
            if (request == drillGeneration) {
                drillRows.setAll(lines);
                drillTitle.set(messages.format("stats.drill.title", row.label(), lines.size()));
            }
        }, this::failed);
    }

    /** Writes the annual report of the chosen year as .docx and PDF into {@code folder}. */
    public void writeAnnualReport(Path folder) {
        Integer y = year.get();
        if (y == null || folder == null) {
            return;
        }
        runner.run(messages.format("stats.report.running", String.valueOf(y)), progress -> report.write(y, folder, progress),
                files -> notifier.accept(messages.format("stats.report.done", files.stream()
                        .map(p -> p.getFileName().toString()).toList(), folder)), this::failed);
    }

    /** Writes a chart's picture as {@code folder/name.png} (encoded off the FX thread). */
    public void exportChart(String name, WritableImage image, Path folder) {
        if (image == null || folder == null) {
            return;
        }
        runner.run(messages.get("stats.chart.running"),
                progress -> ExportFiles.write(folder, name, "png", ChartImages.png(image)),
                file -> notifier.accept(messages.format("stats.chart.done", file.getFileName().toString(), folder)),
                this::failed);
    }

    /** File name of a chart's picture, e.g. 2019年各月收到备案件数. */
    public String chartName(String titleKey) {
        return messages.format("stats.chart.file", String.valueOf(year.get()), messages.get(titleKey));
    }

    private void failed(Throwable failure) {
        String text = ErrorText.of(failure, messages);
        error.set(text);
        notifier.accept(text);
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Choice<Issuer>> units() {
        return units;
    }

    public ObjectProperty<Choice<Issuer>> unitProperty() {
        return unit;
    }

    /** The counts, then the rates. */
    public ObservableList<TallyRow> rows() {
        return rows;
    }

    /** Per cleanup decision, then the total. */
    public ObservableList<TallyRow> cleanupRows() {
        return cleanupRows;
    }

    /** The dashboard's figures; null until counted. */
    public ReadOnlyObjectProperty<Dashboard> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ObservableList<DocumentLine> drillRows() {
        return drillRows;
    }

    public ReadOnlyStringProperty drillTitleProperty() {
        return drillTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    /** The row of {@code key}, if counted. */
    public TallyRow row(String key) {
        return java.util.stream.Stream.concat(rows.stream(), cleanupRows.stream())
                .filter(r -> Objects.equals(r.key(), key)).findFirst().orElse(null);
    }

    private record Choices(List<Integer> years, List<Issuer> issuers) {
    }

    /** @param upward the own government's upward filing counts; null when one filing unit is chosen */
    private record Counted(Tally tally, Dashboard dashboard, UpwardTally upward) {
    }
}

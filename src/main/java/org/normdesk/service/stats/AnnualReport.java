package org.normdesk.service.stats;

import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignState;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.Progress;
import org.normdesk.service.cleanup.CampaignService;
import org.normdesk.service.filing.DueHealth;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.report.PrintService;
import org.normdesk.service.report.TemplateFields;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.service.stats.DashboardService.Dashboard;
import org.normdesk.service.stats.DashboardService.DocumentLine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 年度规范性文件备案审查工作报告: the year's tally with its formulas, the cleanup results and the lists of
 * documents, filled into the editable template {@value #TEMPLATE}.docx and written as .docx and PDF. The PDF
 * renderer draws no pictures, so the dashboard's charts appear in the report as tables (表3–表6), and the report
 * says so. Always in Chinese: it is an official report, whatever the UI language.
 */
public final class AnnualReport {
    /** The template, in data/templates/. */
    public static final String TEMPLATE = "annual-report";

    private final TallyService tally;
    private final DashboardService dashboard;
    private final CampaignService campaigns;
    private final SettingsService settings;
    private final PrintService print;
    private final Clock clock;
    private final Messages chinese = Messages.load(Locale.SIMPLIFIED_CHINESE);

    public AnnualReport(TallyService tally, DashboardService dashboard, CampaignService campaigns,
                        SettingsService settings, PrintService print, Clock clock) {
        this.tally = tally;
        this.dashboard = dashboard;
        this.campaigns = campaigns;
        this.settings = settings;
        this.print = print;
        this.clock = clock;
    }

    /** The file name without extension, e.g. 2019年度规范性文件备案审查工作报告. */
    public static String baseName(int year) {
        return year + "年度规范性文件备案审查工作报告";
    }

    /** Writes the report of {@code year} as .docx and PDF into {@code outDir}; both files, .docx first. */
    public List<Path> write(int year, Path outDir, Progress progress) {
        progress.update(0, 3, "");
        TemplateFields fields = fields(year);
        progress.update(1, 3, ".docx");
        Path docx = print.writeDocx(TEMPLATE, fields, outDir, baseName(year));
        progress.update(2, 3, "PDF");
        Path pdf = print.writePdf(TEMPLATE, fields, outDir, baseName(year));
        progress.update(3, 3, "");
        return List.of(docx, pdf);
    }

    /** What the template is filled with (every placeholder is listed in data/templates/README.md). */
    public TemplateFields fields(int year) {
        Tally t = tally.tally(year, null);
        Dashboard d = dashboard.dashboard(year, null);
        LocalDate today = LocalDate.now(clock);
        String bureau = settings.unit().unitName();
        TemplateFields.Builder f = TemplateFields.builder()
                .put("year", Integer.toString(year))
                .put("bureauName", bureau == null || bureau.isBlank() ? "（单位名称）" : bureau)
                .put("reportDate", TemplateFields.officialDate(today))
                .put("asOfDate", TemplateFields.officialDate(today));
        for (TallyItem item : TallyItem.values()) {
            f.put(fieldName(item), Integer.toString(t.count(item)));
        }
        for (Rate rate : t.rates()) {
            f.put(fieldName(rate.kind()), percent(rate));
        }
        f.put("dueSoon", Integer.toString(d.health().get(DueHealth.DUE_SOON)));
        f.put("overdue", Integer.toString(d.health().get(DueHealth.OVERDUE)));
        int registerTotal = d.byStatus().values().stream().mapToInt(Integer::intValue).sum();
        f.put("registerTotal", Integer.toString(registerTotal));
        f.put("inForce", Integer.toString(d.byStatus().get(LifecycleStatus.VALID)
                + d.byStatus().get(LifecycleStatus.AMENDED)));

        List<Map<String, String>> figures = new ArrayList<>();
        for (TallyItem item : TallyItem.values()) {
            figures.add(row("item", chinese.label(item), "count", Integer.toString(t.count(item)),
                    "basis", chinese.get("stats.definition." + item.name())));
        }
        f.table("figures", figures);
        List<Map<String, String>> rates = new ArrayList<>();
        for (Rate rate : t.rates()) {
            rates.add(row("item", chinese.label(rate.kind()), "percent", percent(rate),
                    "formula", formula(rate)));
        }
        f.table("rates", rates);

        List<Map<String, String>> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(row("month", (m + 1) + "月", "count", Integer.toString(d.receivedByMonth().get(m))));
        }
        months.add(row("month", "合计", "count", Integer.toString(d.received())));
        f.table("months", months);
        List<Map<String, String>> units = new ArrayList<>();
        d.topUnits().forEach(u -> units.add(row("unit", u.unit(), "count", Integer.toString(u.filings()))));
        if (units.isEmpty()) {
            units.add(row("unit", "（本年度未收到备案件）", "count", "0"));
        }
        f.table("units", units);
        List<Map<String, String>> statuses = new ArrayList<>();
        for (LifecycleStatus s : LifecycleStatus.values()) {
            statuses.add(row("status", chinese.label(s), "count", Integer.toString(d.byStatus().get(s))));
        }
        statuses.add(row("status", "合计", "count", Integer.toString(registerTotal)));
        f.table("statuses", statuses);
        List<Map<String, String>> deadlines = new ArrayList<>();
        Map<DueHealth, String> healthLabels = new LinkedHashMap<>();
        healthLabels.put(DueHealth.OK, "期限内");
        healthLabels.put(DueHealth.DUE_SOON, "临近期限");
        healthLabels.put(DueHealth.OVERDUE, "已超过期限");
        healthLabels.put(DueHealth.NONE, "无办理期限");
        healthLabels.forEach((h, label) -> deadlines.add(row("health", label, "count",
                Integer.toString(d.health().get(h)))));
        f.table("deadlines", deadlines);

        cleanup(year, t, f);
        f.put("problems", problems(t, d));

        f.table("registeredList", lines(t.counts().get(TallyItem.REGISTERED).documentIds()));
        List<Long> returned = new ArrayList<>(t.counts().get(TallyItem.RETURNED).documentIds());
        t.counts().get(TallyItem.NOT_REGISTERED).documentIds().stream().filter(id -> !returned.contains(id))
                .forEach(returned::add);
        f.put("returnedCount", Integer.toString(returned.size()));
        f.table("returnedList", lines(returned));
        f.table("unfiledList", lines(t.counts().get(TallyItem.UNFILED).documentIds()));
        return f.build();
    }

    private void cleanup(int year, Tally t, TemplateFields.Builder f) {
        List<Campaign> done = campaigns.all().stream()
                .filter(c -> c.state() == CampaignState.FINALIZED && c.approvedOn() != null
                        && c.approvedOn().getYear() == year)
                .sorted(java.util.Comparator.comparing(Campaign::approvedOn)).toList();
        int total = t.cleanupTotal();
        f.put("cleanupTotal", Integer.toString(total));
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Disposition d : Disposition.values()) {
            int n = t.cleanup().get(d).size();
            rows.add(row("result", chinese.label(d), "count", Integer.toString(n)));
            if (n > 0 || d != Disposition.ALREADY_REPEALED) {
                parts.add(chinese.label(d) + n + "件");
            }
        }
        rows.add(row("result", "合计", "count", Integer.toString(total)));
        f.table("cleanup", rows);
        List<Map<String, String>> list = new ArrayList<>();
        for (Campaign c : done) {
            list.add(row("name", c.name(), "approvedBy", c.approvedBy() == null ? "" : c.approvedBy(),
                    "approvedOn", TemplateFields.officialDate(c.approvedOn()),
                    "resultDocNumber", c.resultDocNumber() == null ? "" : c.resultDocNumber(),
                    "count", Integer.toString(campaigns.items(c.id()).size())));
        }
        f.table("campaigns", list);
        if (total == 0) {
            f.put("cleanupSummary", year + "年度没有经审议通过的规范性文件清理结果。");
        } else {
            List<String> names = done.stream().map(c -> "“" + c.name() + "”").toList();
            f.put("cleanupSummary", year + "年度共完成规范性文件清理" + done.size() + "次（" + String.join("、", names)
                    + "），清理规范性文件" + total + "件，其中" + String.join("、", parts) + "。");
        }
    }

    private String problems(Tally t, Dashboard d) {
        List<String> found = new ArrayList<>();
        if (t.count(TallyItem.LATE) > 0) {
            found.add("部分单位未在规定期限内报送备案，迟报" + t.count(TallyItem.LATE) + "件");
        }
        if (t.count(TallyItem.UNFILED) > 0) {
            found.add("应报备而逾期未报备的规范性文件" + t.count(TallyItem.UNFILED) + "件");
        }
        Rate conformity = t.rate(Rate.RateKind.CONFORMITY_RATE);
        if (conformity.percent() != null && conformity.percent() < 100) {
            found.add("规范率为" + percent(conformity) + "，部分报备材料一次报送不齐全");
        }
        Rate review = t.rate(Rate.RateKind.REVIEW_RATE);
        if (review.percent() != null && review.percent() < 100) {
            found.add("审查率为" + percent(review) + "，部分已登记文件尚未审结");
        }
        if (d.health().get(DueHealth.OVERDUE) > 0) {
            found.add("尚有" + d.health().get(DueHealth.OVERDUE) + "件备案件超过办理期限");
        }
        return found.isEmpty() ? "全年备案审查工作总体规范，未发现突出问题。" : String.join("；", found) + "。";
    }

    private List<Map<String, String>> lines(List<Long> ids) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (DocumentLine line : dashboard.documents(ids)) {
            rows.add(row("title", line.title(), "docNumber", line.docNumber(), "issuer", line.issuer()));
        }
        return rows;
    }

    /** e.g. 100.00%; "—" when the denominator is zero. */
    public static String percent(Rate rate) {
        Double p = rate.percent();
        return p == null ? "—" : String.format(Locale.ROOT, "%.2f%%", p);
    }

    /** The formula with the year's numbers: 报备率 = 实际报备数 ÷ 应报备数 = 20 ÷ 20. */
    private String formula(Rate rate) {
        return chinese.get("formula." + rate.kind().name()) + " = " + rate.numerator().value() + " ÷ "
                + rate.denominator().value();
    }

    /** e.g. {@code filedOnTime} for FILED_ON_TIME. */
    public static String fieldName(Enum<?> value) {
        String[] words = value.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}

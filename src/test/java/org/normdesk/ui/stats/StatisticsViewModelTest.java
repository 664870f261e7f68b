package org.normdesk.ui.stats;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.stats.AnnualReport;
import org.normdesk.service.stats.DashboardService;
import org.normdesk.testing.CleanupFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statistics view's behaviour without a stage, over a register with three filings received in 2019. */
class StatisticsViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private final List<String> notes = new ArrayList<>();
    private CleanupFixture fixture;
    private Issuer county;
    private StatisticsViewModel vm;

    @BeforeEach
    void open() {
        fixture = new CleanupFixture(dir.resolve("data"));
        var ws = fixture.workspace;
        county = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT,
                null));
        FilingView first = receive(county, "清丰县农村宅基地管理办法", "清政〔2019〕8号", "2019-07-20", "2019-08-01");
        ws.filings().register(first.filing().id(), first.filing().version(), true, true);
        receive(county, "清丰县城市供水管理办法", "清政〔2019〕9号", "2019-07-25", "2019-08-12");
        receive(fixture.education, "濮阳市中小学学籍管理办法", "濮教〔2019〕2号", "2019-06-01", "2019-06-20");
        DashboardService dashboard = new DashboardService(ws.filings(), ws.register(), CleanupFixture.CLOCK);
        vm = new StatisticsViewModel(ws.tally(), dashboard, new AnnualReport(ws.tally(), dashboard, ws.campaigns(),
                ws.settings(), ws.print(), CleanupFixture.CLOCK), ws.register(), messages, InlineTaskRunner.immediate(),
                notes::add, CleanupFixture.CLOCK);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private FilingView receive(Issuer unit, String title, String number, String published, String received) {
        return fixture.workspace.filings().receive(new ReceiveRequest(null, new DocumentInput(title, number,
                List.of(unit.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, published, null, null, null),
                unit.id(), received, FilingChannel.PAPER,
                MaterialKind.defaultRequired().stream().map(MaterialInput::present).toList(), true));
    }

    @Test
    void the_own_governments_upward_filings_are_counted_per_body_and_drill_down_to_the_document() {
        var ws = fixture.workspace;
        var rule = ws.register().add(new DocumentInput("濮阳市城市供热管理办法", "濮阳市人民政府令第61号",
                List.of(fixture.city.id()), DocumentType.GOVERNMENT_RULE, null, null, "2019-08-01", "2019-09-01", null,
                null));
        var province = ws.upward().propose(rule.id()).stream().filter(f -> f.destination().equals("省人民政府"))
                .findFirst().orElseThrow();
        ws.upward().markSent(province.id(), province.version(), "2019-08-20", FilingChannel.POST,
                MaterialKind.defaultRequired());
        DashboardService dashboard = new DashboardService(ws.filings(), ws.register(), CleanupFixture.CLOCK);
        vm = new StatisticsViewModel(ws.tally(), dashboard, new AnnualReport(ws.tally(), dashboard, ws.campaigns(),
                ws.settings(), ws.print(), CleanupFixture.CLOCK), ws.register(), ws.upward(), messages,
                InlineTaskRunner.immediate(), notes::add, CleanupFixture.CLOCK);
        vm.load();
        vm.yearProperty().set(2019);

        assertEquals("1", vm.row("upward-issued").value());
        assertEquals("0", vm.row("upward-filed").value(), "three of its four bodies are still to be sent to");
        assertEquals("1", vm.row("upward-notFiled").value());
        assertEquals("0.00%", vm.row("upward-filingRate").value());
        assertEquals("向上报备率 = 已向上报备数 ÷ 本级政府制定的文件数 = 0 ÷ 1", vm.row("upward-filingRate").explanation());
        assertEquals("1", vm.row("upward-省人民政府-onTime").value());
        assertEquals("100.00%", vm.row("upward-省人民政府-filingRate").value());
        assertEquals("1", vm.row("upward-国务院-notSent").value());
        vm.drill(vm.row("upward-省人民政府-sent"));
        assertEquals(List.of("濮阳市城市供热管理办法"),
                vm.drillRows().stream().map(DashboardService.DocumentLine::title).toList());

        vm.unitProperty().set(vm.units().stream().filter(c -> c.value() != null && c.value().id().equals(county.id()))
                .findFirst().orElseThrow());
        assertNull(vm.row("upward-issued"), "upward counts belong to the own government, not to a filing unit");
    }

    @Test
    void loading_chooses_last_year_and_counting_another_year_fills_the_tally_rates_and_charts() {
        vm.load();
        assertEquals(2018, vm.yearProperty().get(), "year-end statistics are for the year before");
        assertEquals(List.of(2019, 2018, 2017, 2016, 2015), vm.years());
        assertEquals("0", vm.row("RECEIVED").value());
        assertEquals("—（分母为0）", vm.row("REVIEW_RATE").value(), "nothing registered in 2018");

        vm.yearProperty().set(2019);
        assertEquals("3", vm.row("RECEIVED").value());
        assertEquals("1", vm.row("REGISTERED").value());
        assertEquals("当年首次收文的备案件", vm.row("RECEIVED").explanation());
        TallyRow filingRate = vm.row("FILING_RATE");
        assertFalse(filingRate.drillable());
        assertTrue(filingRate.explanation().startsWith("报备率 = 实际报备数 ÷ 应报备数 = "), filingRate.explanation());
        assertTrue(filingRate.value().endsWith("%"), filingRate.value());
        assertEquals("0.00%", vm.row("REVIEW_RATE").value(), "one registered, none reviewed");
        assertEquals(6, vm.cleanupRows().size());
        assertEquals("0", vm.row("cleanup-TOTAL").value());

        assertNotNull(vm.figuresProperty().get());
        assertEquals(3, vm.figuresProperty().get().received());
        assertEquals(2, vm.figuresProperty().get().receivedByMonth().get(7));
    }

    @Test
    void a_figure_lists_its_documents_and_the_unit_narrows_the_count() {
        vm.load();
        vm.yearProperty().set(2019);
        vm.drill(vm.row("RECEIVED"));
        assertEquals("收到备案件数：3 件", vm.drillTitleProperty().get());
        assertEquals(List.of("濮阳市中小学学籍管理办法", "清丰县农村宅基地管理办法", "清丰县城市供水管理办法"),
                vm.drillRows().stream().map(DashboardService.DocumentLine::title).toList());

        vm.unitProperty().set(vm.units().stream().filter(c -> c.value() != null && c.value().id().equals(county.id()))
                .findFirst().orElseThrow());
        assertEquals("2", vm.row("RECEIVED").value());
        assertTrue(vm.drillRows().isEmpty(), "a new count clears the old list");
        assertEquals("点击左侧的数字，列出它所统计的文件", vm.drillTitleProperty().get());
    }

    @Test
    void the_annual_report_is_written_into_the_chosen_folder() {
        vm.load();
        vm.yearProperty().set(2019);
        vm.writeAnnualReport(dir.resolve("out"));
        assertTrue(Files.exists(dir.resolve("out").resolve("2019年度规范性文件备案审查工作报告.docx")));
        assertTrue(Files.exists(dir.resolve("out").resolve("2019年度规范性文件备案审查工作报告.pdf")));
        assertTrue(notes.get(notes.size() - 1).startsWith("已生成 2019年度规范性文件备案审查工作报告.docx、"), notes.toString());
        assertEquals("2019年各月收到备案件数", vm.chartName("stats.chart.months"));
    }
}

package org.normdesk.service.stats;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.demo.DemoRegisterService;
import org.normdesk.service.report.DocxTemplate;
import org.normdesk.service.report.TemplateFields;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The annual report of the demo register's 2019, written as .docx and PDF and read back. */
class AnnualReportTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path dir;
    static Workspace ws;
    static AnnualReport report;
    static DashboardService dashboard;
    static List<String> cleaned;

    @BeforeAll
    static void demoRegisterWithA2019Cleanup() {
        ws = Workspace.openEmbedded(new DataFolder(dir.resolve("data")), CLOCK);
        ws.demo().importRegister(DemoRegisterService.readShipped(), Progress.NONE);
        List<DocumentSummary> inForce = ws.register().search(new DocumentQuery(null, Set.of(LifecycleStatus.VALID),
                Set.of(), 2015, null, 3));
        cleaned = inForce.stream().map(DocumentSummary::title).toList();
        Campaign c = ws.campaigns().create("2019年规范性文件专项清理", "国办发〔2018〕37号", CampaignTrigger.SPECIAL,
                LocalDate.of(2019, 8, 31));
        List<Long> ids = inForce.stream().map(DocumentSummary::id).toList();
        ws.campaigns().addToScope(c.id(), ids);
        ws.campaigns().decide(c.id(), ids.subList(0, 2), Disposition.CONTINUE, "继续有效", null);
        ws.campaigns().decide(c.id(), ids.subList(2, 3), Disposition.REPEAL, "已不适应改革要求", null);
        ws.campaigns().finalizeCampaign(c.id(), c.version(), "市政府第32次常务会议", LocalDate.of(2019, 8, 23),
                "濮政〔2019〕20号", Progress.NONE);
        dashboard = new DashboardService(ws.filings(), ws.register(), CLOCK);
        report = new AnnualReport(ws.tally(), dashboard, ws.campaigns(), ws.settings(), ws.print(), CLOCK);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Test
    void the_fields_fill_the_shipped_template_exactly() throws Exception {
        TemplateFields fields = report.fields(2019);
        DocxTemplate template = ws.print().template(AnnualReport.TEMPLATE);
        DocxTemplate.Placeholders wanted = template.placeholders();
        assertEquals(wanted.fields(), Set.copyOf(wanted.fields().stream().filter(fields.values()::containsKey).toList()),
                "every field the template uses is supplied");
        for (Map.Entry<String, java.util.Set<String>> table : wanted.tables().entrySet()) {
            assertTrue(fields.table(table.getKey()).isPresent(), table.getKey());
        }
        assertEquals("62", fields.value("received").orElseThrow());
        assertEquals("24", fields.value("registered").orElseThrow());
        assertEquals(13, fields.table("months").orElseThrow().size(), "twelve months and the total");
        assertEquals("62", fields.table("months").orElseThrow().get(12).get("count"));
        assertEquals(24, fields.table("registeredList").orElseThrow().size());
    }

    @Test
    void the_report_is_written_as_docx_and_pdf_with_its_headings_figures_formulas_and_lists() throws Exception {
        List<Path> files = report.write(2019, dir.resolve("out"), Progress.NONE);
        assertEquals(List.of("2019年度规范性文件备案审查工作报告.docx", "2019年度规范性文件备案审查工作报告.pdf"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        Tally tally = ws.tally().tally(2019, null);
        Rate filing = tally.rate(Rate.RateKind.FILING_RATE);
        String formula = "报备率=实际报备数÷应报备数=" + filing.numerator().value() + "÷" + filing.denominator().value();
        String registeredTitle = dashboard.documents(tally.counts().get(TallyItem.REGISTERED).documentIds()).get(0).title();

        String docx;
        try (InputStream in = Files.newInputStream(files.get(0)); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            docx = text.getText().replaceAll("\\s+", "");
        }
        String pdf;
        try (PDDocument doc = Loader.loadPDF(files.get(1).toFile())) {
            // the page footers (第 N 页 共 M 页) fall inside sentences that cross a page
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", "").replaceAll("第\\d+页共\\d+页", "");
            assertEquals("2019年度规范性文件备案审查工作报告", doc.getDocumentInformation().getTitle());
        }
        for (String text : List.of(docx, pdf)) {
            for (String expected : List.of("2019年度规范性文件备案审查工作报告", "濮阳市司法局",
                    "一、基本情况", "二、备案登记情况", "三、审查情况", "四、清理情况", "五、存在问题和下一步工作",
                    "共收到报送备案的规范性文件62件，准予备案登记24件", formula, "表1", "收到备案件数", "统计口径",
                    "当年首次收文的备案件", "以表格形式列示", "各月收到备案件数", "12月",
                    "清理规范性文件3件，其中继续有效2件、修改0件、宣布失效0件、废止1件",
                    "2019年规范性文件专项清理", "市政府第32次常务会议",
                    "附件1", "准予备案登记的规范性文件目录（共24件）", registeredTitle, "附件3",
                    "2020年1月15日")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }
}

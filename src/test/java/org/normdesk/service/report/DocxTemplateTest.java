package org.normdesk.service.report;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxTemplateTest {

    // --- placeholders in text ----------------------------------------------------------------------------

    @Test
    void a_placeholder_split_across_runs_is_replaced_and_takes_the_formatting_of_its_first_run() throws IOException {
        DocxTemplate template = template(doc -> {
            XWPFParagraph p = doc.createParagraph();
            run(p, "报送单位：", false);          // Word splits text like this after an edit or a spell check
            run(p, "{{fil", true);
            run(p, "ingU", false);
            run(p, "nit}}", false);
            run(p, "。", false);
        });

        try (XWPFDocument filled = open(template.fill(fields("filingUnit", "濮阳市华龙区人民政府")))) {
            XWPFParagraph p = filled.getParagraphs().get(0);
            assertEquals("报送单位：濮阳市华龙区人民政府。", p.getText());
            XWPFRun value = p.getRuns().stream().filter(r -> r.text().contains("濮阳")).findFirst().orElseThrow();
            assertTrue(value.isBold(), "the value keeps the formatting of the run the placeholder started in");
            assertFalse(p.getRuns().get(0).isBold(), "text before the placeholder keeps its own formatting");
        }
    }

    @Test
    void text_around_a_split_placeholder_survives_and_several_placeholders_in_one_paragraph_are_all_filled()
            throws IOException {
        DocxTemplate template = template(doc -> {
            XWPFParagraph p = doc.createParagraph();
            run(p, "《{{doc", false);
            run(p, "Title}}》（{", false);
            run(p, "{docNumber}}）{{ issuingBody }}", false);
        });

        TemplateFields f = TemplateFields.builder().put("docTitle", "濮阳市城市绿化管理办法")
                .put("docNumber", "濮政〔2019〕12号").put("issuingBody", "濮阳市人民政府").build();
        try (XWPFDocument filled = open(template.fill(f))) {
            assertEquals("《濮阳市城市绿化管理办法》（濮政〔2019〕12号）濮阳市人民政府",
                    filled.getParagraphs().get(0).getText());
        }
    }

    @Test
    void placeholders_are_filled_in_table_cells_headers_and_footers() throws IOException {
        DocxTemplate template = template(doc -> {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("回执 {{registrationNo}}");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("{{bureauName}}");
            XWPFTable t = doc.createTable(1, 2);
            t.getRow(0).getCell(0).setText("文号");
            t.getRow(0).getCell(1).setText("{{docNumber}}");
        });

        TemplateFields f = TemplateFields.builder().put("registrationNo", "濮司备〔2019〕15号")
                .put("bureauName", "濮阳市司法局").put("docNumber", "濮政〔2019〕12号").build();
        try (XWPFDocument filled = open(template.fill(f))) {
            assertEquals("回执 濮司备〔2019〕15号", filled.getHeaderList().get(0).getText().strip());
            assertEquals("濮阳市司法局", filled.getFooterList().get(0).getText().strip());
            assertEquals("濮政〔2019〕12号", filled.getTables().get(0).getRow(0).getCell(1).getText());
        }
    }

    @Test
    void a_line_break_in_a_value_becomes_a_line_break_in_word() throws IOException {
        DocxTemplate template = template(doc -> run(doc.createParagraph(), "{{address}}", false));
        try (XWPFDocument filled = open(template.fill(fields("address", "濮阳市华龙区\n人民路 1 号")))) {
            XWPFRun run = filled.getParagraphs().get(0).getRuns().get(0);
            assertEquals(1, run.getCTR().sizeOfBrArray());
            assertEquals("濮阳市华龙区\n人民路 1 号", run.text());
        }
    }

    @Test
    void braces_typed_by_a_user_are_kept_as_text() throws IOException {
        DocxTemplate template = template(doc -> run(doc.createParagraph(), "{{note}}", false));
        try (XWPFDocument filled = open(template.fill(fields("note", "见附件 {{1}}")))) {
            assertEquals("见附件 {{1}}", filled.getParagraphs().get(0).getText());
        }
    }

    // --- repeated rows -----------------------------------------------------------------------------------

    @Test
    void the_marked_row_is_repeated_once_per_data_row_in_order_and_the_rows_around_it_stay() throws IOException {
        DocxTemplate template = template(DocxTemplateTest::reasonsTable);
        TemplateFields f = TemplateFields.builder()
                .put("total", "3").put("ending", "。")
                .row("reasons", Map.of("problem", "缺少备案报告", "note", "应加盖印章"))
                .row("reasons", Map.of("problem", "缺少起草说明", "note", "说明制定依据"))
                .row("reasons", Map.of("problem", "缺少合法性审核意见", "note", "—"))
                .build();

        try (XWPFDocument filled = open(template.fill(f))) {
            List<XWPFTableRow> rows = filled.getTables().get(0).getRows();
            assertEquals(5, rows.size());
            assertEquals(List.of("序号", "问题或缺少的材料", "说明"), texts(rows.get(0)));
            assertEquals(List.of("1", "缺少备案报告", "应加盖印章。"), texts(rows.get(1)));
            assertEquals(List.of("2", "缺少起草说明", "说明制定依据。"), texts(rows.get(2)));
            assertEquals(List.of("3", "缺少合法性审核意见", "—。"), texts(rows.get(3)));
            assertEquals(List.of("合计", "3", ""), texts(rows.get(4)));
        }
    }

    @Test
    void no_data_rows_remove_the_marked_row() throws IOException {
        DocxTemplate template = template(DocxTemplateTest::reasonsTable);
        TemplateFields f = TemplateFields.builder().put("total", "0").table("reasons", List.of()).build(); // no "ending": nothing uses it
        try (XWPFDocument filled = open(template.fill(f))) {
            List<XWPFTableRow> rows = filled.getTables().get(0).getRows();
            assertEquals(2, rows.size());
            assertEquals("合计", rows.get(1).getCell(0).getText());
        }
    }

    @Test
    void a_marker_on_a_line_of_its_own_leaves_no_empty_line() throws IOException {
        DocxTemplate template = template(doc -> {
            XWPFTable t = doc.createTable(1, 1);
            XWPFTableCell cell = t.getRow(0).getCell(0);
            cell.setText("{{#rows:items}}");
            cell.addParagraph().createRun().setText("{{items.name}}");
        });
        TemplateFields f = TemplateFields.builder().row("items", Map.of("name", "甲")).row("items", Map.of("name", "乙"))
                .build();
        try (XWPFDocument filled = open(template.fill(f))) {
            XWPFTable t = filled.getTables().get(0);
            assertEquals(2, t.getRows().size());
            assertEquals(1, t.getRow(0).getCell(0).getParagraphs().size());
            assertEquals("甲", t.getRow(0).getCell(0).getText());
            assertEquals("乙", t.getRow(1).getCell(0).getText());
        }
    }

    // --- refusals ----------------------------------------------------------------------------------------

    @Test
    void fields_the_template_expects_but_the_caller_did_not_supply_are_refused_all_named_at_once() {
        DocxTemplate template = template(doc -> {
            run(doc.createParagraph(), "{{filingUnit}}：{{docNumber}}", false);
            run(doc.createParagraph(), "{{bureauName}}", false);
        });
        ReportException e = assertThrows(ReportException.class,
                () -> template.fill(fields("filingUnit", "濮阳市华龙区人民政府")));
        assertEquals("report.field.missing", e.messageKey());
        assertArrayEquals(new Object[]{"{{docNumber}}、{{bureauName}}", "test-template"}, e.args());
    }

    @Test
    void an_unknown_placeholder_is_refused_with_its_name() {
        for (String bad : List.of("{{reasons.problem}}", "{{}}", "{{报送 单位}}", "{{#rows:reasons}}")) {
            DocxTemplate template = template(doc -> run(doc.createParagraph(), "见 " + bad, false));
            ReportException e = assertThrows(ReportException.class,
                    () -> template.fill(TemplateFields.builder().table("reasons", List.of()).build()), bad);
            assertEquals("report.placeholder.unknown", e.messageKey(), bad);
            assertEquals(bad, e.args()[0], bad);
        }
    }

    @Test
    void half_a_placeholder_left_by_an_edit_is_refused_with_its_context() {
        DocxTemplate template = template(doc -> run(doc.createParagraph(), "文号：{{docNumber}", false));
        ReportException e = assertThrows(ReportException.class, () -> template.fill(fields("docNumber", "x")));
        assertEquals("report.placeholder.unknown", e.messageKey());
        assertTrue(e.args()[0].toString().contains("{{docNumber}"), e.args()[0].toString());
    }

    @Test
    void a_repeated_row_without_its_table_or_a_row_without_a_column_is_refused() {
        DocxTemplate template = template(DocxTemplateTest::reasonsTable);
        ReportException noTable = assertThrows(ReportException.class,
                () -> template.fill(TemplateFields.builder().put("total", "1").put("ending", "").build()));
        assertEquals("report.table.missing", noTable.messageKey());
        assertEquals("reasons", noTable.args()[0]);

        ReportException noColumn = assertThrows(ReportException.class, () -> template.fill(TemplateFields.builder()
                .put("total", "1").put("ending", "").row("reasons", Map.of("problem", "缺少备案报告")).build()));
        assertEquals("report.table.columnMissing", noColumn.messageKey());
        assertArrayEquals(new Object[]{"reasons", "1", "note", "test-template"}, noColumn.args());
    }

    @Test
    void fields_supplied_but_not_used_are_fine_a_bureau_may_delete_a_line() throws IOException {
        DocxTemplate template = template(doc -> run(doc.createParagraph(), "{{a}}", false));
        TemplateFields f = TemplateFields.builder().put("a", "甲").put("b", "乙").table("t", List.of()).build();
        try (XWPFDocument filled = open(template.fill(f))) {
            assertEquals("甲", filled.getParagraphs().get(0).getText());
        }
    }

    @Test
    void a_file_that_is_not_a_docx_is_refused_when_loaded() {
        ReportException e = assertThrows(ReportException.class,
                () -> DocxTemplate.of("broken", "not a zip".getBytes()));
        assertEquals("report.template.unreadable", e.messageKey());
        assertEquals("broken", e.args()[0]);
    }

    @Test
    void the_template_says_what_it_expects() {
        DocxTemplate template = template(doc -> {
            run(doc.createParagraph(), "{{filingUnit}}：{{doc", false);
            run(doc.getParagraphs().get(0), "Number}}", false);
            reasonsTable(doc);
        });
        DocxTemplate.Placeholders p = template.placeholders();
        assertEquals(Set.of("filingUnit", "docNumber", "ending", "total"), p.fields());
        assertEquals(Map.of("reasons", Set.of("#", "problem", "note")), p.tables());
        assertEquals(Set.of(), p.unknown());
    }

    // --- helpers -----------------------------------------------------------------------------------------

    /** 序号 | 问题 | 说明, a repeated row (with a plain field in it), and a total row after it. */
    static void reasonsTable(XWPFDocument doc) {
        XWPFTable t = doc.createTable(3, 3);
        List<XWPFTableRow> rows = t.getRows();
        rows.get(0).getCell(0).setText("序号");
        rows.get(0).getCell(1).setText("问题或缺少的材料");
        rows.get(0).getCell(2).setText("说明");
        // the marker and the number split over runs, as Word might save them
        XWPFParagraph first = rows.get(1).getCell(0).getParagraphs().get(0);
        run(first, "{{#rows:re", false);
        run(first, "asons}}{{reasons.#}}", false);
        rows.get(1).getCell(1).setText("{{reasons.problem}}");
        XWPFParagraph note = rows.get(1).getCell(2).getParagraphs().get(0);
        run(note, "{{reasons.note}}", false);
        run(note, "{{ending}}", false);
        rows.get(2).getCell(0).setText("合计");
        rows.get(2).getCell(1).setText("{{total}}");
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        return r;
    }

    static TemplateFields fields(String name, String value) {
        return TemplateFields.builder().put(name, value).build();
    }

    static DocxTemplate template(Consumer<XWPFDocument> build) {
        try (XWPFDocument doc = new XWPFDocument()) {
            build.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return DocxTemplate.of("test-template", out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }
}

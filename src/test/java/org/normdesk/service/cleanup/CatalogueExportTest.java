package org.normdesk.service.cleanup;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.service.Progress;
import org.normdesk.testing.CleanupFixture;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published catalogues of a finalized cleanup, written as real files and read back. */
class CatalogueExportTest {
    @TempDir
    Path dir;

    private Campaign finalizedCampaign(CleanupFixture f) {
        CampaignService campaigns = f.workspace.campaigns();
        Campaign c = campaigns.create("2019年市政府规范性文件清理", "国办发〔2018〕37号", CampaignTrigger.ROUTINE,
                LocalDate.of(2019, 10, 31));
        campaigns.addToScope(c.id(), f.cityIds());
        List<Long> ids = f.cityIds();
        campaigns.decide(c.id(), ids.subList(0, 2), Disposition.CONTINUE, "符合上位法规定，继续有效", null);
        campaigns.decide(c.id(), ids.subList(2, 3), Disposition.AMEND, "部分条款与上位法不一致", null);
        campaigns.decide(c.id(), ids.subList(3, 4), Disposition.EXPIRE, "有效期届满", null);
        campaigns.decide(c.id(), ids.subList(4, 5), Disposition.REPEAL, "已被新文件替代", f.educationDocument.id());
        return campaigns.finalizeCampaign(c.id(), c.version(), "市政府第32次常务会议", LocalDate.of(2019, 8, 23),
                "濮政〔2019〕20号", Progress.NONE);
    }

    @Test
    void each_catalogue_is_an_excel_sheet_with_the_published_columns_and_its_documents() throws Exception {
        try (CleanupFixture f = new CleanupFixture(dir.resolve("data"))) {
            Campaign c = finalizedCampaign(f);
            CatalogueExport export = new CatalogueExport(f.workspace.campaigns(), f.workspace.register(),
                    f.workspace.print());

            Path xlsx = export.writeXlsx(c.id(), Disposition.CONTINUE, dir.resolve("out"));
            assertEquals("2019年市政府规范性文件清理-继续有效目录.xlsx", xlsx.getFileName().toString());
            List<List<String>> rows = read(xlsx);
            assertEquals("继续有效的规范性文件目录", rows.get(0).get(0));
            assertTrue(rows.get(1).get(0).contains("共2件"), rows.get(1).toString());
            assertTrue(rows.get(1).get(0).contains("市政府第32次常务会议"), rows.get(1).toString());
            assertEquals(CatalogueExport.COLUMNS, rows.get(2));
            assertEquals(List.of("1", CleanupFixture.CITY_TITLES.get(0), CleanupFixture.CITY_NUMBERS.get(0),
                    "濮阳市人民政府", "继续有效", "符合上位法规定，继续有效"), rows.get(3));
            assertEquals(CleanupFixture.CITY_TITLES.get(1), rows.get(4).get(1));
            assertEquals(5, rows.size());

            List<List<String>> repealed = read(export.writeXlsx(c.id(), Disposition.REPEAL, dir.resolve("out")));
            assertEquals(4, repealed.size());
            assertEquals("废止", repealed.get(3).get(4));
            assertEquals("已被新文件替代（依据：《" + CleanupFixture.EDUCATION_TITLE + "》濮教〔2018〕3号）",
                    repealed.get(3).get(5));
        }
    }

    @Test
    void each_catalogue_prints_from_the_template_as_docx_and_pdf() throws Exception {
        try (CleanupFixture f = new CleanupFixture(dir.resolve("data"))) {
            Campaign c = finalizedCampaign(f);
            CatalogueExport export = new CatalogueExport(f.workspace.campaigns(), f.workspace.register(),
                    f.workspace.print());

            List<Path> files = export.writeDocxAndPdf(c.id(), Disposition.EXPIRE, dir.resolve("out"));
            assertEquals(List.of("2019年市政府规范性文件清理-失效目录.docx", "2019年市政府规范性文件清理-失效目录.pdf"),
                    files.stream().map(p -> p.getFileName().toString()).toList());
            String docx;
            try (InputStream in = Files.newInputStream(files.get(0)); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                docx = text.getText();
            }
            assertTrue(docx.contains("宣布失效的规范性文件目录"), docx);
            assertTrue(docx.contains(CleanupFixture.CITY_TITLES.get(3)), docx);
            assertTrue(docx.contains("有效期届满"), docx);
            assertTrue(!docx.contains(CleanupFixture.CITY_TITLES.get(0)), "only the expired documents: " + docx);

            String pdf = pdfText(files.get(1));
            for (String expected : List.of("宣布失效的规范性文件目录", "共1件", "序号", "文件名称", "文号", "制定机关",
                    "清理结果", "说明", CleanupFixture.CITY_TITLES.get(3), "濮政〔2017〕8号", "宣布失效", "有效期届满",
                    "市政府第32次常务会议", "2019年8月23日", "濮政〔2019〕20号")) {
                assertTrue(pdf.contains(expected), expected + " in " + pdf);
            }
        }
    }

    @Test
    void an_empty_catalogue_still_has_its_title_and_columns() throws Exception {
        try (CleanupFixture f = new CleanupFixture(dir.resolve("data"))) {
            Campaign c = finalizedCampaign(f);
            CatalogueExport export = new CatalogueExport(f.workspace.campaigns(), f.workspace.register(),
                    f.workspace.print());
            List<List<String>> rows = read(export.writeXlsx(c.id(), Disposition.ALREADY_REPEALED, dir));
            assertEquals(3, rows.size());
            assertEquals(CatalogueExport.COLUMNS, rows.get(2));
            assertTrue(pdfText(export.writeDocxAndPdf(c.id(), Disposition.ALREADY_REPEALED, dir).get(1))
                    .contains("共0件"));
        }
    }

    static List<List<String>> read(Path xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                        default -> cell.getStringCellValue();
                    });
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}

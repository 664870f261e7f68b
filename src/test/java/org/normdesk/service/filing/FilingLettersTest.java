package org.normdesk.service.filing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.settings.UnitSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The receipt and the return notice, written as real files and read back. */
class FilingLettersTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-10-14T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    @Test
    void a_registered_filing_gets_a_receipt_and_a_returned_one_a_notice_naming_what_is_missing() throws Exception {
        try (Workspace ws = Workspace.openEmbedded(new DataFolder(tempDir.resolve("data")), CLOCK)) {
            Issuer county = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
            ws.settings().save(new UnitSettings("濮阳市司法局", "濮", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                    MaterialKind.defaultRequired(), Set.of()));
            FilingView complete = ws.filings().receive(request(county, "清丰县农村宅基地管理办法", "清政〔2019〕8号",
                    MaterialKind.defaultRequired().stream().map(MaterialInput::present).toList()));
            ws.filings().register(complete.filing().id(), complete.filing().version(), true, true);
            List<Path> receipt = ws.letters().receipt(complete.filing().id(), tempDir.resolve("out"));
            assertEquals(2, receipt.size());
            assertTrue(receipt.get(0).toString().endsWith(".docx"));
            String receiptText = pdfText(receipt.get(1));
            assertTrue(receiptText.contains("濮规备字〔2019〕1号"), receiptText);
            assertTrue(receiptText.contains("清丰县人民政府"), receiptText);
            assertTrue(receiptText.contains("濮阳市司法局"), receiptText);

            FilingView incomplete = ws.filings().receive(request(county, "清丰县城市供水管理办法", "清政〔2019〕9号",
                    List.of(MaterialInput.present(MaterialKind.FILING_REPORT), MaterialInput.present(MaterialKind.OFFICIAL_TEXT))));
            ws.filings().returnForCorrection(incomplete.filing().id(), incomplete.filing().version(), List.of("第五条缺少上位法依据"));
            String noticeText = pdfText(ws.letters().returnNotice(incomplete.filing().id(), tempDir.resolve("out")).get(1));
            assertTrue(noticeText.contains("第五条缺少上位法依据"), noticeText);
            assertTrue(noticeText.contains("起草说明"), "the missing materials are listed: " + noticeText);
            assertTrue(Files.size(receipt.get(0)) > 1000);
        }
    }

    private static ReceiveRequest request(Issuer county, String title, String number, List<MaterialInput> materials) {
        return new ReceiveRequest(null, new DocumentInput(title, number, List.of(county.id()),
                DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-09-20", null, null, null), county.id(),
                "2019-10-08", FilingChannel.PAPER, materials, true);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}

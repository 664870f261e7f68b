package org.normdesk.service.upward;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.domain.upward.UpwardState;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The filing package of a city rule for one of its four bodies: refused as sent while materials are missing,
 * prepared with the 备案报告 (.docx and PDF) and the stored materials named as upper bodies expect, as a folder
 * and a .zip with its checklist; then sent. On H2 and PostgreSQL, with real files.
 */
class UpwardPackagesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-08-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Messages ZH = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_package_is_prepared_with_its_letter_and_materials_and_only_then_sent(DatabaseKind kind) throws Exception {
        try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("attachments"), CLOCK,
                () -> "clerk")) {
            Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            Issuer county = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
            ws.settings().save(new UnitSettings("濮阳市司法局", "濮", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                    MaterialKind.defaultRequired(), Set.of(city.id())));
            NormativeDocument rule = ws.register().add(new DocumentInput("濮阳市燃气管理办法", "濮阳市人民政府令第24号",
                    List.of(city.id()), DocumentType.GOVERNMENT_RULE, null, null, "2019-07-22", "2019-09-01", null, null));
            List<UpwardFiling> destinations = ws.upward().propose(rule.id());
            UpwardFiling province = destinations.stream().filter(f -> f.destination().equals("省人民政府")).findFirst().orElseThrow();
            UpwardFiling council = destinations.stream().filter(f -> f.destination().equals("国务院")).findFirst().orElseThrow();
            UpwardPackages packages = ws.upwardPackages();

            // nothing attached, no package yet: every required material is missing and sending is refused
            assertEquals(List.copyOf(MaterialKind.defaultRequired()), packages.checklist(province.id()).missingRequired());
            DomainException refused = assertThrows(DomainException.class,
                    () -> packages.markSent(province.id(), province.version(), "2019-08-15", FilingChannel.POST));
            assertEquals("upward.package.missing", refused.messageKey());
            assertTrue(ZH.format(refused).startsWith("尚缺必需的报备材料：备案报告、正式文本、起草说明、制定依据、合法性审核意见，"),
                    ZH.format(refused));
            assertEquals(UpwardState.TO_PREPARE, ws.upward().get(province.id()).state(), "nothing saved");

            Path text = pdf(tempDir.resolve("燃气管理办法（正式文本）.PDF"), "Gas rules of Puyang");
            Path explanation = docx(tempDir.resolve("起草说明.docx"), "关于《濮阳市燃气管理办法》的起草说明");
            Path basis = Files.writeString(tempDir.resolve("依据.txt"), "《城镇燃气管理条例》");
            packages.attach(rule.id(), MaterialKind.OFFICIAL_TEXT, text);
            packages.attach(rule.id(), MaterialKind.DRAFTING_EXPLANATION, explanation);
            packages.attach(rule.id(), MaterialKind.LEGAL_BASIS, basis);
            assertEquals(List.of(MaterialKind.FILING_REPORT, MaterialKind.LEGALITY_REVIEW_OPINION),
                    packages.checklist(province.id()).missingRequired());

            // prepared with the opinion still missing: the package says so, and sending stays refused
            Path out = tempDir.resolve("out");
            UpwardPackages.Package first = packages.prepare(province.id(), out);
            assertEquals(List.of(MaterialKind.LEGALITY_REVIEW_OPINION), first.checklist().missingRequired());
            assertTrue(Files.readString(first.folder().resolve("材料清单.txt")).contains("尚缺必需材料：合法性审核意见"));
            refused = assertThrows(DomainException.class,
                    () -> packages.markSent(province.id(), province.version(), "2019-08-15", FilingChannel.POST));
            assertEquals("尚缺必需的报备材料：合法性审核意见，不能标记为已报送。请先补齐材料并准备报备材料（备案报告在准备报备材料时生成）",
                    ZH.format(refused));

            Path opinion = docx(tempDir.resolve("合法性审核意见.docx"), "经审核，该规章草案合法。");
            packages.attach(rule.id(), MaterialKind.LEGALITY_REVIEW_OPINION, opinion);
            UpwardPackages.Package made = packages.prepare(province.id(), out);
            assertEquals(List.of(), made.checklist().missingRequired());
            assertEquals("濮阳市人民政府令第24号《濮阳市燃气管理办法》备案材料（报省人民政府）", made.folder().getFileName().toString());
            List<String> files;
            try (var listing = Files.list(made.folder())) {
                files = listing.map(p -> p.getFileName().toString()).sorted().toList();
            }
            assertEquals(List.of("1-备案报告.docx", "1-备案报告.pdf", "2-正式文本.pdf", "3-起草说明.docx", "4-制定依据.txt",
                    "5-合法性审核意见.docx", "材料清单.txt"), files, "the earlier package was replaced whole");
            assertArrayEquals(Files.readAllBytes(text), Files.readAllBytes(made.folder().resolve("2-正式文本.pdf")));
            assertEquals(files.stream().map(f -> made.folder().getFileName() + "/" + f).toList(), zipEntries(made.zip()));

            String letter;
            try (InputStream in = Files.newInputStream(made.letter().get(0));
                 XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(in))) {
                letter = words.getText();
            }
            assertTrue(letter.contains("关于《濮阳市燃气管理办法》的备案报告"), letter);
            assertTrue(letter.contains("省人民政府："), letter);
            assertTrue(letter.contains("《濮阳市燃气管理办法》（濮阳市人民政府令第24号）已于2019年7月22日公布，自2019年9月1日起施行。"
                    + "根据《法规规章备案审查条例》的规定，现将该规章及有关材料报上"), letter);
            assertTrue(letter.contains("《濮阳市燃气管理办法》正式文本"), letter);
            assertTrue(letter.contains("濮阳市人民政府") && letter.contains("2019年8月20日"), letter);
            try (PDDocument pdf = Loader.loadPDF(made.letter().get(1).toFile())) {
                String shown = new PDFTextStripper().getText(pdf);
                assertTrue(shown.contains("关于《濮阳市燃气管理办法》的备案报告"), shown);
                assertEquals("关于《濮阳市燃气管理办法》的备案报告", pdf.getDocumentInformation().getTitle());
            }

            UpwardFiling sent = packages.markSent(province.id(), province.version(), "2019-08-15", FilingChannel.POST);
            assertEquals(UpwardState.SENT, sent.state());
            assertEquals(MaterialKind.defaultRequired(), sent.materialsPresent());
            // the package for 省人民政府 does not stand for 国务院: its own 备案报告 is still to be drawn up
            refused = assertThrows(DomainException.class,
                    () -> packages.markSent(council.id(), council.version(), "2019-08-15", FilingChannel.POST));
            assertEquals("尚缺必需的报备材料：备案报告，不能标记为已报送。请先补齐材料并准备报备材料（备案报告在准备报备材料时生成）",
                    ZH.format(refused));

            NormativeDocument countyDoc = ws.register().add(new DocumentInput("清丰县集贸市场管理办法", "清政〔2019〕9号",
                    List.of(county.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-07-01", null, null, null));
            assertEquals("upward.notOwn", assertThrows(DomainException.class,
                    () -> packages.attach(countyDoc.id(), MaterialKind.OFFICIAL_TEXT, text)).messageKey());
            assertEquals("upward.package.reportGenerated", assertThrows(DomainException.class,
                    () -> packages.attach(rule.id(), MaterialKind.FILING_REPORT, text)).messageKey());
        }
    }

    private static Path pdf(Path file, String line) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setTitle(line);
            doc.save(file.toFile());
        }
        return file;
    }

    private static Path docx(Path file, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
        }
        return file;
    }

    private static List<String> zipEntries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}

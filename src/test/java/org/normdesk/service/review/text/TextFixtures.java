package org.normdesk.service.review.text;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Real .docx, .pdf and .txt files for the text import tests. {@link #main} writes the committed fixtures in
 * src/test/resources/review/text/ (GBK text, corrupt and encrypted .docx, encrypted and scanned PDF):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.normdesk.service.review.text.TextFixtures}.
 */
public final class TextFixtures {
    /** A short 办法 with chapters, a legal-basis sentence and several passages the rules should point at. */
    public static final String SAMPLE = """
            濮阳市城市道路挖掘管理办法
            第一章　总则
            第一条　为了加强城市道路挖掘管理，根据《城市道路管理条例》，结合本市实际，制定本办法。
            第二条　本办法适用于本市城市规划区内城市道路的挖掘管理。
            第二章　挖掘管理
            第三条　从事城市道路挖掘作业的单位，应当事先取得市政设施管理部门的挖掘许可。
            第四条　挖掘城市道路的，由管理单位按照每平方米20元的标准收取道路挖掘修复费。
            第五条　违反本办法第三条规定，擅自挖掘城市道路的，由城市管理部门责令改正，处5000元以上10000元以下罚款。
            第六条　违反本办法规定的其他行为，依照《城市道路管理条例》的规定处理。
            """.strip();

    private TextFixtures() {
    }

    public static Path docx(Path file, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        return file;
    }

    /**
     * A .docx whose articles are numbered by Word (第%1条 in 中文计数), so 第N条 is not in the paragraphs' text:
     * the first paragraph is the title, every other one an article's text without its number.
     */
    public static Path docxAutoNumbered(Path file, String title, List<String> articleTexts) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum abstractNum =
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(java.math.BigInteger.ZERO);
            var level = abstractNum.addNewLvl();
            level.setIlvl(java.math.BigInteger.ZERO);
            level.addNewStart().setVal(java.math.BigInteger.ONE);
            level.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.CHINESE_COUNTING);
            level.addNewLvlText().setVal("第%1条");
            var numbering = doc.createNumbering();
            java.math.BigInteger abstractId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum));
            java.math.BigInteger numId = numbering.addNum(abstractId);
            doc.createParagraph().createRun().setText(title);
            for (String text : articleTexts) {
                var p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(java.math.BigInteger.ZERO);
                p.createRun().setText(text);
            }
            doc.write(out);
        }
        return file;
    }

    /** A .docx whose last part is a table (an annex 附件 with the fee list). */
    public static Path docxWithTable(Path file, List<String> paragraphs, String[][] table) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            XWPFTable t = doc.createTable(table.length, table[0].length);
            for (int r = 0; r < table.length; r++) {
                for (int c = 0; c < table[r].length; c++) {
                    t.getRow(r).getCell(c).setText(table[r][c]);
                }
            }
            doc.write(out);
        }
        return file;
    }

    /**
     * A text PDF set in the bundled CJK font, with lines broken every {@code lineWidth} characters as a page
     * width would break them.
     */
    public static Path pdf(Path file, String text, int lineWidth) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream fontIn = TextFixtures.class.getResourceAsStream(
                "/data/fonts/wqy-microhei.ttc"); TrueTypeCollection fonts = new TrueTypeCollection(fontIn)) {
            PDType0Font font = PDType0Font.load(doc, fonts.getFontByName("WenQuanYiMicroHei"), true);
            List<String> lines = new java.util.ArrayList<>();
            for (String paragraph : text.split("\n")) {
                for (int i = 0; i < paragraph.length(); i += lineWidth) {
                    lines.add(paragraph.substring(i, Math.min(paragraph.length(), i + lineWidth)));
                }
            }
            int perPage = 40;
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.setLeading(18);
                    cs.newLineAtOffset(60, 780);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A scanned page: one image, no text layer. */
    public static Path scannedPdf(Path file) throws IOException {
        BufferedImage scan = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.setColor(Color.DARK_GRAY);
        for (int y = 80; y < 720; y += 28) {
            g.fillRect(60, y, 420 + (y * 7) % 60, 10); // lines of "text" as a scanner sees them
        }
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(file.toFile());
        }
        return file;
    }

    public static Path encryptedPdf(Path file, String password) throws IOException {
        Path plain = Files.createTempFile("plain", ".pdf");
        pdf(plain, SAMPLE, 40);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        Files.delete(plain);
        return file;
    }

    public static Path encryptedDocx(Path file, String password) throws Exception {
        Path plain = Files.createTempFile("plain", ".docx");
        docx(plain, Arrays.asList(SAMPLE.split("\n")));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs); InputStream in = Files.newInputStream(plain)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
        return file;
    }

    /** The first part of a real .docx: the zip's central directory is gone, as after a broken download. */
    public static Path corruptDocx(Path file) throws IOException {
        Path plain = Files.createTempFile("plain", ".docx");
        docx(plain, Arrays.asList(SAMPLE.split("\n")));
        byte[] whole = Files.readAllBytes(plain);
        Files.write(file, Arrays.copyOf(whole, whole.length / 3));
        Files.delete(plain);
        return file;
    }

    public static Path text(Path file, String text, Charset charset, byte... bom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bom);
        out.write(text.getBytes(charset));
        Files.write(file, out.toByteArray());
        return file;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/review/text");
        Files.createDirectories(dir);
        // what Notepad on a Chinese Windows saved: GBK with Windows line ends
        text(dir.resolve("gbk-notepad.txt"), SAMPLE.replace("\n", "\r\n"), Charset.forName("GBK"));
        corruptDocx(dir.resolve("corrupt.docx"));
        encryptedDocx(dir.resolve("password-protected.docx"), "secret");
        encryptedPdf(dir.resolve("password-protected.pdf"), "secret");
        scannedPdf(dir.resolve("scanned-no-text.pdf"));
    }
}

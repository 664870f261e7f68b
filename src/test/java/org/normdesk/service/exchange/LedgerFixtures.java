package org.normdesk.service.exchange;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.normdesk.service.demo.DemoRegister;
import org.normdesk.service.demo.DemoRegisterService;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the messy ledgers under {@code src/test/resources/ledgers/} from the demo register's rows, in the shapes
 * clerks' ledgers have (GBK CSV, merged title rows and a two-row header, subtotal rows, full-width digits, dates
 * written 2019年12月20日 / 二〇一九年… / as Excel serials, odd 文号 brackets, a truncated and a password-protected
 * workbook). The files are committed; run {@code main} only to make them again after changing this class.
 */
public final class LedgerFixtures {
    public static final Path FOLDER = Path.of("src/test/resources/ledgers");
    public static final String PASSWORD = "normdesk";
    /** A county document the demo register does not have: the merged ledger's one new row. */
    public static final String NEW_TITLE = "清丰县农村人居环境整治长效管理办法";
    public static final String NEW_NUMBER = "清政〔2020〕21号";

    private static final DemoRegister DEMO = DemoRegisterService.readShipped();
    private static final Map<String, DemoRegister.IssuerEntry> ISSUERS = new HashMap<>();

    static {
        DEMO.issuers().forEach(i -> ISSUERS.put(i.key(), i));
    }

    private LedgerFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(FOLDER);
        writeGbkCsv(FOLDER.resolve("city-2019-gbk.csv"));
        byte[] merged = mergedWorkbook();
        Files.write(FOLDER.resolve("county-merged-title.xlsx"), merged);
        Files.write(FOLDER.resolve("truncated.xlsx"), java.util.Arrays.copyOf(merged, merged.length * 3 / 5));
        Files.write(FOLDER.resolve("departments-2018-2019.xls"), departmentsXls());
        writeEncrypted(FOLDER.resolve("password.xlsx"));
        writeUtf8Csv(FOLDER.resolve("utf8-no-bom.csv"));
    }

    /** The demo's documents published in {@code year}, in register order. */
    public static List<DemoRegister.DocumentEntry> published(int year) {
        return DEMO.documents().stream().filter(d -> d.publishedDate() != null && d.publishedDate().startsWith(year + "-"))
                .toList();
    }

    public static String status(DemoRegister.DocumentEntry d) {
        return d.history().isEmpty() ? d.initialStatus() : d.history().get(d.history().size() - 1).to();
    }

    public static String issuerNames(DemoRegister.DocumentEntry d) {
        return String.join("、", d.issuers().stream().map(k -> ISSUERS.get(k).name()).toList());
    }

    public static DemoRegister.IssuerEntry lead(DemoRegister.DocumentEntry d) {
        return ISSUERS.get(d.issuers().get(0));
    }

    private static final Map<String, String> STATUS_LABELS = Map.of("NOT_YET_EFFECTIVE", "尚未施行", "VALID", "现行有效",
            "AMENDED", "已修改", "EXPIRED", "已失效", "REPEALED", "已废止", "REVOKED", "已撤销");
    private static final Map<String, String> CLEANUP_LABELS = Map.of("NOT_YET_EFFECTIVE", "尚未施行", "VALID", "继续有效",
            "AMENDED", "修改", "EXPIRED", "失效", "REPEALED", "废止", "REVOKED", "撤销");

    /** 2019年1月5日: no zero padding, as people write it. */
    static String chinese(String iso) {
        if (iso == null) {
            return "";
        }
        LocalDate d = LocalDate.parse(iso);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 二〇一九年十二月二十日. */
    static String chineseNumerals(String iso) {
        LocalDate d = LocalDate.parse(iso);
        String digits = "〇一二三四五六七八九";
        StringBuilder year = new StringBuilder();
        for (char c : Integer.toString(d.getYear()).toCharArray()) {
            year.append(digits.charAt(c - '0'));
        }
        return year + "年" + small(d.getMonthValue()) + "月" + small(d.getDayOfMonth()) + "日";
    }

    private static String small(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
    }

    /** 濮政〔2019〕12号 in the n-th odd form: [2019], 【2019】, （2019）, full-width digits, 第12号. */
    static String oddNumber(String number, int n) {
        if (number == null) {
            return "";
        }
        return switch (n % 6) {
            case 1 -> number.replace('〔', '[').replace('〕', ']');
            case 2 -> number.replace('〔', '【').replace('〕', '】');
            case 3 -> number.replace('〔', '（').replace('〕', '）');
            case 4 -> fullWidthDigits(number);
            case 5 -> number.contains("第") ? number.replace("第", "") : number.replaceFirst("〕", "〕第");
            default -> number;
        };
    }

    static String fullWidthDigits(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return out.toString();
    }

    private static void writeGbkCsv(Path file) throws IOException {
        List<DemoRegister.DocumentEntry> docs = published(2019);
        StringBuilder csv = new StringBuilder("序号,文件名称,发文字号,发文单位,印发日期,施行日期,有效期,清理结果,备注\r\n");
        int seq = 0;
        for (DemoRegister.DocumentEntry d : docs) {
            seq++;
            // trailing blanks and an ideographic space, as pasted from Word
            String title = d.title() + (seq % 4 == 0 ? "   " : seq % 4 == 1 ? "\u3000" : "");
            String effective = seq % 3 == 0 ? d.effectiveDate() == null ? "" : d.effectiveDate().replace('-', '.')
                    : chinese(d.effectiveDate());
            csv.append(seq).append(',').append(cell(title)).append(',').append(cell(oddNumber(d.docNumber(), seq)))
                    .append(',').append(cell(issuerNames(d))).append(',').append(chinese(d.publishedDate()))
                    .append(',').append(effective).append(',').append(chinese(d.validUntil())).append(',')
                    .append(CLEANUP_LABELS.get(status(d))).append(',').append(seq == 7 ? cell("经2019年清理，继续有效") : "")
                    .append("\r\n");
            if (seq == 30) {
                csv.append(",,,,,,,,\r\n");
            }
        }
        csv.append("合计,").append(docs.size()).append("件,,,,,,,\r\n");
        Files.write(file, encodeStrictly(csv.toString(), Charset.forName("GBK")));
    }

    private static byte[] encodeStrictly(String text, Charset charset) throws IOException {
        CharsetEncoder encoder = charset.newEncoder();
        java.nio.ByteBuffer bytes = encoder.encode(java.nio.CharBuffer.wrap(text));
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        return out;
    }

    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** County documents of 2018–2020 with their current status, and the rows that must not go in. */
    public static List<DemoRegister.DocumentEntry> countyDocuments() {
        List<DemoRegister.DocumentEntry> docs = new ArrayList<>();
        for (int year = 2018; year <= 2020; year++) {
            published(year).stream().filter(d -> lead(d).level().equals("COUNTY"))
                    .sorted(Comparator.comparing((DemoRegister.DocumentEntry d) -> lead(d).name())
                            .thenComparing(DemoRegister.DocumentEntry::publishedDate))
                    .forEach(docs::add);
        }
        return docs;
    }

    private static byte[] mergedWorkbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("县区文件");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            text(sheet, 0, 0, "濮阳市县区规范性文件备案台账（2018—2020年）");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
            text(sheet, 1, 0, "填报单位：濮阳市司法局　　　　填报日期：2020年12月31日");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 8));
            String[] top = {"序号", "文件名称", "文号", "制定机关", "日期", "", "有效期至", "效力状态", "备注"};
            for (int c = 0; c < top.length; c++) {
                text(sheet, 2, c, top[c]);
            }
            text(sheet, 3, 4, "发布日期");
            text(sheet, 3, 5, "施行日期");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 4, 5));
            for (int c : new int[]{0, 1, 2, 3, 6, 7, 8}) {
                sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
            }
            int r = 4;
            int seq = 0;
            String year = null;
            int inYear = 0;
            List<DemoRegister.DocumentEntry> docs = countyDocuments();
            int issuerStart = -1;
            String issuer = null;
            for (DemoRegister.DocumentEntry d : docs) {
                String docYear = d.publishedDate().substring(0, 4);
                if (year != null && !docYear.equals(year)) {
                    issuerStart = closeIssuer(sheet, issuerStart, r - 1);
                    issuer = null;
                    subtotal(sheet, r++, year, inYear);
                    inYear = 0;
                }
                year = docYear;
                seq++;
                inYear++;
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(seq);
                row.createCell(1).setCellValue(d.title() + (seq % 5 == 0 ? "  " : ""));
                row.createCell(2).setCellValue(oddNumber(d.docNumber(), seq));
                String names = issuerNames(d);
                if (!names.equals(issuer)) {
                    closeIssuer(sheet, issuerStart, r - 1);
                    issuerStart = r;
                    issuer = names;
                    row.createCell(3).setCellValue(names);
                }
                var published = row.createCell(4);
                published.setCellValue(LocalDate.parse(d.publishedDate()));
                published.setCellStyle(dateStyle);
                if (d.effectiveDate() != null) {
                    switch (seq % 3) {
                        case 0 -> row.createCell(5).setCellValue(chineseNumerals(d.effectiveDate()));
                        // an Excel serial in a cell without a date format, as after a copy through Notepad
                        case 1 -> row.createCell(5).setCellValue(excelSerial(LocalDate.parse(d.effectiveDate())));
                        default -> row.createCell(5).setCellValue(d.effectiveDate().replace('-', '/'));
                    }
                }
                if (d.validUntil() != null) {
                    row.createCell(6).setCellValue(chinese(d.validUntil()));
                }
                row.createCell(7).setCellValue(STATUS_LABELS.get(status(d)));
                r++;
            }
            closeIssuer(sheet, issuerStart, r - 1);
            subtotal(sheet, r++, year, inYear);
            // the new document, and rows a clerk must fix
            Row fresh = sheet.createRow(r++);
            fresh.createCell(0).setCellValue(++seq);
            fresh.createCell(1).setCellValue(NEW_TITLE);
            fresh.createCell(2).setCellValue(NEW_NUMBER.replace('〔', '(').replace('〕', ')'));
            fresh.createCell(3).setCellValue("清丰县人民政府");
            fresh.createCell(4).setCellValue("2020年12月10日");
            fresh.createCell(5).setCellValue("2021年1月10日");
            fresh.createCell(6).setCellValue("5年");
            Row badDate = sheet.createRow(r++);
            badDate.createCell(0).setCellValue(++seq);
            badDate.createCell(1).setCellValue("南乐县城区停车管理暂行办法");
            badDate.createCell(2).setCellValue("南政〔2020〕31号");
            badDate.createCell(3).setCellValue("南乐县人民政府");
            badDate.createCell(4).setCellValue("2020年13月5日");
            Row noIssuer = sheet.createRow(r++);
            noIssuer.createCell(0).setCellValue(++seq);
            noIssuer.createCell(1).setCellValue("台前县河道采砂管理办法");
            noIssuer.createCell(2).setCellValue("台政〔2020〕9号");
            noIssuer.createCell(4).setCellValue("2020-06-01");
            noIssuer.createCell(7).setCellValue("暂停执行");
            subtotal(sheet, r, "总", seq);
            sheet.getRow(r).getCell(0).setCellValue("总计");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    public static double excelSerial(LocalDate day) {
        return day.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
    }

    private static int closeIssuer(Sheet sheet, int start, int end) {
        if (start >= 0 && end > start) {
            sheet.addMergedRegion(new CellRangeAddress(start, end, 3, 3));
        }
        return -1;
    }

    private static void subtotal(Sheet sheet, int r, String year, int count) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(year + "年小计");
        row.createCell(1).setCellValue("共" + count + "件");
    }

    private static void text(Sheet sheet, int r, int c, String value) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        row.createCell(c).setCellValue(value);
    }

    /** City departments' documents, one sheet per year, in the old .xls format. */
    public static List<DemoRegister.DocumentEntry> departmentDocuments(int year) {
        return published(year).stream().filter(d -> lead(d).level().equals("CITY") && lead(d).kind().equals("DEPARTMENT"))
                .toList();
    }

    private static byte[] departmentsXls() throws IOException {
        try (Workbook book = new HSSFWorkbook()) {
            for (int year : new int[]{2018, 2019}) {
                Sheet sheet = book.createSheet(year + "年");
                String[] header = {"编号", "标题", "文号", "发文机关", "公布日期", "实施日期", "有效期", "状态", "类别"};
                for (int c = 0; c < header.length; c++) {
                    text(sheet, 0, c, header[c]);
                }
                int r = 1;
                for (DemoRegister.DocumentEntry d : departmentDocuments(year)) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(r++);
                    row.createCell(1).setCellValue(d.title());
                    row.createCell(2).setCellValue(d.docNumber());
                    row.createCell(3).setCellValue(issuerNames(d));
                    row.createCell(4).setCellValue(d.publishedDate());
                    row.createCell(5).setCellValue(d.effectiveDate() == null ? "" : d.effectiveDate());
                    row.createCell(6).setCellValue(d.validUntil() == null ? "长期" : d.validUntil());
                    row.createCell(7).setCellValue(STATUS_LABELS.get(status(d)));
                    row.createCell(8).setCellValue("部门规范性文件");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void writeEncrypted(Path file) throws Exception {
        Path plain = Files.createTempFile("ledger", ".xlsx");
        try {
            Files.write(plain, mergedWorkbook());
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
                Encryptor encryptor = info.getEncryptor();
                encryptor.confirmPassword(PASSWORD);
                try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                     OutputStream os = encryptor.getDataStream(fs)) {
                    opc.save(os);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    fs.writeFilesystem(out);
                }
            }
        } finally {
            Files.deleteIfExists(plain);
        }
    }

    private static void writeUtf8Csv(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("文件名称\t文号\t制定机关\t发布日期\t施行日期\n");
        for (DemoRegister.DocumentEntry d : published(2020).subList(0, 5)) {
            csv.append(d.title()).append('\t').append(d.docNumber() == null ? "" : d.docNumber()).append('\t')
                    .append(issuerNames(d)).append('\t').append(d.publishedDate()).append('\t')
                    .append(d.effectiveDate() == null ? "" : d.effectiveDate()).append('\n');
        }
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    }
}

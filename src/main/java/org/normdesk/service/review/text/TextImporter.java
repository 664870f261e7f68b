package org.normdesk.service.review.text;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.review.text.ArticleSplitter;
import org.normdesk.domain.review.text.DocumentText;
import org.normdesk.domain.review.text.Extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Reads a document's electronic text from .docx (POI), .txt (UTF-8 with or without BOM, UTF-16 with BOM,
 * otherwise GBK/GB18030 — what Chinese Windows Notepad saved for years) and PDF with a text layer (PDFBox),
 * and cuts it into articles. A corrupt or password-protected file is refused with a message naming it; a
 * scanned PDF gives {@link Extraction#NO_TEXT_LAYER}, so the reviewer knows to proceed without hints.
 */
public final class TextImporter {
    /** The text column's size; a normative document is a few ten thousand characters. */
    public static final int MAX_CHARACTERS = 1_000_000;
    /** Fewer visible characters than this per page means the pages are images (a scan). */
    private static final int MIN_CHARACTERS_PER_PAGE = 10;
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** A line that starts a new part: an article, chapter, section or item heading. */
    private static final Pattern HEADING_START = Pattern.compile(
            "^[ \\t\\u3000]*(第[零〇一二两三四五六七八九十百千0-9０-９]+[条章节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)");

    public ImportedText read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DomainException("review.text.fileMissing", "No file " + file, file.toString());
        } catch (IOException e) {
            throw new DomainException("review.text.unreadable", file + " cannot be read: " + e.getMessage(),
                    file.toString(), e.getMessage());
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        ImportedText read = switch (extension) {
            case "docx" -> docx(name, bytes);
            case "txt" -> txt(name, bytes);
            case "pdf" -> pdf(name, bytes);
            case "doc", "wps" -> throw new DomainException("review.text.oldWord",
                    name + " is an old Word/WPS file; save it as .docx first", name);
            default -> throw new DomainException("review.text.unsupported",
                    name + " is not a .docx, .txt or .pdf file", name);
        };
        if (read.text().text().length() > MAX_CHARACTERS) {
            throw new DomainException("review.text.tooLong", name + " has more than " + MAX_CHARACTERS + " characters",
                    name, MAX_CHARACTERS);
        }
        return read;
    }

    private ImportedText docx(String name, byte[] bytes) {
        try {
            FileMagic magic = FileMagic.valueOf(bytes);
            if (magic == FileMagic.OLE2) {
                // an encrypted .docx is an OLE2 container holding EncryptionInfo; otherwise it is an old .doc renamed
                try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                    if (fs.getRoot().hasEntry("EncryptionInfo")) {
                        throw new DomainException("review.text.docx.password",
                                name + " is protected by a password; save an unprotected copy first", name);
                    }
                }
                throw new DomainException("review.text.oldWord", name + " is an old Word file; save it as .docx first", name);
            }
            if (magic != FileMagic.OOXML) {
                throw corruptDocx(name, "not a zip container");
            }
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                StringBuilder text = new StringBuilder();
                Map<String, Integer> counters = new HashMap<>();
                for (IBodyElement element : doc.getBodyElements()) {
                    if (element instanceof XWPFParagraph p) {
                        text.append(numbering(p, counters)).append(p.getText()).append('\n');
                    } else if (element instanceof XWPFTable t) {
                        for (XWPFTableRow row : t.getRows()) {
                            StringJoiner cells = new StringJoiner("\t");
                            for (XWPFTableCell cell : row.getTableCells()) {
                                cells.add(cell.getText().replace('\n', ' '));
                            }
                            text.append(cells).append('\n');
                        }
                    }
                }
                return result(name, bytes, "docx", normalize(text.toString()));
            }
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a broken zip or missing parts with many exception types; all mean the same to the user
            throw corruptDocx(name, e.getMessage());
        }
    }

    /**
     * Word's automatic numbering (第%1条 in 中文计数, 一、, 1.) is not part of the paragraph's text; without it
     * an auto-numbered 办法 would have no articles. Counts per list and level, as Word does for simple lists.
     */
    private static String numbering(XWPFParagraph p, Map<String, Integer> counters) {
        if (p.getNumID() == null || p.getNumLevelText() == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
        String list = p.getNumID().toString();
        int number = counters.merge(list + "/" + level, 1, Integer::sum);
        counters.keySet().removeIf(k -> k.startsWith(list + "/") && Integer.parseInt(k.substring(list.length() + 1)) > level);
        String format = p.getNumFmt() == null ? "decimal" : p.getNumFmt();
        String shown = switch (format) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional" ->
                    ArticleSplitter.chineseNumeral(number);
            case "decimalFullWidth", "decimalFullWidth2" -> String.valueOf(number).chars()
                    .mapToObj(c -> String.valueOf((char) ('０' + (c - '0')))).reduce("", String::concat);
            case "bullet", "none" -> "";
            default -> String.valueOf(number);
        };
        String label = p.getNumLevelText().replace("%" + (level + 1), shown).replaceAll("%\\d", "");
        // Word puts a tab between the number and the text; a 第N条 heading is followed by a space in print
        return format.equals("bullet") ? "" : label + (label.endsWith("条") ? "　" : "");
    }

    private static DomainException corruptDocx(String name, String detail) {
        return new DomainException("review.text.docx.corrupt", name + " is not a readable .docx: " + detail, name);
    }

    private ImportedText txt(String name, byte[] bytes) {
        String format;
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            format = "txt UTF-8 BOM";
            text = decode(name, bytes, 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            format = "txt UTF-16LE";
            text = decode(name, bytes, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            format = "txt UTF-16BE";
            text = decode(name, bytes, 2, StandardCharsets.UTF_16BE);
        } else {
            // strict UTF-8 rarely decodes GBK text by accident (GBK's second bytes break UTF-8's continuation rule)
            String utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
            if (utf8 != null) {
                format = "txt UTF-8";
                text = utf8;
            } else {
                format = "txt GB18030";
                text = decode(name, bytes, 0, GB18030);
            }
        }
        return result(name, bytes, format, normalize(text));
    }

    private ImportedText pdf(String name, byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String raw = stripper.getText(doc);
            int visible = (int) raw.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000').count();
            if (visible < MIN_CHARACTERS_PER_PAGE * Math.max(1, doc.getNumberOfPages())) {
                return new ImportedText(name, sha256(bytes), "pdf", Extraction.NO_TEXT_LAYER, DocumentText.empty());
            }
            return result(name, bytes, "pdf", unwrapLines(normalize(raw)));
        } catch (InvalidPasswordException e) {
            throw new DomainException("review.text.pdf.password",
                    name + " is protected by a password; save an unprotected copy first", name);
        } catch (IOException | RuntimeException e) {
            throw new DomainException("review.text.pdf.corrupt", name + " is not a readable PDF: " + e.getMessage(), name);
        }
    }

    private static ImportedText result(String name, byte[] bytes, String format, String text) {
        Extraction extraction = text.isBlank() ? Extraction.NO_TEXT_LAYER : Extraction.TEXT;
        if (extraction == Extraction.NO_TEXT_LAYER && !format.equals("pdf")) {
            throw new DomainException("review.text.empty", name + " holds no text", name);
        }
        return new ImportedText(name, sha256(bytes), format, extraction, ArticleSplitter.split(text));
    }

    /** Line ends as \n, no trailing blanks on lines, no blank run longer than one empty line. */
    static String normalize(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace("\uFEFF", "");
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : unified.split("\n", -1)) {
            String stripped = line.stripTrailing();
            if (stripped.isBlank()) {
                if (++blank > 1 || out.isEmpty()) {
                    continue;
                }
                out.append('\n');
            } else {
                blank = 0;
                out.append(stripped).append('\n');
            }
        }
        return out.toString().strip();
    }

    /**
     * A PDF breaks lines where the page is full, inside sentences. A line is joined to the one before unless
     * that one ended a sentence or the line starts a new article, chapter or item — so a sentence is whole
     * again for the rules, which read sentence by sentence.
     */
    static String unwrapLines(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                String previous = lines[i - 1].strip();
                boolean ends = previous.isEmpty() || "。；：！？:;!?）)》".indexOf(previous.charAt(previous.length() - 1)) >= 0;
                boolean starts = line.isBlank() || HEADING_START.matcher(line).find();
                out.append(ends || starts ? "\n" : "");
                if (!(ends || starts)) {
                    line = line.stripLeading();
                }
            }
            out.append(line);
        }
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decode(String name, byte[] bytes, int offset, Charset charset) {
        String text = tryDecode(bytes, offset, charset);
        if (text == null) {
            throw new DomainException("review.text.txt.encoding",
                    name + " is neither UTF-8 nor GBK text; save it as UTF-8", name);
        }
        return text;
    }

    private static String tryDecode(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}

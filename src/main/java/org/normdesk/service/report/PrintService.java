package org.normdesk.service.report;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.DataFolder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Printable documents for every workflow: fills a named template and writes it as .docx (for editing before it
 * goes out) or as PDF (to print or send as is).
 *
 * <p>A template {@code name} is looked up as {@code <data folder>/templates/name.docx} first — a bureau's own
 * edited copy wins — then among the shipped templates ({@value #SHIPPED}name.docx in the jar). Files are
 * written whole or not at all: into a temporary file next to the target, then moved over it, so a crash or a
 * full disk never leaves half a document behind, and an earlier copy stays intact until the new one is complete.
 */
public final class PrintService {
    /** Where the shipped templates are on the classpath (copied there from {@code data/templates/}). */
    public static final String SHIPPED = "/data/templates/";
    /** 规范性文件备案登记回执. */
    public static final String FILING_RECEIPT = "filing-receipt";
    /** 规范性文件备案退回补正通知书. */
    public static final String RETURN_NOTICE = "return-notice";

    private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern NOT_IN_FILE_NAMES = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");

    private final Path userTemplates;
    private final Clock clock;
    private final DocxPdfRenderer renderer;

    /** Templates edited by the bureau live in {@code <data folder>/templates/}. */
    public PrintService(DataFolder folder, Clock clock) {
        this(folder.root().resolve("templates"), clock);
    }

    public PrintService(Path userTemplates, Clock clock) {
        this.userTemplates = Objects.requireNonNull(userTemplates, "userTemplates");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.renderer = new DocxPdfRenderer();
    }

    /** The folder where a bureau's own templates override the shipped ones (it may not exist yet). */
    public Path userTemplateFolder() {
        return userTemplates;
    }

    /** The template in use under this name: the bureau's copy if there is one, else the shipped one. */
    public DocxTemplate template(String templateName) {
        String name = checkTemplateName(templateName);
        Path own = userTemplates.resolve(name + ".docx");
        if (Files.isRegularFile(own)) {
            try (InputStream in = Files.newInputStream(own)) {
                return DocxTemplate.read(own.toString(), in);
            } catch (IOException e) {
                throw new ReportException("report.template.unreadable", "cannot read the template " + own + ": " + e,
                        own.toString(), String.valueOf(e.getMessage())).withCause(e);
            }
        }
        try (InputStream in = PrintService.class.getResourceAsStream(SHIPPED + name + ".docx")) {
            if (in == null) {
                throw new ReportException("report.template.notFound", "no template named " + name, name,
                        userTemplates.toString());
            }
            return DocxTemplate.read(name, in);
        } catch (IOException e) {
            throw new ReportException("report.template.unreadable", "cannot read the template " + name + ": " + e,
                    name, String.valueOf(e.getMessage())).withCause(e);
        }
    }

    /**
     * Puts a copy of the shipped template into the user folder, for the bureau to edit, unless it already has
     * one; returns the copy.
     */
    public Path customize(String templateName) {
        String name = checkTemplateName(templateName);
        Path own = userTemplates.resolve(name + ".docx");
        if (Files.isRegularFile(own)) {
            return own;
        }
        try (InputStream in = PrintService.class.getResourceAsStream(SHIPPED + name + ".docx")) {
            if (in == null) {
                throw new ReportException("report.template.notFound", "no template named " + name, name,
                        userTemplates.toString());
            }
            return writeAtomically(userTemplates, name + ".docx", in.readAllBytes());
        } catch (IOException e) {
            throw writeFailed(own, e);
        }
    }

    /** The filled template as .docx bytes (for a preview, or to attach to a record). */
    public byte[] fill(String templateName, TemplateFields fields) {
        return template(templateName).fill(fields);
    }

    /**
     * Fills the template and writes {@code outDir/baseName.docx}, replacing an earlier one.
     *
     * @param baseName the file name without extension; characters Windows does not allow become "_"
     * @return the file written
     */
    public Path writeDocx(String templateName, TemplateFields fields, Path outDir, String baseName) {
        byte[] docx = fill(templateName, fields);
        return writeAtomically(outDir, fileName(baseName) + ".docx", docx);
    }

    /**
     * Fills the template, renders the filled document as PDF and writes {@code outDir/baseName.pdf}, replacing
     * an earlier one. The PDF's title is the document's title (its Word title property, else its first line).
     */
    public Path writePdf(String templateName, TemplateFields fields, Path outDir, String baseName) {
        String file = fileName(baseName) + ".pdf";
        byte[] pdf = renderPdf(fill(templateName, fields), baseName);
        return writeAtomically(outDir, file, pdf);
    }

    /** Renders filled .docx bytes as PDF; {@code fallbackTitle} if the document names no title. */
    public byte[] renderPdf(byte[] filledDocx, String fallbackTitle) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(filledDocx))) {
            DocxPdfRenderer.Info info = new DocxPdfRenderer.Info(title(doc, fallbackTitle), clock.instant());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(doc, info, out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new ReportException("report.pdf.failed", "cannot make the PDF " + fallbackTitle + ": " + e,
                    fallbackTitle, String.valueOf(e.getMessage())).withCause(e);
        }
    }

    private static String title(XWPFDocument doc, String fallback) {
        String title = doc.getProperties().getCoreProperties().getTitle();
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && !p.getText().isBlank()) {
                return p.getText().strip();
            }
        }
        return fallback;
    }

    // --- files ---------------------------------------------------------------------------------------------

    private static String checkTemplateName(String templateName) {
        Objects.requireNonNull(templateName, "templateName");
        String name = templateName.endsWith(".docx")
                ? templateName.substring(0, templateName.length() - ".docx".length()) : templateName;
        if (!TEMPLATE_NAME.matcher(name).matches()) {
            throw new ReportException("report.template.notFound", "not a template name: " + templateName,
                    templateName, "-");
        }
        return name;
    }

    /** A file name Windows and Linux both accept, from a title or 文号 the user typed. */
    static String fileName(String baseName) {
        Objects.requireNonNull(baseName, "baseName");
        String name = NOT_IN_FILE_NAMES.matcher(baseName.strip()).replaceAll("_");
        name = name.replaceAll("[. ]+$", ""); // Windows drops trailing dots and spaces
        if (name.length() > 120) {
            name = name.substring(0, 120);
        }
        if (name.isBlank() || name.chars().allMatch(c -> c == '_')) {
            throw new ReportException("report.fileName.invalid", "not a usable file name: '" + baseName + "'",
                    baseName);
        }
        if (RESERVED.contains(name.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return name;
    }

    static Path writeAtomically(Path outDir, String fileName, byte[] bytes) {
        Path target = outDir.resolve(fileName);
        Path tmp = null;
        try {
            Files.createDirectories(outDir);
            tmp = Files.createTempFile(outDir, "." + fileName + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true); // on disk before the move makes it visible
            }
            readableLikeOtherFiles(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; the error below is what matters
                }
            }
            throw writeFailed(target, e);
        }
    }

    /** Temporary files are private to the user (0600); a letter is an ordinary file (0644) where that applies. */
    private static void readableLikeOtherFiles(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static ReportException writeFailed(Path target, IOException e) {
        return new ReportException("report.write.failed", "cannot write " + target + ": " + e, target.toString(),
                String.valueOf(e.getMessage())).withCause(e);
    }
}

package org.normdesk.service.upward;

import org.normdesk.domain.account.Role;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.domain.upward.UpwardState;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.service.report.PrintService;
import org.normdesk.service.report.TemplateFields;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.store.AttachmentStore;
import org.normdesk.store.Database;
import org.normdesk.store.UpwardStore;
import org.normdesk.store.UpwardStore.DocumentMaterial;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The filing package (报备材料) of one upward filing: the 备案报告 letter drawn up from the bureau's template
 * ({@value #TEMPLATE}.docx, .docx and PDF), the document's stored materials named the way upper bodies ask for
 * them (序号-材料名称), a 材料清单 of what is present and what is missing, and the same folder as a .zip. A
 * required material that is missing keeps the filing from being marked sent.
 */
public final class UpwardPackages {
    /** 向上报备的备案报告. */
    public static final String TEMPLATE = "upward-filing-report";
    /** The letter itself is drawn up here, never attached. */
    private static final MaterialKind REPORT = MaterialKind.FILING_REPORT;

    private final Database db;
    private final UpwardStore store;
    private final UpwardService upward;
    private final RegisterService register;
    private final SettingsService settings;
    private final PrintService print;
    private final AttachmentStore attachments;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Messages chinese = Messages.load(Locale.SIMPLIFIED_CHINESE);

    public UpwardPackages(Database db, UpwardService upward, RegisterService register, SettingsService settings,
                          PrintService print, AttachmentStore attachments, Clock clock, CurrentUser currentUser) {
        this.db = db;
        this.store = new UpwardStore(db);
        this.upward = upward;
        this.register = register;
        this.settings = settings;
        this.print = print;
        this.attachments = attachments;
        this.clock = clock;
        this.currentUser = currentUser;
        this.audit = new AuditService(db, clock, currentUser);
    }

    /**
     * One line of the checklist: a kind of material, whether the rules require it, and what is there.
     *
     * @param fileName the attached file's name; null for the 备案报告 (drawn up with the package) and when missing
     */
    public record Item(MaterialKind kind, boolean required, boolean present, String fileName) {
    }

    /** What one upward filing's package holds and lacks. */
    public record Checklist(long upwardId, List<Item> items) {
        public Checklist {
            items = List.copyOf(items);
        }

        public Set<MaterialKind> present() {
            Set<MaterialKind> kinds = EnumSet.noneOf(MaterialKind.class);
            items.stream().filter(Item::present).forEach(i -> kinds.add(i.kind()));
            return kinds;
        }

        /** Required and not there: these keep the filing from being marked sent. */
        public List<MaterialKind> missingRequired() {
            return items.stream().filter(i -> i.required() && !i.present()).map(Item::kind).toList();
        }
    }

    /**
     * A prepared package.
     *
     * @param folder the folder with the letter, the materials and 材料清单.txt
     * @param zip    the same as one .zip beside it
     * @param letter the 备案报告, .docx and PDF
     */
    public record Package(Path folder, Path zip, List<Path> letter, Checklist checklist) {
    }

    /** Stores {@code file} as the document's material of this kind (replacing an earlier one). */
    public Checklist attach(long documentId, MaterialKind kind, Path file) {
        currentUser.require(Role.REGISTRAR, "upward.attach");
        if (kind == REPORT) {
            throw new DomainException("upward.package.reportGenerated",
                    "The filing report is drawn up with the package, not attached");
        }
        if (!Files.isRegularFile(file)) {
            throw new DomainException("upward.package.noFile", "No file " + file, file.toString());
        }
        return db.transaction(() -> {
            NormativeDocument doc = register.get(documentId);
            upward.requireOwn(doc);
            long attachment = attachments.store(file, clock.instant());
            store.putDocumentMaterial(documentId, kind, attachment, file.getFileName().toString(), clock.instant(),
                    currentUser.name());
            audit.record("upward.attach", "document", documentId, null, Map.of("kind", kind.name(),
                    "file", file.getFileName().toString(), "attachment", attachment));
            List<UpwardFiling> filings = store.forDocument(documentId);
            return filings.isEmpty() ? checklist(documentId, Set.of()) : checklist(filings.get(0).id());
        });
    }

    /**
     * The materials of one upward filing: the stored files of its document, and the 备案报告 once a package
     * was prepared for this destination.
     */
    public Checklist checklist(long upwardId) {
        UpwardFiling filing = upward.get(upwardId);
        Set<MaterialKind> prepared = filing.materialsPresent().contains(REPORT) ? EnumSet.of(REPORT) : Set.of();
        return new Checklist(upwardId, items(filing.documentId(), prepared));
    }

    private Checklist checklist(long documentId, Set<MaterialKind> prepared) {
        return new Checklist(0, items(documentId, prepared));
    }

    private List<Item> items(long documentId, Set<MaterialKind> prepared) {
        Set<MaterialKind> required = settings.unit().requiredMaterials();
        Map<MaterialKind, String> files = new LinkedHashMap<>();
        store.documentMaterials(documentId).forEach(m -> files.put(m.kind(), m.fileName()));
        List<Item> items = new ArrayList<>();
        for (MaterialKind kind : MaterialKind.values()) {
            boolean present = kind == REPORT ? prepared.contains(REPORT) : files.containsKey(kind);
            if (required.contains(kind) || present) {
                items.add(new Item(kind, required.contains(kind), present, files.get(kind)));
            }
        }
        return items;
    }

    /**
     * Draws up the 备案报告 for this destination and writes the package into {@code outDir}: a folder named
     * after the document and the destination, and a .zip of it. Both replace an earlier package of the same name
     * only once the new one is complete. A package may be prepared with materials missing; its 材料清单 says so.
     */
    public Package prepare(long upwardId, Path outDir) {
        currentUser.require(Role.REGISTRAR, "upward.package");
        UpwardFiling filing = upward.get(upwardId);
        NormativeDocument doc = register.get(filing.documentId());
        upward.requireOwn(doc);
        List<DocumentMaterial> materials = store.documentMaterials(doc.id());
        String name = packageName(doc, filing.destination());
        TemplateFields fields = letterFields(doc, filing, materials);
        byte[] docx = print.fill(TEMPLATE, fields);
        byte[] pdf = print.renderPdf(docx, "关于《" + doc.title() + "》的备案报告");

        Path folder = outDir.resolve(name);
        Path zip = outDir.resolve(name + ".zip");
        Path work = null;
        try {
            Files.createDirectories(outDir);
            work = Files.createTempDirectory(outDir, ".package-");
            int n = 1;
            String reportName = n + "-" + chinese.label(REPORT);
            Files.write(work.resolve(reportName + ".docx"), docx);
            Files.write(work.resolve(reportName + ".pdf"), pdf);
            List<String> lines = new ArrayList<>();
            for (DocumentMaterial m : materials) {
                n++;
                String file = n + "-" + chinese.label(m.kind()) + extension(m.fileName());
                Files.copy(attachments.file(m.attachmentId()), work.resolve(file));
            }
            Checklist afterwards = new Checklist(upwardId, items(doc.id(), EnumSet.of(REPORT)));
            Files.writeString(work.resolve("材料清单.txt"), checklistText(doc, filing, afterwards, materials),
                    StandardCharsets.UTF_8);
            Path zipWork = outDir.resolve("." + name + ".zip.part");
            zip(work, name, zipWork);
            replace(work, folder);
            work = null;
            move(zipWork, zip);
            db.transaction(() -> {
                // once sent, the recorded materials are what went; a package made then is only a copy
                if (!upward.get(upwardId).state().sent() || upward.get(upwardId).state() == UpwardState.RETURNED) {
                    store.setMaterials(upwardId, afterwards.present());
                }
                audit.record("upward.package", "upward", upwardId, null, Map.of("folder", folder.toString(),
                        "missing", afterwards.missingRequired()));
            });
            return new Package(folder, zip, List.of(folder.resolve(reportName + ".docx"),
                    folder.resolve(reportName + ".pdf")), afterwards);
        } catch (IOException e) {
            throw new DomainException("upward.package.writeFailed", "Cannot write the package into " + outDir + ": "
                    + e.getMessage(), outDir.toString(), String.valueOf(e.getMessage()));
        } finally {
            if (work != null) {
                deleteTree(work);
            }
        }
    }

    /**
     * Marks the filing sent with what its checklist holds; refused, naming them, while a required material is
     * missing (a package not yet prepared lacks its 备案报告).
     */
    public UpwardFiling markSent(long upwardId, int version, String sentOn, FilingChannel how) {
        // who may send is told before what is missing
        currentUser.require(Role.REGISTRAR, "send an upward filing");
        Checklist checklist = checklist(upwardId);
        List<MaterialKind> missing = checklist.missingRequired();
        if (!missing.isEmpty()) {
            throw new DomainException("upward.package.missing", "Required materials are missing: " + missing,
                    missing.stream().map(chinese::label).collect(Collectors.joining("、")));
        }
        return upward.markSent(upwardId, version, sentOn, how, checklist.present());
    }

    private TemplateFields letterFields(NormativeDocument doc, UpwardFiling filing, List<DocumentMaterial> materials) {
        boolean rule = doc.type() == DocumentType.GOVERNMENT_RULE;
        TemplateFields.Builder fields = TemplateFields.builder()
                .put("destination", filing.destination())
                .put("docTitle", doc.title())
                .put("docNumber", doc.docNumber() == null ? "无文号" : doc.docNumber().raw())
                .put("docKind", rule ? "规章" : "规范性文件")
                .put("issuingBody", doc.issuers().stream().map(Issuer::name).collect(Collectors.joining("、")))
                .put("publishedDate", doc.publishedDate())
                .put("effectiveDate", doc.effectiveDate() == null ? "公布之日" : TemplateFields.officialDate(doc.effectiveDate()))
                .put("filingBasis", rule ? "《法规规章备案审查条例》" : "规范性文件备案审查的有关规定")
                .put("reportDate", LocalDate.now(clock));
        int n = 0;
        for (DocumentMaterial m : materials) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("name", (m.kind() == MaterialKind.OFFICIAL_TEXT ? "《" + doc.title() + "》" : "")
                    + chinese.label(m.kind()));
            row.put("copies", m.kind() == MaterialKind.OFFICIAL_TEXT ? "2份" : "1份");
            fields.row("materials", row);
            n++;
        }
        if (n == 0) {
            fields.table("materials", List.of());
        }
        return fields.build();
    }

    private String checklistText(NormativeDocument doc, UpwardFiling filing, Checklist checklist,
                                 List<DocumentMaterial> materials) {
        StringBuilder b = new StringBuilder();
        b.append("《").append(doc.title()).append("》").append(doc.docNumber() == null ? "" : doc.docNumber().raw())
                .append(" 报送").append(filing.destination()).append("备案材料清单\r\n");
        b.append("报送期限：").append(TemplateFields.officialDate(filing.dueDate())).append("\r\n\r\n");
        int n = 1;
        b.append(n).append(". ").append(chinese.label(REPORT)).append("（本次生成）\r\n");
        for (DocumentMaterial m : materials) {
            n++;
            b.append(n).append(". ").append(chinese.label(m.kind())).append("（").append(m.fileName()).append("）\r\n");
        }
        List<MaterialKind> missing = checklist.missingRequired();
        b.append("\r\n").append(missing.isEmpty() ? "必需材料已齐全。" : "尚缺必需材料："
                + missing.stream().map(chinese::label).collect(Collectors.joining("、")) + "；补齐前不能标记为已报送。")
                .append("\r\n");
        return b.toString();
    }

    /** 濮阳市人民政府令第60号《濮阳市城市绿化管理办法》备案材料（报省人民政府）, safe on Windows and Linux. */
    static String packageName(NormativeDocument doc, String destination) {
        String number = doc.docNumber() == null ? "" : doc.docNumber().raw();
        String title = doc.title().length() > 60 ? doc.title().substring(0, 60) : doc.title();
        return (number + "《" + title + "》备案材料（报" + destination + "）")
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static void zip(Path folder, String root, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out,
                StandardCharsets.UTF_8); Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                z.putNextEntry(new ZipEntry(root + "/" + file.getFileName()));
                Files.copy(file, z);
                z.closeEntry();
            }
        }
    }

    /** The new folder takes the old one's place; the old one is removed only once the new one is complete. */
    private static void replace(Path complete, Path target) throws IOException {
        if (Files.exists(target)) {
            Path old = target.resolveSibling("." + target.getFileName() + ".old");
            deleteTree(old);
            Files.move(target, old);
            Files.move(complete, target);
            deleteTree(old);
        } else {
            Files.move(complete, target);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

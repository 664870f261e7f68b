package org.normdesk.service.exchange;

import org.normdesk.domain.account.Role;
import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.common.DomainException;
import org.normdesk.store.ColumnLengths;
import org.normdesk.domain.common.TextNormalizer;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.HeapHeadroom;
import org.normdesk.service.Progress;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.service.register.RegisterService;
import org.normdesk.store.Database;
import org.normdesk.store.IssuerStore;
import org.normdesk.store.LedgerStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Imports an existing Excel/CSV ledger (台账) into the register: read the file, propose a column mapping, dry-run
 * every row (new / update / duplicate / rejected with the reason per cell), then import in one transaction. The
 * import plans again inside its transaction, so what is written matches the register at that moment; importing
 * the same file twice adds nothing the second time (every row is then a duplicate).
 *
 * <p>A row matches a register document by its lead issuer and normalised 文号 (濮政〔2019〕12号 = 濮政[2019]12号 =
 * 濮政（２０１９）１２号), or, without a 文号, by lead issuer, title and publication date. A blank cell never erases
 * a value the register has.
 */
public final class LedgerImportService {
    public static final String REASON_IMPORTED = "@reason.ledgerImport";

    /** The import's progress, in thousandths of the whole job. */
    private static final long WHOLE = 1000;
    private static final long PLANNED = 300;
    private static final long ADDED = 900;

    private static final Pattern ISSUER_SEPARATORS = Pattern.compile("[、；;，,/\\n]+");
    private static final int TITLE_MAX = ColumnLengths.DOCUMENT_TITLE;
    private static final int NUMBER_MAX = ColumnLengths.DOCUMENT_NUMBER;
    /** The issuer table's name and code columns. */
    private static final int ISSUER_MAX = 200;
    private static final int ISSUER_CODE_MAX = 50;

    private final Database db;
    private final RegisterService register;
    private final IssuerStore issuers;
    private final LedgerStore ledgers;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** The latest reading of a ledger's rows (pass 1 of planning), kept for the import that follows its dry run. */
    private volatile RowsRead lastRead;

    public LedgerImportService(Database db, RegisterService register, Clock clock, CurrentUser currentUser) {
        this.db = db;
        this.register = register;
        this.issuers = new IssuerStore(db);
        this.ledgers = new LedgerStore(db);
        this.audit = new AuditService(db, clock, currentUser);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Ledger read(Path file) {
        return LedgerReader.read(file);
    }

    public ColumnMapping propose(Ledger ledger) {
        return ColumnMapping.propose(ledger.headers());
    }

    /** The dry run: what importing would do with each row. Writes nothing. */
    public ImportPlan plan(Ledger ledger, ColumnMapping mapping, Progress progress) {
        mapping.checkAgainst(ledger);
        return new Planner(ledger, mapping, progress).plan();
    }

    /**
     * Imports the ledger in one transaction: new issuing bodies, new documents, updates (with their status
     * changes), and one audit entry naming the file and its SHA-256. Rejected, duplicate and skipped rows are left
     * out. Returns what was done; on any failure nothing is kept.
     */
    public ImportResult importLedger(Ledger ledger, ColumnMapping mapping, Progress progress) {
        currentUser.require(Role.REGISTRAR, "import a ledger");
        mapping.checkAgainst(ledger);
        try (HeapHeadroom room = HeapHeadroom.widen()) {
            return importInOneTransaction(ledger, mapping, progress);
        }
    }

    private ImportResult importInOneTransaction(Ledger ledger, ColumnMapping mapping, Progress progress) {
        return db.transaction(() -> {
            // thousandths of the whole: planning again to 300, the new documents to 900, the updates to the end
            Progress planning = (done, total, detail) ->
                    progress.update(PLANNED * done / Math.max(1, total), WHOLE, detail);
            ImportPlan plan = new Planner(ledger, mapping, planning).plan();
            Map<String, Issuer> created = new HashMap<>();
            for (Issuer issuer : register.addIssuers(plan.newIssuers())) {
                created.put(issuer.name(), issuer);
            }
            List<NormativeDocument> fresh = new ArrayList<>();
            for (PlannedRow row : plan.rows(RowState.NEW)) {
                fresh.add(withStoredIssuers(row.document(), created));
            }
            register.addAll(fresh, REASON_IMPORTED, stored -> progress.update(
                    PLANNED + (ADDED - PLANNED) * stored / fresh.size(), WHOLE, Progress.counted(stored, fresh.size())));
            progress.update(ADDED, WHOLE, Progress.counted(fresh.size(), fresh.size()));
            List<PlannedRow> updates = plan.rows(RowState.UPDATE);
            for (int i = 0; i < updates.size(); i++) {
                PlannedRow row = updates.get(i);
                update(row.existing(), withStoredIssuers(row.document(), created));
                if ((i + 1) % 100 == 0) {
                    progress.update(ADDED + (WHOLE - ADDED) * (i + 1) / updates.size(), WHOLE, "");
                }
            }
            progress.update(WHOLE, WHOLE, "");
            ImportResult result = new ImportResult(ledger.fileName(), fresh.size(), updates.size(),
                    plan.count(RowState.DUPLICATE), plan.count(RowState.REJECTED), plan.count(RowState.SKIPPED),
                    created.size());
            if (!result.changedNothing()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("file", ledger.fileName());
                entry.put("sha256", ledger.sha256());
                entry.put("mapping", mapping.columns());
                entry.put("result", result);
                audit.record("ledger.import", "ledger", null, null, entry);
            }
            return result;
        });
    }

    private void update(NormativeDocument existing, NormativeDocument wanted) {
        NormativeDocument saved = existing;
        if (!sameFields(existing, wanted)) {
            saved = register.update(existing.id(), existing.version(), new DocumentInput(wanted.title(),
                    wanted.docNumber() == null ? null : wanted.docNumber().raw(),
                    wanted.issuers().stream().map(Issuer::id).toList(), wanted.type(), wanted.subjectArea(),
                    iso(wanted.signedDate()), iso(wanted.publishedDate()), iso(wanted.effectiveDate()),
                    iso(wanted.validUntil()), null));
        }
        if (wanted.status() != existing.status()) {
            register.changeStatus(existing.id(), saved.version(), wanted.status(), LocalDate.now(clock),
                    REASON_IMPORTED, null);
        }
    }

    private static NormativeDocument withStoredIssuers(NormativeDocument doc, Map<String, Issuer> created) {
        if (doc.issuers().stream().allMatch(i -> i.id() != null)) {
            return doc;
        }
        List<Issuer> stored = doc.issuers().stream().map(i -> i.id() != null ? i : created.get(i.name())).toList();
        return new NormativeDocument(null, doc.title(), doc.docNumber(), stored, doc.type(), doc.subjectArea(),
                doc.signedDate(), doc.publishedDate(), doc.effectiveDate(), doc.validUntil(), doc.status(),
                doc.registrationNo(), 0);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Every field a ledger can carry, compared as stored (the 文号 by its normalised form). */
    static boolean sameFields(NormativeDocument a, NormativeDocument b) {
        return a.title().equals(b.title())
                && Objects.equals(a.docNumber() == null ? null : a.docNumber().normalized(),
                b.docNumber() == null ? null : b.docNumber().normalized())
                && a.issuers().stream().map(Issuer::id).toList().equals(b.issuers().stream().map(Issuer::id).toList())
                && a.type() == b.type()
                && Objects.equals(a.publishedDate(), b.publishedDate())
                && Objects.equals(a.effectiveDate(), b.effectiveDate())
                && Objects.equals(a.validUntil(), b.validUntil());
    }

    /** One planning pass over a ledger against the register as it is now. */
    private final class Planner {
        private final Ledger ledger;
        private final ColumnMapping mapping;
        private final Progress progress;
        private final Map<String, Issuer> issuerByName = new HashMap<>();
        private final Map<String, Issuer> issuerByCode = new HashMap<>();
        private final Map<String, Issuer> newIssuers = new LinkedHashMap<>();
        /** A ledger names the same few bodies thousands of times: each spelling is normalised once. */
        private final Map<String, String> issuerKeys = new HashMap<>();
        private final LocalDate today = LocalDate.now(clock);

        private final List<Issuer> known;

        Planner(Ledger ledger, ColumnMapping mapping, Progress progress) {
            this.ledger = ledger;
            this.mapping = mapping;
            this.progress = progress;
            this.known = issuers.findAll();
            for (Issuer issuer : known) {
                issuerByName.put(TextNormalizer.normalizeTitle(issuer.name()), issuer);
                if (issuer.code() != null) {
                    issuerByCode.putIfAbsent(TextNormalizer.normalizeTitle(issuer.code()), issuer);
                }
            }
        }

        ImportPlan plan() {
            // pass 1: read each row on its own; the import after a dry run of the same ledger and mapping, with the
            // same issuing bodies on the same day, reads them exactly as the dry run did and takes its reading
            List<Draft> drafts;
            long total = ledger.rowCount() * 2L;
            long done = 0;
            RowsRead earlier = lastRead;
            if (earlier != null && earlier.sameInput(ledger, mapping, known, today)) {
                drafts = earlier.drafts();
                newIssuers.putAll(earlier.newIssuers());
                done = ledger.rowCount();
            } else {
                drafts = new ArrayList<>(ledger.rowCount());
                for (LedgerSheet sheet : ledger.sheets()) {
                    Map<LedgerField, Integer> columns = mapping.resolve(sheet.headers());
                    String titleHeader = columns.containsKey(LedgerField.TITLE)
                            ? TextNormalizer.normalizeTitle(sheet.headers().get(columns.get(LedgerField.TITLE))) : null;
                    for (LedgerRow row : sheet.rows()) {
                        drafts.add(read(row, columns, titleHeader));
                        if (++done % 1_000 == 0) {
                            progress.update(done, total, "");
                        }
                    }
                }
                lastRead = new RowsRead(ledger, mapping, known, today, List.copyOf(drafts),
                        new LinkedHashMap<>(newIssuers));
            }
            // pass 2: look the candidates up in the register, a few statements for all of them
            List<String> numbers = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (Draft d : drafts) {
                if (d.document != null) {
                    if (d.document.docNumber() != null) {
                        numbers.add(d.document.docNumber().normalized());
                    } else {
                        titles.add(TextNormalizer.normalizeTitle(d.document.title()));
                    }
                }
            }
            Map<String, NormativeDocument> existing = new HashMap<>();
            ledgers.byNumbers(numbers).forEach(doc -> existing.put(key(doc), doc));
            ledgers.numberlessByTitles(titles).forEach(doc -> existing.put(key(doc), doc));
            // pass 3: decide, in file order, so that a later copy of a row is its duplicate
            Map<String, LedgerRow> seen = new HashMap<>();
            List<PlannedRow> rows = new ArrayList<>(drafts.size());
            for (Draft d : drafts) {
                rows.add(decide(d, existing, seen));
                if (++done % 1_000 == 0) {
                    progress.update(done, total, "");
                }
            }
            progress.update(total, total, "");
            return new ImportPlan(ledger, mapping, rows, List.copyOf(newIssuers.values()));
        }

        private PlannedRow decide(Draft d, Map<String, NormativeDocument> existing, Map<String, LedgerRow> seen) {
            if (d.state != null) {
                return new PlannedRow(d.row, d.state, null, null, d.notes);
            }
            String key = key(d.document);
            LedgerRow earlier = seen.putIfAbsent(key, d.row);
            if (earlier != null) {
                return new PlannedRow(d.row, RowState.DUPLICATE, null, null, List.of(note(null,
                        new DomainException("ledger.row.duplicateOfRow", "Same document as row " + earlier.rowNumber(),
                                earlier.sheet(), earlier.rowNumber()))));
            }
            NormativeDocument found = existing.get(key);
            if (found == null) {
                return new PlannedRow(d.row, RowState.NEW, d.document, null, List.of());
            }
            NormativeDocument merged = merge(found, d);
            List<RowNote> changes = changes(found, merged);
            if (merged.status() != found.status() && !found.status().canMoveTo(merged.status())) {
                return new PlannedRow(d.row, RowState.REJECTED, null, found, List.of(note(LedgerField.STATUS,
                        new DomainException("ledger.status.illegalMove", "The register has it as " + found.status()
                                + "; it cannot become " + merged.status(), found.id(), found.status(), merged.status()))));
            }
            if (changes.isEmpty()) {
                return new PlannedRow(d.row, RowState.DUPLICATE, null, found, List.of(note(null,
                        new DomainException("ledger.row.inRegister", "Already in the register as #" + found.id(),
                                found.id(), found.title()))));
            }
            return new PlannedRow(d.row, RowState.UPDATE, merged, found, changes);
        }

        /** The register's document with the row's filled cells over it (a blank cell keeps the stored value). */
        private NormativeDocument merge(NormativeDocument found, Draft d) {
            NormativeDocument row = d.document;
            try {
                return new NormativeDocument(found.id(), row.title(),
                        found.docNumber() != null ? found.docNumber() : row.docNumber(),
                        issuersAfter(found, d),
                        d.given.contains(LedgerField.TYPE) ? row.type() : found.type(), found.subjectArea(),
                        found.signedDate(),
                        d.given.contains(LedgerField.PUBLISHED) ? row.publishedDate() : found.publishedDate(),
                        d.given.contains(LedgerField.EFFECTIVE) ? row.effectiveDate() : found.effectiveDate(),
                        d.given.contains(LedgerField.VALID_UNTIL) ? row.validUntil() : found.validUntil(),
                        d.given.contains(LedgerField.STATUS) ? row.status() : found.status(),
                        found.registrationNo(), found.version());
            } catch (DomainException e) {
                // the row's dates do not fit the stored ones: keep the register's, the update note says nothing
                return found;
            }
        }

        /**
         * The row's issuers; but a row naming only the lead body keeps the co-issuers the register has, because
         * most ledgers (and the register's own export) list the lead body alone.
         */
        private List<Issuer> issuersAfter(NormativeDocument found, Draft d) {
            List<Issuer> named = d.document.issuers();
            if (!d.given.contains(LedgerField.ISSUER)
                    || (named.size() == 1 && named.get(0).equals(found.leadIssuer()))) {
                return found.issuers();
            }
            return named;
        }

        private List<RowNote> changes(NormativeDocument before, NormativeDocument after) {
            List<RowNote> notes = new ArrayList<>();
            change(notes, LedgerField.TITLE, before.title(), after.title());
            change(notes, LedgerField.ISSUER, String.join("、", before.issuers().stream().map(Issuer::name).toList()),
                    String.join("、", after.issuers().stream().map(Issuer::name).toList()));
            change(notes, LedgerField.TYPE, before.type(), after.type());
            change(notes, LedgerField.PUBLISHED, before.publishedDate(), after.publishedDate());
            change(notes, LedgerField.EFFECTIVE, before.effectiveDate(), after.effectiveDate());
            change(notes, LedgerField.VALID_UNTIL, before.validUntil(), after.validUntil());
            change(notes, LedgerField.STATUS, before.status(), after.status());
            return notes;
        }

        private void change(List<RowNote> notes, LedgerField field, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                notes.add(note(field, new DomainException("ledger.row.changes", field + ": " + before + " → " + after,
                        field, before == null ? "—" : before, after == null ? "—" : after)));
            }
        }

        private Draft read(LedgerRow row, Map<LedgerField, Integer> columns, String titleHeader) {
            Map<LedgerField, String> cells = new EnumMap<>(LedgerField.class);
            columns.forEach((field, column) -> cells.put(field, clean(row.cell(column))));
            boolean empty = cells.entrySet().stream()
                    .filter(e -> e.getKey() != LedgerField.SEQ && e.getKey() != LedgerField.REMARK)
                    .allMatch(e -> e.getValue().isEmpty());
            if (empty) {
                return Draft.skipped(row, "ledger.row.blank", "Blank row");
            }
            if (row.cells().stream().anyMatch(LedgerValues::isSubtotal)
                    && (cells.getOrDefault(LedgerField.TITLE, "").isEmpty()
                    || LedgerValues.isSubtotal(cells.get(LedgerField.TITLE))
                    || LedgerValues.isSubtotal(cells.getOrDefault(LedgerField.SEQ, "")))) {
                return Draft.skipped(row, "ledger.row.subtotal", "Subtotal row");
            }
            String title = cells.getOrDefault(LedgerField.TITLE, "");
            if (titleHeader != null && TextNormalizer.normalizeTitle(title).equals(titleHeader)) {
                return Draft.skipped(row, "ledger.row.header", "Header repeated");
            }
            List<RowNote> problems = new ArrayList<>();
            java.util.Set<LedgerField> given = java.util.EnumSet.noneOf(LedgerField.class);
            cells.forEach((f, v) -> {
                if (!v.isEmpty()) {
                    given.add(f);
                }
            });
            if (title.isEmpty()) {
                problems.add(note(LedgerField.TITLE, new DomainException("document.title.blank", "The title is empty")));
            } else if (title.length() > TITLE_MAX) {
                problems.add(note(LedgerField.TITLE, tooLong(title, TITLE_MAX)));
            }
            String numberText = cells.getOrDefault(LedgerField.DOC_NUMBER, "");
            if (numberText.length() > NUMBER_MAX) {
                problems.add(note(LedgerField.DOC_NUMBER, tooLong(numberText, NUMBER_MAX)));
            }
            DocNumber number = DocNumber.parse(numberText).orElse(null);
            List<Issuer> bodies = issuers(cells.getOrDefault(LedgerField.ISSUER, ""), number, problems);
            LocalDate published = date(cells, LedgerField.PUBLISHED, problems);
            LocalDate effective = date(cells, LedgerField.EFFECTIVE, problems);
            LocalDate until = null;
            String untilText = cells.getOrDefault(LedgerField.VALID_UNTIL, "");
            if (!untilText.isEmpty()) {
                try {
                    until = LedgerValues.validUntil(untilText, effective != null ? effective : published).orElse(null);
                } catch (DomainException e) {
                    problems.add(note(LedgerField.VALID_UNTIL, e));
                }
            }
            DocumentType type = null;
            String typeText = cells.getOrDefault(LedgerField.TYPE, "");
            if (!typeText.isEmpty()) {
                try {
                    type = LedgerValues.type(typeText);
                } catch (DomainException e) {
                    problems.add(note(LedgerField.TYPE, e));
                }
            } else if (!bodies.isEmpty()) {
                type = derivedType(bodies.get(0), number);
            }
            LifecycleStatus status = null;
            String statusText = cells.getOrDefault(LedgerField.STATUS, "");
            if (!statusText.isEmpty()) {
                try {
                    status = LedgerValues.status(statusText);
                } catch (DomainException e) {
                    problems.add(note(LedgerField.STATUS, e));
                }
            }
            if (!problems.isEmpty()) {
                return Draft.rejected(row, problems);
            }
            if (status == null) {
                status = NormativeDocument.initialStatus(effective, until, today);
            }
            try {
                NormativeDocument doc = new NormativeDocument(null, title, number, bodies, type, null, null, published,
                        effective, until, status, null, 0);
                return new Draft(row, null, doc, given, List.of());
            } catch (DomainException e) {
                return Draft.rejected(row, List.of(note(fieldOf(e), e)));
            }
        }

        private List<Issuer> issuers(String cell, DocNumber number, List<RowNote> problems) {
            if (cell.isEmpty()) {
                problems.add(note(LedgerField.ISSUER, new DomainException("ledger.issuer.blank",
                        "No issuing body (制定机关) in this row")));
                return List.of();
            }
            List<Issuer> found = new ArrayList<>();
            for (String part : ISSUER_SEPARATORS.split(cell)) {
                String name = part.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (name.length() > ISSUER_MAX) {
                    problems.add(note(LedgerField.ISSUER, tooLong(name, ISSUER_MAX)));
                    continue;
                }
                String key = issuerKeys.computeIfAbsent(name, TextNormalizer::normalizeTitle);
                Issuer issuer = issuerByName.get(key);
                if (issuer == null) {
                    issuer = issuerByCode.get(key);
                }
                if (issuer == null) {
                    issuer = newIssuers.computeIfAbsent(key, k -> new Issuer(null, k,
                            found.isEmpty() && number != null && number.parsed()
                                    && number.prefix().length() <= ISSUER_CODE_MAX ? number.prefix() : null,
                            LedgerValues.guessLevel(k), LedgerValues.guessKind(k), null));
                }
                if (!found.contains(issuer)) {
                    found.add(issuer);
                }
            }
            return found;
        }

        private LocalDate date(Map<LedgerField, String> cells, LedgerField field, List<RowNote> problems) {
            String text = cells.getOrDefault(field, "");
            if (text.isEmpty()) {
                return null;
            }
            try {
                return DateParser.parse(text).date();
            } catch (DomainException e) {
                problems.add(note(field, e));
                return null;
            }
        }
    }

    /** Rule (令) numbers are government rules; a government's or its office's documents are government documents. */
    private static DocumentType derivedType(Issuer lead, DocNumber number) {
        if (number != null && number.parsed() && number.year() == null && number.prefix().endsWith("令")) {
            return DocumentType.GOVERNMENT_RULE;
        }
        return lead.kind().issuesGovernmentDocuments() ? DocumentType.GOVERNMENT_NORMATIVE
                : DocumentType.DEPARTMENT_NORMATIVE;
    }

    /** The matching key: lead issuer and 文号, or lead issuer, title and publication date for a document without one. */
    private static String key(NormativeDocument doc) {
        Issuer lead = doc.leadIssuer();
        String who = lead.id() != null ? "#" + lead.id() : "new:" + lead.name();
        if (doc.docNumber() != null) {
            return who + "|" + doc.docNumber().normalized();
        }
        return who + "|" + TextNormalizer.normalizeTitle(doc.title()) + "|" + doc.publishedDate();
    }

    /**
     * Trailing and leading spaces (also U+3000 and no-break spaces) and invisible characters go; inner text stays.
     * Control characters other than tab and line breaks go too (NUL, BEL… from binary junk pasted into a cell):
     * PostgreSQL cannot store NUL in text at all, and H2 would keep them where nobody can see them.
     */
    static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        String folded = cell.replace("\u200B", "").replace("\uFEFF", "").replace('\u00A0', ' ');
        return withoutControl(folded).strip();
    }

    /** The text without C0 control characters (tab and line breaks kept) and DEL; the same string when it has none. */
    private static String withoutControl(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
            if (control && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!control && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    private static DomainException tooLong(String text, int max) {
        return new DomainException("ledger.cell.tooLong", "Longer than " + max + " characters", text.length(), max);
    }

    private static LedgerField fieldOf(DomainException e) {
        return switch (e.messageKey()) {
            case "document.validity.beforeEffective" -> LedgerField.VALID_UNTIL;
            case "document.published.beforeSigned" -> LedgerField.PUBLISHED;
            case "document.issuers.duplicate", "document.issuers.empty" -> LedgerField.ISSUER;
            default -> LedgerField.TITLE;
        };
    }

    private static RowNote note(LedgerField field, DomainException e) {
        return new RowNote(field, e);
    }

    /**
     * Every row of one ledger read under one mapping, against the issuing bodies the register had that day. Valid for
     * another planning pass only with the very same ledger object, an equal mapping and an equal list of bodies.
     */
    private record RowsRead(Ledger ledger, ColumnMapping mapping, List<Issuer> known, LocalDate today,
                            List<Draft> drafts, Map<String, Issuer> newIssuers) {
        boolean sameInput(Ledger otherLedger, ColumnMapping otherMapping, List<Issuer> otherKnown, LocalDate day) {
            return ledger == otherLedger && mapping.equals(otherMapping) && known.equals(otherKnown)
                    && today.equals(day);
        }
    }

    /** A row read on its own: either a candidate document, or already decided (skipped, rejected). */
    private record Draft(LedgerRow row, RowState state, NormativeDocument document, java.util.Set<LedgerField> given,
                         List<RowNote> notes) {
        static Draft skipped(LedgerRow row, String key, String english) {
            return new Draft(row, RowState.SKIPPED, null, java.util.Set.of(),
                    List.of(new RowNote(null, new DomainException(key, english))));
        }

        static Draft rejected(LedgerRow row, List<RowNote> problems) {
            return new Draft(row, RowState.REJECTED, null, java.util.Set.of(), problems);
        }
    }
}

package org.normdesk.service.demo;

import org.normdesk.domain.account.Role;
import org.normdesk.service.account.CurrentUser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.StatusChange;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.FormalCheck;
import org.normdesk.domain.filing.FormalCheckDecision;
import org.normdesk.domain.filing.MaterialItem;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.HeapHeadroom;
import org.normdesk.service.JobLocks;
import org.normdesk.service.Progress;
import org.normdesk.service.audit.AuditService;
import org.normdesk.service.register.RegisterService;
import org.normdesk.store.Database;
import org.normdesk.store.SerialStore;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.store.DocumentStore;
import org.normdesk.store.FilingBulkStore;
import org.normdesk.store.FilingStore;
import org.normdesk.store.IssuerStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

/** Loads the demo register into an empty database, so a new user sees a populated app at once. */
public final class DemoRegisterService {
    public static final String SHIPPED_RESOURCE = "/data/demo/demo-register.json";
    /** Demo events are stamped at 09:00 office time on their date. */
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int DOCUMENTS_PER_CHUNK = 1_000;

    private final Database db;
    private final DocumentStore documents;
    private final IssuerStore issuers;
    private final FilingStore filings;
    private final FilingBulkStore bulkFilings;
    private final SerialStore serials;
    private final Supplier<String> currentUser;
    private final Clock clock;
    private final AuditService audit;
    private final JobLocks locks;

    /** Whose roles the protected operations check. */
    private final CurrentUser access;

    public DemoRegisterService(Database db, Supplier<String> currentUser) {
        this(db, Clock.systemUTC(), currentUser);
    }

    public DemoRegisterService(Database db, Clock clock, Supplier<String> currentUser) {
        this.access = CurrentUser.of(currentUser);
        this.db = db;
        this.documents = new DocumentStore(db);
        this.issuers = new IssuerStore(db);
        this.filings = new FilingStore(db);
        this.bulkFilings = new FilingBulkStore(db);
        this.serials = new SerialStore(db);
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = new AuditService(db, clock, currentUser);
        this.locks = new JobLocks(db, clock, currentUser);
    }

    public static ObjectMapper json() {
        return new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static DemoRegister readShipped() {
        try (InputStream in = DemoRegisterService.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new DomainException("demo.missing", "The demo register is not part of this installation");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DemoRegister read(InputStream in) throws IOException {
        return json().readValue(in, DemoRegister.class);
    }

    public static void write(DemoRegister register, OutputStream out) throws IOException {
        json().writeValue(out, register);
    }

    public boolean registerIsEmpty() {
        return documents.count() == 0 && issuers.count() == 0;
    }

    public int filingCount() {
        return filings.count();
    }

    /**
     * Loads {@code demo} in one transaction; refused unless the register is empty. Every status change and
     * filing event is checked against the allowed moves before it is stored; the rows are written in bulk
     * (documents with their final status, history and events in multi-row inserts) so that the load takes
     * well under a second or two.
     */
    public ImportSummary importRegister(DemoRegister demo, Progress progress) {
        access.require(Role.ADMIN, "import a register");
        try (HeapHeadroom room = HeapHeadroom.widen()) {
            return loadInOneTransaction(demo, progress);
        }
    }

    private ImportSummary loadInOneTransaction(DemoRegister demo, Progress progress) {
        return locks.run("register.import", () -> db.transaction(() -> {
            if (!registerIsEmpty()) {
                throw new DomainException("demo.registerNotEmpty",
                        "The demo register can only be loaded into an empty register");
            }
            long total = demo.documents().size() * 2L + demo.filings().size();
            Map<String, Issuer> issuerByKey = insertIssuers(demo.issuers());
            configureUnit(issuerByKey.values());
            Map<String, NormativeDocument> docByKey = new HashMap<>();
            List<StatusChange> firstEntries = new ArrayList<>();
            long done = 0;
            // documents in chunks of multi-row inserts: one statement per row made a 100k register take minutes
            List<DemoRegister.DocumentEntry> entries = demo.documents();
            for (int start = 0; start < entries.size(); start += DOCUMENTS_PER_CHUNK) {
                List<DemoRegister.DocumentEntry> chunk = entries.subList(start,
                        Math.min(entries.size(), start + DOCUMENTS_PER_CHUNK));
                insertDocuments(chunk, issuerByKey, docByKey, firstEntries);
                done += chunk.size();
                progress.update(done, total, chunk.get(chunk.size() - 1).title());
            }
            documents.appendStatusChanges(firstEntries);
            // histories second: a repeal may point at a document listed later
            List<StatusChange> laterEntries = new ArrayList<>();
            for (DemoRegister.DocumentEntry entry : demo.documents()) {
                laterEntries.addAll(history(entry, docByKey));
                progress.update(++done, total, entry.title());
            }
            documents.appendStatusChanges(laterEntries);
            List<FilingBulkStore.FilingLoad> loads = new ArrayList<>();
            for (DemoRegister.FilingEntry entry : demo.filings()) {
                loads.add(filingLoad(entry, issuerByKey, docByKey));
                if (loads.size() == DOCUMENTS_PER_CHUNK) {
                    bulkFilings.insertAll(loads);
                    loads.clear();
                }
                progress.update(++done, total, entry.document());
            }
            bulkFilings.insertAll(loads);
            continueRegistrationSerials(demo.filings());
            ImportSummary summary = new ImportSummary(issuerByKey.size(), docByKey.size(), demo.filings().size());
            audit.record("demo.import", "register", null, null, summary);
            return summary;
        }));
    }

    /**
     * The demo bureau is the city's justice bureau: its government's own documents are filed upward, and its
     * registration numbers continue the demo's 濮规备〔year〕N号 series.
     */
    private void configureUnit(Collection<Issuer> issuers) {
        Set<Long> own = issuers.stream().filter(i -> i.level() == OrgLevel.CITY && i.kind().issuesGovernmentDocuments())
                .map(Issuer::id).collect(Collectors.toSet());
        new SettingsService(db, clock, currentUser).save(new UnitSettings("濮阳市司法局", "濮",
                new RegistrationNumberTemplate("{unitCode}规备〔{year}〕{serial}号"), MaterialKind.defaultRequired(), own));
    }

    private void continueRegistrationSerials(List<DemoRegister.FilingEntry> entries) {
        Map<Integer, Integer> maxPerYear = new HashMap<>();
        Pattern serial = Pattern.compile("〔(\\d{4})〕(\\d+)号");
        for (DemoRegister.FilingEntry entry : entries) {
            for (DemoRegister.FilingEventEntry event : entry.events()) {
                Matcher m = event.registrationNo() == null ? null : serial.matcher(event.registrationNo());
                if (m != null && m.find()) {
                    maxPerYear.merge(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Math::max);
                }
            }
        }
        maxPerYear.forEach((year, max) -> serials.raiseTo("registration:" + year, max));
    }

    private Map<String, Issuer> insertIssuers(List<DemoRegister.IssuerEntry> entries) {
        Map<String, Issuer> byKey = new HashMap<>();
        for (DemoRegister.IssuerEntry entry : entries) {
            Long parentId = entry.parent() == null ? null : byKey.get(entry.parent()).id();
            byKey.put(entry.key(), issuers.insert(new Issuer(null, entry.name(), entry.code(),
                    OrgLevel.valueOf(entry.level()), OrgKind.valueOf(entry.kind()), parentId)));
        }
        return byKey;
    }

    /**
     * Stores the documents in their final status; their first history entries are added to {@code firstEntries}.
     */
    private void insertDocuments(List<DemoRegister.DocumentEntry> entries, Map<String, Issuer> issuerByKey,
                                 Map<String, NormativeDocument> docByKey, List<StatusChange> firstEntries) {
        List<NormativeDocument> docs = new ArrayList<>(entries.size());
        List<Instant> recorded = new ArrayList<>(entries.size());
        for (DemoRegister.DocumentEntry entry : entries) {
            List<Issuer> docIssuers = entry.issuers().stream().map(issuerByKey::get).toList();
            List<DemoRegister.HistoryEntry> history = entry.history();
            LifecycleStatus current = history.isEmpty() ? LifecycleStatus.valueOf(entry.initialStatus())
                    : LifecycleStatus.valueOf(history.get(history.size() - 1).to());
            LocalDate effective = date(entry.effectiveDate());
            docs.add(new NormativeDocument(null, entry.title(),
                    DocNumber.parse(entry.docNumber()).orElse(null), docIssuers, DocumentType.valueOf(entry.type()),
                    entry.subjectArea(), date(entry.signedDate()), date(entry.publishedDate()), effective,
                    date(entry.validUntil()), current, null, 0));
            recorded.add(at(since(entry)));
        }
        List<NormativeDocument> stored = documents.insertAll(docs, recorded);
        for (int i = 0; i < entries.size(); i++) {
            DemoRegister.DocumentEntry entry = entries.get(i);
            NormativeDocument doc = stored.get(i);
            docByKey.put(entry.key(), doc);
            firstEntries.add(new StatusChange(null, doc.id(), null, LifecycleStatus.valueOf(entry.initialStatus()),
                    since(entry), recorded.get(i), currentUser.get(), RegisterService.REASON_CREATED, null));
        }
    }

    private static LocalDate since(DemoRegister.DocumentEntry entry) {
        return entry.effectiveDate() != null ? date(entry.effectiveDate()) : date(entry.publishedDate());
    }

    /** The entries after the first; each move is checked by {@link StatusChange}. */
    private List<StatusChange> history(DemoRegister.DocumentEntry entry, Map<String, NormativeDocument> docByKey) {
        NormativeDocument doc = docByKey.get(entry.key());
        LifecycleStatus status = LifecycleStatus.valueOf(entry.initialStatus());
        List<StatusChange> changes = new ArrayList<>();
        for (DemoRegister.HistoryEntry change : entry.history()) {
            LocalDate on = date(change.effectiveOn());
            LifecycleStatus to = LifecycleStatus.valueOf(change.to());
            Long causedBy = change.causedBy() == null ? null : docByKey.get(change.causedBy()).id();
            changes.add(new StatusChange(null, doc.id(), status, to, on, at(on), currentUser.get(), change.reason(),
                    causedBy));
            status = to;
        }
        return changes;
    }

    /** The filing with its events, packages and checks, ready for {@link FilingBulkStore}. */
    private FilingBulkStore.FilingLoad filingLoad(DemoRegister.FilingEntry entry, Map<String, Issuer> issuerByKey,
                                                  Map<String, NormativeDocument> docByKey) {
        List<FilingStore.PastEvent> events = new ArrayList<>();
        FilingState state = null;
        String registrationNo = null;
        LocalDate registeredDate = null;
        for (DemoRegister.FilingEventEntry event : entry.events()) {
            FilingState to = FilingState.valueOf(event.to());
            if (state != null && !state.canMoveTo(to)) {
                throw new IllegalStateException("demo filing of " + entry.document() + " cannot go "
                        + state + " -> " + to);
            }
            if (event.registrationNo() != null) {
                registrationNo = event.registrationNo();
                registeredDate = date(event.on());
            }
            events.add(new FilingStore.PastEvent(state, to, at(date(event.on())), currentUser.get(), event.note()));
            state = to;
        }
        if (state == null) {
            throw new IllegalStateException("demo filing of " + entry.document() + " has no events");
        }
        FilingChannel channel = FilingChannel.valueOf(entry.channel());
        Filing filing = new Filing(null, docByKey.get(entry.document()).id(),
                issuerByKey.get(entry.filingUnit()).id(), date(entry.receivedDate()), channel, state, registrationNo,
                registeredDate, 0);
        return new FilingBulkStore.FilingLoad(filing, events, packagesAndChecks(channel, entry.events()));
    }

    /**
     * Each receipt is a package; each decision a formal check. A package that was returned lacked its drafting
     * explanation, the others were complete.
     */
    private List<FilingBulkStore.SubmissionLoad> packagesAndChecks(FilingChannel channel,
                                                                   List<DemoRegister.FilingEventEntry> events) {
        List<FilingBulkStore.SubmissionLoad> packages = new ArrayList<>();
        List<FormalCheck> checks = null;
        int seq = 0;
        for (int i = 0; i < events.size(); i++) {
            DemoRegister.FilingEventEntry event = events.get(i);
            FilingState to = FilingState.valueOf(event.to());
            if (to == FilingState.RECEIVED) {
                boolean returnedNext = i + 1 < events.size()
                        && FilingState.valueOf(events.get(i + 1).to()) == FilingState.RETURNED_FOR_CORRECTION;
                checks = new ArrayList<>();
                packages.add(new FilingBulkStore.SubmissionLoad(++seq, date(event.on()), channel,
                        MaterialKind.defaultRequired().stream()
                                .map(kind -> new MaterialItem(kind, !(returnedNext && kind == MaterialKind.DRAFTING_EXPLANATION),
                                        null, null))
                                .toList(), checks));
                continue;
            }
            FormalCheckDecision decision = switch (to) {
                case REGISTERED -> FormalCheckDecision.REGISTER;
                case RETURNED_FOR_CORRECTION -> FormalCheckDecision.RETURN;
                case REJECTED_NOT_IN_SCOPE -> FormalCheckDecision.REJECT;
                default -> null;
            };
            if (decision != null && checks != null) {
                String reason = decision == FormalCheckDecision.REGISTER ? null
                        : event.note() == null || event.note().isBlank() ? "—" : event.note();
                // filing and package ids are filled in when stored
                checks.add(new FormalCheck(null, 0, 0, decision != FormalCheckDecision.REJECT, true,
                        decision == FormalCheckDecision.REGISTER, true, decision, reason, null, currentUser.get(),
                        at(date(event.on()))));
            }
        }
        return packages;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Instant at(LocalDate date) {
        return date.atTime(9, 0).atZone(OFFICE_ZONE).toInstant();
    }

    /** What a demo import added. */
    public record ImportSummary(int issuers, int documents, int filings) {
    }
}

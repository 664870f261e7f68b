package org.normdesk.service.demo;

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
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Progress;
import org.normdesk.service.register.RegisterService;
import org.normdesk.store.Database;
import org.normdesk.store.DocumentStore;
import org.normdesk.store.FilingStore;
import org.normdesk.store.IssuerStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Loads the demo register into an empty database, so a new user sees a populated app at once. */
public final class DemoRegisterService {
    public static final String SHIPPED_RESOURCE = "/data/demo/demo-register.json";
    /** Demo events are stamped at 09:00 office time on their date. */
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private final Database db;
    private final DocumentStore documents;
    private final IssuerStore issuers;
    private final FilingStore filings;
    private final Supplier<String> currentUser;

    public DemoRegisterService(Database db, Supplier<String> currentUser) {
        this.db = db;
        this.documents = new DocumentStore(db);
        this.issuers = new IssuerStore(db);
        this.filings = new FilingStore(db);
        this.currentUser = currentUser;
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

    /** Loads {@code demo} in one transaction; refused unless the register is empty. */
    public ImportSummary importRegister(DemoRegister demo, Progress progress) {
        return db.transaction(() -> {
            if (!registerIsEmpty()) {
                throw new DomainException("demo.registerNotEmpty",
                        "The demo register can only be loaded into an empty register");
            }
            long total = demo.documents().size() * 2L + demo.filings().size();
            Map<String, Issuer> issuerByKey = insertIssuers(demo.issuers());
            Map<String, NormativeDocument> docByKey = new HashMap<>();
            long done = 0;
            for (DemoRegister.DocumentEntry entry : demo.documents()) {
                docByKey.put(entry.key(), insertDocument(entry, issuerByKey));
                progress.update(++done, total, entry.title());
            }
            // histories second: a repeal may point at a document listed later
            for (DemoRegister.DocumentEntry entry : demo.documents()) {
                applyHistory(entry, docByKey);
                progress.update(++done, total, entry.title());
            }
            for (DemoRegister.FilingEntry entry : demo.filings()) {
                insertFiling(entry, issuerByKey, docByKey);
                progress.update(++done, total, entry.document());
            }
            return new ImportSummary(issuerByKey.size(), docByKey.size(), demo.filings().size());
        });
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

    private NormativeDocument insertDocument(DemoRegister.DocumentEntry entry, Map<String, Issuer> issuerByKey) {
        List<Issuer> docIssuers = entry.issuers().stream().map(issuerByKey::get).toList();
        LifecycleStatus initial = LifecycleStatus.valueOf(entry.initialStatus());
        LocalDate effective = date(entry.effectiveDate());
        NormativeDocument doc = new NormativeDocument(null, entry.title(),
                DocNumber.parse(entry.docNumber()).orElse(null), docIssuers, DocumentType.valueOf(entry.type()),
                entry.subjectArea(), date(entry.signedDate()), date(entry.publishedDate()), effective,
                date(entry.validUntil()), initial, null, 0);
        LocalDate since = effective != null ? effective : date(entry.publishedDate());
        NormativeDocument stored = documents.insert(doc, at(since));
        documents.appendStatusChange(new StatusChange(null, stored.id(), null, initial, since, at(since),
                currentUser.get(), RegisterService.REASON_CREATED, null));
        return stored;
    }

    private void applyHistory(DemoRegister.DocumentEntry entry, Map<String, NormativeDocument> docByKey) {
        NormativeDocument doc = docByKey.get(entry.key());
        LifecycleStatus status = doc.status();
        int version = doc.version();
        for (DemoRegister.HistoryEntry change : entry.history()) {
            LocalDate on = date(change.effectiveOn());
            LifecycleStatus to = LifecycleStatus.valueOf(change.to());
            Long causedBy = change.causedBy() == null ? null : docByKey.get(change.causedBy()).id();
            documents.appendStatusChange(new StatusChange(null, doc.id(), status, to, on, at(on), currentUser.get(),
                    change.reason(), causedBy));
            documents.updateStatus(doc.id(), version++, to, at(on));
            status = to;
        }
    }

    private void insertFiling(DemoRegister.FilingEntry entry, Map<String, Issuer> issuerByKey,
                              Map<String, NormativeDocument> docByKey) {
        List<DemoRegister.FilingEventEntry> events = entry.events();
        DemoRegister.FilingEventEntry first = events.get(0);
        Filing filing = filings.insert(new Filing(null, docByKey.get(entry.document()).id(),
                issuerByKey.get(entry.filingUnit()).id(), date(entry.receivedDate()),
                FilingChannel.valueOf(entry.channel()), FilingState.valueOf(first.to()), null, null, 0),
                currentUser.get(), first.note(), at(date(first.on())));
        for (DemoRegister.FilingEventEntry event : events.subList(1, events.size())) {
            FilingState to = FilingState.valueOf(event.to());
            if (!filing.state().canMoveTo(to)) {
                throw new IllegalStateException("demo filing of " + entry.document() + " cannot go "
                        + filing.state() + " -> " + to);
            }
            String registrationNo = event.registrationNo() != null ? event.registrationNo() : filing.registrationNo();
            LocalDate registeredDate = event.registrationNo() != null ? date(event.on()) : filing.registeredDate();
            filing = filings.updateState(filing, to, registrationNo, registeredDate, currentUser.get(), event.note(),
                    at(date(event.on())));
        }
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

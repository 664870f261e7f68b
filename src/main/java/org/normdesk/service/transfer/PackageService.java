package org.normdesk.service.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.document.StatusChange;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.HeapHeadroom;
import org.normdesk.service.Progress;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.store.AttachmentStore;
import org.normdesk.store.Database;
import org.normdesk.store.DocumentStore;
import org.normdesk.store.ExchangeStore;
import org.normdesk.store.ExchangeStore.Exchanged;
import org.normdesk.store.IssuerStore;
import org.normdesk.store.RelationStore;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Offline exchange packages (.ndpkg) between a county bureau and the city: the county writes its register, or what
 * changed since its last package to that recipient; the city reads it into a {@link Reconciliation} first and then
 * applies it in one transaction with the user's choice for every conflict. Per peer unit both sides keep the hash
 * of every exchanged document as last agreed, so that a change on one side is told apart from a change on both.
 */
public final class PackageService {
    public static final String REASON_IMPORTED = "@reason.packageImport";
    private static final Pattern SERIAL = Pattern.compile("^(.*?)(\\d{1,9})(\\D*)$");
    private static final int MAX_GAPS_PER_SEQUENCE = 50;

    private final Database db;
    private final Path attachments;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final SettingsService settings;
    private final ExchangeStore store;
    private final AuditService audit;
    private final PackageLimits limits;

    public PackageService(Database db, Path attachments, SettingsService settings, Clock clock,
                          CurrentUser currentUser) {
        this(db, attachments, settings, clock, currentUser, PackageLimits.DEFAULT);
    }

    public PackageService(Database db, Path attachments, SettingsService settings, Clock clock,
                          CurrentUser currentUser, PackageLimits limits) {
        this.db = db;
        this.attachments = attachments;
        this.clock = clock;
        this.currentUser = currentUser;
        this.settings = settings;
        this.store = new ExchangeStore(db);
        this.audit = new AuditService(db, clock, currentUser);
        this.limits = limits;
    }

    // ------------------------------------------------------------------------------------------------- export

    /** What an export wrote. */
    public record ExportResult(Path file, PackageManifest manifest) {
    }

    /** Progress is reported in thousandths of the whole job. */
    private static final long PER_MILLE = 1000;
    /** Documents between two progress reports: often enough for a bar, rarely enough to cost nothing. */
    private static final int PROGRESS_EVERY = 1000;

    /**
     * Writes this register (or, with {@code sinceLast}, the documents changed since the last package to
     * {@code toUnit}) to {@code out}, and remembers what was sent. The file appears only when complete.
     */
    public ExportResult export(String toUnit, boolean sinceLast, Path out) {
        return export(toUnit, sinceLast, out, Progress.NONE);
    }

    /** {@link #export(String, boolean, Path)}, saying how far it is (per mille) as it goes. */
    public ExportResult export(String toUnit, boolean sinceLast, Path out, Progress progress) {
        currentUser.require(Role.REGISTRAR, "export an exchange package");
        if (toUnit == null || toUnit.isBlank()) {
            throw new DomainException("package.recipientBlank", "Name the unit the package is for (--to-unit)");
        }
        String recipient = toUnit.strip();
        UnitSettings unit = settings.unit();
        Instant now = clock.instant();
        Path target = out.toAbsolutePath();
        progress.update(0, PER_MILLE, "");
        Map<Long, NormativeDocument> documents = store.allDocuments();
        Map<String, Exchanged> sent = store.exchanged(recipient, ExchangeStore.EXPORT);
        Optional<ExchangeStore.PackageRow> previous = store.lastPackage(recipient, ExchangeStore.EXPORT);
        Map<Long, List<StatusChange>> history = store.allHistory();
        Map<Long, List<ExchangeStore.RelationRow>> relations = new HashMap<>();
        store.allRelations().forEach(r -> relations.computeIfAbsent(r.fromId(), k -> new ArrayList<>()).add(r));
        Map<Long, List<ExchangeStore.FilingRow>> filings = new HashMap<>();
        store.allFilings().forEach(f -> filings.computeIfAbsent(f.documentId(), k -> new ArrayList<>()).add(f));
        Map<Long, Issuer> issuersById = new HashMap<>();
        new IssuerStore(db).findAll().forEach(i -> issuersById.put(i.id(), i));

        // every document's whole record (fields, history, relations, filings): a change to any part of it, not
        // just to the document's own fields, puts the document in the next --since-last package
        Map<Long, String> hashes = new LinkedHashMap<>();
        List<PackageRecords.Document> records = new ArrayList<>(documents.size());
        Map<String, Long> attachmentIds = new TreeMap<>();
        Set<String> issuerNames = new HashSet<>();
        long statusChanges = 0;
        long links = 0;
        long filingCount = 0;
        int seen = 0;
        progress.update(100, PER_MILLE, "");
        for (NormativeDocument d : documents.values()) {
            if (++seen % PROGRESS_EVERY == 0) {
                progress.update(100 + 600L * seen / documents.size(), PER_MILLE,
                        Progress.counted(seen, documents.size()));
            }
            long id = d.id();
            Map<String, Long> recordAttachments = new TreeMap<>();
            PackageRecords.Document record = record(d, issuersById, history.getOrDefault(id, List.of()),
                    relations.getOrDefault(id, List.of()), filings.getOrDefault(id, List.of()), recordAttachments);
            String hash = Fingerprint.recordHash(record);
            Exchanged before = sent.get(String.valueOf(id));
            if (sinceLast && before != null && before.baseHash().equals(hash)) {
                continue;
            }
            hashes.put(id, hash);
            records.add(record);
            attachmentIds.putAll(recordAttachments);
            record.issuers().forEach(i -> issuerNames.add(i.name()));
            statusChanges += record.history().size();
            links += record.relations().size();
            filingCount += record.filings().size();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("documents", (long) records.size());
        counts.put("issuers", (long) issuerNames.size());
        counts.put("statusChanges", statusChanges);
        counts.put("relations", links);
        counts.put("filings", filingCount);
        counts.put("attachments", (long) attachmentIds.size());
        String packageId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(clock);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".normdesk-package-", ".part");
            AttachmentStore files = new AttachmentStore(db, attachments);
            List<PackageManifest.Entry> entries = new ArrayList<>();
            PackageManifest manifest;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                progress.update(700, PER_MILLE, "");
                entries.add(writeJson(zip, PackageReader.DOCUMENTS, records));
                entries.add(writeJson(zip, PackageReader.SERIALS, store.allRegistrationNumbers()));
                int copied = 0;
                for (Map.Entry<String, Long> a : attachmentIds.entrySet()) {
                    progress.update(800 + 150L * copied++ / attachmentIds.size(), PER_MILLE, "");
                    Path file = files.file(a.getValue());
                    if (!Files.isRegularFile(file)) {
                        throw new DomainException("package.attachmentMissing", "The attachment " + a.getKey()
                                + " is missing from " + attachments + "; the package was not written", a.getKey(),
                                attachments.toString());
                    }
                    try (InputStream in = Files.newInputStream(file)) {
                        entries.add(copy(zip, PackageReader.ATTACHMENTS_PREFIX + a.getKey(), in));
                    }
                }
                manifest = new PackageManifest(PackageManifest.FORMAT, packageId, db.schemaVersion(), unit.unitName(),
                        unit.unitCode(), recipient, !sinceLast,
                        sinceLast ? previous.map(ExchangeStore.PackageRow::packageId).orElse(null) : null,
                        sinceLast ? previous.map(p -> LocalDate.ofInstant(p.createdAt(), clock.getZone())).orElse(null)
                                : null, today, now, currentUser.name(), counts, entries);
                zip.putNextEntry(new ZipEntry(PackageReader.MANIFEST));
                zip.write(PackageJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            PackageManifest written = manifest;
            progress.update(950, PER_MILLE, "");
            db.transaction(() -> {
                store.insertPackage(new ExchangeStore.PackageRow(packageId, ExchangeStore.EXPORT, recipient, null,
                        !sinceLast, now, clock.instant(), currentUser.name(), records.size()));
                store.putExchanged(recipient, ExchangeStore.EXPORT, packageId, hashes.entrySet().stream()
                        .map(e -> new Exchanged(String.valueOf(e.getKey()), e.getKey(), e.getValue())).toList());
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("packageId", packageId);
                entry.put("to", recipient);
                entry.put("full", !sinceLast);
                entry.put("file", target.toString());
                entry.put("counts", counts);
                audit.record("package.export", "package", null, null, entry);
            });
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            progress.update(PER_MILLE, PER_MILLE, "");
            return new ExportResult(target, written);
        } catch (IOException e) {
            DomainException failed = new DomainException("package.writeFailed", "Cannot write the package " + target
                    + ": " + e.getMessage(), target.toString(), String.valueOf(e.getMessage()));
            failed.initCause(e);
            throw failed;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover .part file is harmless
                }
            }
        }
    }

    /** One document as the package carries it; the attachments its filings hold are added to {@code attachmentIds}. */
    private static PackageRecords.Document record(NormativeDocument d, Map<Long, Issuer> issuersById,
                                                  List<StatusChange> history, List<ExchangeStore.RelationRow> relations,
                                                  List<ExchangeStore.FilingRow> filings, Map<String, Long> attachmentIds) {
        List<PackageRecords.IssuerRef> issuers = d.issuers().stream().map(i -> new PackageRecords.IssuerRef(i.name(),
                i.code(), i.level().name(), i.kind().name(),
                i.parentId() == null || !issuersById.containsKey(i.parentId()) ? null
                        : issuersById.get(i.parentId()).name())).toList();
        List<PackageRecords.Status> statuses = history.stream()
                .map(s -> new PackageRecords.Status(s.from() == null ? null : s.from().name(), s.to().name(),
                        s.effectiveOn(), s.recordedAt(), s.recordedBy(), s.reason())).toList();
        List<PackageRecords.Link> outgoing = relations.stream()
                .map(r -> new PackageRecords.Link(r.kind(), String.valueOf(r.toId()), r.effectiveOn())).toList();
        List<PackageRecords.Filing> filed = new ArrayList<>();
        for (ExchangeStore.FilingRow f : filings) {
            List<PackageRecords.Submission> submissions = new ArrayList<>();
            for (ExchangeStore.SubmissionRow s : f.submissions()) {
                List<PackageRecords.Material> materials = new ArrayList<>();
                for (ExchangeStore.MaterialRow m : s.materials()) {
                    if (m.attachmentId() != null) {
                        attachmentIds.put(m.sha256(), m.attachmentId());
                    }
                    materials.add(new PackageRecords.Material(m.kind(), m.present(), m.sha256(), m.fileName(),
                            m.sizeBytes()));
                }
                submissions.add(new PackageRecords.Submission(s.seq(), s.receivedDate(), s.channel(), materials));
            }
            filed.add(new PackageRecords.Filing(f.filingUnit(), f.receivedDate(), f.channel(), f.state(),
                    f.registrationNo(), f.registeredDate(), submissions));
        }
        return new PackageRecords.Document(String.valueOf(d.id()), d.title(),
                d.docNumber() == null ? null : d.docNumber().raw(), issuers, d.type().name(), d.subjectArea(),
                d.signedDate(), d.publishedDate(), d.effectiveDate(), d.validUntil(), d.status().name(),
                d.registrationNo(), statuses, outgoing, filed);
    }

    private static PackageManifest.Entry writeJson(ZipOutputStream zip, String name, Object value) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Hashing out = new Hashing(zip);
        PackageJson.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
        zip.closeEntry();
        return new PackageManifest.Entry(name, out.size, HexFormat.of().formatHex(out.digest.digest()));
    }

    private static PackageManifest.Entry copy(ZipOutputStream zip, String name, InputStream in) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Hashing out = new Hashing(zip);
        in.transferTo(out);
        zip.closeEntry();
        return new PackageManifest.Entry(name, out.size, HexFormat.of().formatHex(out.digest.digest()));
    }

    /** Counts and hashes what goes through; closing it leaves the zip open. */
    private static final class Hashing extends FilterOutputStream {
        final MessageDigest digest = PackageReader.sha();
        long size;

        Hashing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            size += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** How many packages this register has written or taken in. */
    public int packageCount() {
        return store.packageCount();
    }

    // ------------------------------------------------------------------------------------------------- import

    /** Checks the package and compares it with this register; writes nothing. */
    public Reconciliation reconcile(Path file) {
        return reconcile(file, Progress.NONE);
    }

    /** {@link #reconcile(Path)}, saying how far it is (per mille) as it goes. */
    public Reconciliation reconcile(Path file, Progress progress) {
        progress.update(0, PER_MILLE, "");
        PackageReader.Opened opened = PackageReader.open(file, limits);
        progress.update(500, PER_MILLE, "");
        Reconciliation report = plan(opened).report;
        progress.update(PER_MILLE, PER_MILLE, "");
        return report;
    }

    /** What an import did. */
    public record ApplyResult(String packageId, int added, int updated, int keptMine, int unchanged,
                              int relationsAdded, int issuersAdded, boolean alreadyImported) {
        public boolean changedNothing() {
            return added == 0 && updated == 0 && relationsAdded == 0 && issuersAdded == 0;
        }
    }

    /**
     * Applies a package in one transaction: new documents with their issuers and history, the sender's changes,
     * every conflict as {@code resolutions} says (all must be given; none for a record that is not in conflict),
     * the 立改废 links between them, and the new agreed hashes; audited. On any failure nothing is kept.
     */
    public ApplyResult apply(Path file, Map<String, Reconciliation.Resolution> resolutions) {
        return apply(file, resolutions, Progress.NONE);
    }

    /** {@link #apply(Path, Map)}, saying how far it is (per mille) as it goes. */
    public ApplyResult apply(Path file, Map<String, Reconciliation.Resolution> resolutions, Progress progress) {
        currentUser.require(Role.REGISTRAR, "import an exchange package");
        progress.update(0, PER_MILLE, "");
        PackageReader.Opened opened = PackageReader.open(file, limits);
        progress.update(150, PER_MILLE, "");
        ApplyResult applied;
        try (HeapHeadroom room = HeapHeadroom.widen()) {
            applied = db.transaction(() -> {
                Plan plan = plan(opened);
                progress.update(300, PER_MILLE, "");
                Reconciliation report = plan.report;
                Set<String> conflicts = report.items(Reconciliation.State.CONFLICT).stream()
                        .map(Reconciliation.Item::key).collect(Collectors.toCollection(java.util.TreeSet::new));
                for (String key : resolutions.keySet()) {
                    if (!conflicts.contains(key)) {
                        throw new DomainException("package.resolveNotConflict", "Document " + key
                                + " of the package is not in conflict; only conflicts take a choice", key);
                    }
                }
                List<String> open = conflicts.stream().filter(k -> !resolutions.containsKey(k)).toList();
                if (!open.isEmpty()) {
                    throw new DomainException("package.unresolved", "Choose mine or theirs for every conflict first: "
                            + String.join(", ", open), String.join(", ", open));
                }
                // a 文号 the register (or the package) already gives another document: refused before anything is
                // written
                for (Reconciliation.NumberClash clash : report.blockingClashes(resolutions)) {
                    throw clash.refusal();
                }
                return applyPlan(opened, plan, resolutions, progress);
            });
        }
        progress.update(PER_MILLE, PER_MILLE, "");
        return applied;
    }

    private ApplyResult applyPlan(PackageReader.Opened opened, Plan plan, Map<String, Reconciliation.Resolution> resolutions,
                                  Progress progress) {
        PackageManifest manifest = opened.manifest();
        String peer = manifest.sourceUnitName().strip();
        Instant now = clock.instant();
        DocumentStore documents = new DocumentStore(db);
        IssuerStore issuerStore = new IssuerStore(db);
        Map<String, Issuer> issuers = new HashMap<>();
        issuerStore.findAll().forEach(i -> issuers.put(i.name(), i));
        int issuersBefore = issuers.size();

        List<Planned> fresh = new ArrayList<>();
        List<Planned> theirs = new ArrayList<>();
        List<Exchanged> agreed = new ArrayList<>();
        int keptMine = 0;
        int unchanged = 0;
        for (Planned p : plan.planned.values()) {
            switch (p.item.state()) {
                case NEW -> fresh.add(p);
                case CHANGED -> theirs.add(p);
                case CONFLICT -> {
                    if (resolutions.get(p.item.key()) == Reconciliation.Resolution.THEIRS) {
                        theirs.add(p);
                    } else {
                        keptMine++;
                        agreed.add(new Exchanged(p.item.key(), p.local.id(), p.theirHash));
                    }
                }
                case UNCHANGED -> {
                    unchanged++;
                    if (p.base == null || (p.mineHash.equals(p.theirHash) && !p.base.equals(p.theirHash))) {
                        agreed.add(new Exchanged(p.item.key(), p.local.id(), p.theirHash));
                    }
                }
            }
        }
        // issuing bodies this register lacks, all at once; then new documents, many at once
        List<Planned> written = new ArrayList<>(fresh);
        written.addAll(theirs);
        addMissingIssuers(written, issuers, issuerStore);
        List<NormativeDocument> toInsert = new ArrayList<>(fresh.size());
        for (Planned p : fresh) {
            toInsert.add(toDocument(p.record, null, 0, resolveIssuers(p.record, issuers, issuerStore)));
        }
        progress.update(350, PER_MILLE, Progress.counted(0, toInsert.size()));
        // the documents' batches move the bar from 350 to 550; their issuers come after the last batch
        List<NormativeDocument> inserted = documents.insertAll(toInsert, Collections.nCopies(toInsert.size(), now),
                stored -> progress.update(350 + 200L * stored / toInsert.size(), PER_MILLE,
                        Progress.counted(stored, toInsert.size())));
        progress.update(600, PER_MILLE, Progress.counted(inserted.size(), toInsert.size()));
        List<StatusChange> histories = new ArrayList<>();
        Map<String, Long> localIds = new HashMap<>(plan.localIds);
        for (int i = 0; i < inserted.size(); i++) {
            Planned p = fresh.get(i);
            NormativeDocument doc = inserted.get(i);
            localIds.put(p.item.key(), doc.id());
            agreed.add(new Exchanged(p.item.key(), doc.id(), p.theirHash));
            if (p.record.history().isEmpty()) {
                histories.add(new StatusChange(null, doc.id(), null, doc.status(),
                        firstNonNull(doc.effectiveDate(), doc.publishedDate(), LocalDate.now(clock)), now,
                        currentUser.name(), REASON_IMPORTED, null));
            }
            for (PackageRecords.Status s : p.record.history()) {
                histories.add(new StatusChange(null, doc.id(), s.from() == null ? null : status(s.from()),
                        status(s.to()), s.effectiveOn(), s.recordedAt() == null ? now : s.recordedAt(),
                        s.recordedBy() == null ? peer : s.recordedBy(), s.reason() == null ? REASON_IMPORTED
                        : s.reason(), null));
            }
        }
        documents.appendStatusChanges(histories);
        progress.update(750, PER_MILLE, "");
        // the sender's version of changed documents and of conflicts resolved as theirs
        List<AuditService.Change> updates = new ArrayList<>(theirs.size());
        for (Planned p : theirs) {
            NormativeDocument mine = p.local;
            NormativeDocument wanted = toDocument(p.record, mine.id(), mine.version(),
                    resolveIssuers(p.record, issuers, issuerStore));
            NormativeDocument saved = documents.update(wanted, now);
            if (wanted.status() != mine.status()) {
                LocalDate since = p.record.history().stream().filter(s -> wanted.status().name().equals(s.to()))
                        .reduce((a, b) -> b).map(PackageRecords.Status::effectiveOn).orElse(LocalDate.now(clock));
                documents.appendStatusChange(new StatusChange(null, mine.id(), mine.status(), wanted.status(), since,
                        now, currentUser.name(), REASON_IMPORTED, null));
            }
            updates.add(new AuditService.Change("document.update", "document", mine.id(), mine, saved));
            agreed.add(new Exchanged(p.item.key(), mine.id(), p.theirHash));
        }
        audit.recordAll(updates);
        progress.update(850, PER_MILLE, "");
        // 立改废 links of what was taken in, between documents both registers now share
        RelationStore relations = new RelationStore(db);
        Map<String, Long> known = new HashMap<>();
        store.exchanged(peer, ExchangeStore.IMPORT).forEach((k, e) -> known.put(k, e.documentId()));
        known.putAll(localIds);
        // links of unchanged documents too: a link added at the sender changes none of the document's fields
        List<Planned> linking = new ArrayList<>(fresh);
        linking.addAll(theirs);
        plan.planned.values().stream().filter(p -> p.item.state() == Reconciliation.State.UNCHANGED)
                .forEach(linking::add);
        List<Long> sources = linking.stream().map(p -> known.get(p.item.key())).filter(java.util.Objects::nonNull)
                .toList();
        Set<String> present = relations.existingFrom(sources);
        List<RelationStore.NewRelation> newLinks = new ArrayList<>();
        for (Planned p : linking) {
            Long from = known.get(p.item.key());
            for (PackageRecords.Link link : p.record.relations()) {
                Long to = known.get(link.toKey());
                RelationKind kind = relationKind(link.kind());
                if (from != null && to != null && !from.equals(to)
                        && present.add(RelationStore.key(from, kind.name(), to))) {
                    newLinks.add(new RelationStore.NewRelation(from, kind, to, link.effectiveOn() == null
                            ? LocalDate.now(clock) : link.effectiveOn()));
                }
            }
        }
        relations.insertAll(newLinks, currentUser.name(), now);
        progress.update(920, PER_MILLE, "");
        int relationsAdded = newLinks.size();
        store.putExchanged(peer, ExchangeStore.IMPORT, manifest.packageId(), agreed);
        int issuersAdded = issuers.size() - issuersBefore;
        ApplyResult result = new ApplyResult(manifest.packageId(), inserted.size(), theirs.size(), keptMine, unchanged,
                relationsAdded, issuersAdded, plan.report.alreadyImported());
        if (!plan.report.alreadyImported()) {
            store.insertPackage(new ExchangeStore.PackageRow(manifest.packageId(), ExchangeStore.IMPORT, peer,
                    manifest.sourceUnitCode(), manifest.fullRegister(), manifest.createdAt(), now, currentUser.name(),
                    opened.documents().size()));
        }
        if (!plan.report.alreadyImported() || !result.changedNothing() || !agreed.isEmpty()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("packageId", manifest.packageId());
            entry.put("from", peer);
            entry.put("file", opened.file() == null ? null : opened.file().getFileName().toString());
            entry.put("result", result);
            entry.put("resolutions", new TreeMap<>(resolutions));
            entry.put("added", inserted.stream().map(NormativeDocument::id).toList());
            audit.record("package.import", "package", null, null, entry);
        }
        return result;
    }

    private NormativeDocument toDocument(PackageRecords.Document r, Long id, int version, List<Issuer> issuers) {
        DocumentType type;
        try {
            type = DocumentType.valueOf(r.type());
        } catch (RuntimeException e) {
            throw badRecord(r.key(), "type " + r.type());
        }
        LifecycleStatus status = status(r.status());
        try {
            return new NormativeDocument(id, r.title(), DocNumber.parse(r.docNumber()).orElse(null), issuers, type,
                    r.subjectArea(), r.signedDate(), r.publishedDate(), r.effectiveDate(), r.validUntil(), status,
                    r.registrationNo(), version);
        } catch (DomainException invalid) {
            // dates in the wrong order, a blank title…: a register never sends these, a damaged package can
            throw badRecord(r.key(), invalid.getMessage());
        }
    }

    /**
     * Adds the issuers the records name that this register lacks, with few statements and one audit entry each;
     * a parent that is itself new is added in an earlier round, so that the child points to it.
     */
    private void addMissingIssuers(List<Planned> records, Map<String, Issuer> issuers, IssuerStore store) {
        Map<String, PackageRecords.IssuerRef> missing = new LinkedHashMap<>();
        Map<String, String> keyOf = new HashMap<>();
        for (Planned p : records) {
            for (PackageRecords.IssuerRef ref : p.record.issuers()) {
                String name = ref.name().strip();
                if (!issuers.containsKey(name) && !missing.containsKey(name)) {
                    missing.put(name, ref);
                    keyOf.put(name, p.item.key());
                }
            }
        }
        while (!missing.isEmpty()) {
            List<PackageRecords.IssuerRef> round = new ArrayList<>();
            for (PackageRecords.IssuerRef ref : missing.values()) {
                String parent = ref.parentName() == null ? null : ref.parentName().strip();
                if (parent == null || !missing.containsKey(parent) || parent.equals(ref.name().strip())) {
                    round.add(ref);
                }
            }
            if (round.isEmpty()) {
                // parents naming each other: the first goes in without its parent, as one by one it would
                round.add(missing.values().iterator().next());
            }
            List<Issuer> fresh = new ArrayList<>(round.size());
            for (PackageRecords.IssuerRef ref : round) {
                Issuer parent = ref.parentName() == null ? null : issuers.get(ref.parentName().strip());
                try {
                    fresh.add(new Issuer(null, ref.name(), ref.code(), OrgLevel.valueOf(ref.level()),
                            OrgKind.valueOf(ref.kind()), parent == null ? null : parent.id()));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw badRecord(keyOf.get(ref.name().strip()), "issuer " + ref.name());
                }
            }
            List<Issuer> added = store.insertAll(fresh);
            audit.recordAll(added.stream().map(i -> new AuditService.Change("issuer.add", "issuer", i.id(), null, i))
                    .toList());
            for (int k = 0; k < round.size(); k++) {
                issuers.put(added.get(k).name(), added.get(k));
                missing.remove(round.get(k).name().strip());
            }
        }
    }

    private List<Issuer> resolveIssuers(PackageRecords.Document r, Map<String, Issuer> issuers, IssuerStore store) {
        List<Issuer> resolved = new ArrayList<>();
        for (PackageRecords.IssuerRef ref : r.issuers()) {
            Issuer found = issuers.get(ref.name().strip());
            if (found == null) {
                Issuer parent = ref.parentName() == null ? null : issuers.get(ref.parentName().strip());
                try {
                    found = store.insert(new Issuer(null, ref.name(), ref.code(), OrgLevel.valueOf(ref.level()),
                            OrgKind.valueOf(ref.kind()), parent == null ? null : parent.id()));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw badRecord(r.key(), "issuer " + ref.name());
                }
                audit.record("issuer.add", "issuer", found.id(), null, found);
                issuers.put(found.name(), found);
            }
            resolved.add(found);
        }
        return resolved;
    }

    private static LifecycleStatus status(String name) {
        try {
            return LifecycleStatus.valueOf(name);
        } catch (RuntimeException e) {
            throw new DomainException("package.badRecord", "The package holds an unknown status " + name, "?",
                    String.valueOf(name));
        }
    }

    private static RelationKind relationKind(String name) {
        try {
            return RelationKind.valueOf(name);
        } catch (RuntimeException e) {
            throw new DomainException("package.badRecord", "The package holds an unknown relation " + name, "?",
                    String.valueOf(name));
        }
    }

    private static DomainException badRecord(String key, String what) {
        return new DomainException("package.badRecord", "Document " + key + " of the package cannot be read: " + what,
                key, what);
    }

    private static LocalDate firstNonNull(LocalDate... dates) {
        for (LocalDate d : dates) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------- planning

    private record Planned(Reconciliation.Item item, PackageRecords.Document record, NormativeDocument local,
                           String theirHash, String mineHash, String base) {
    }

    private record Plan(Reconciliation report, Map<String, Planned> planned, Map<String, Long> localIds) {
    }

    private Plan plan(PackageReader.Opened opened) {
        PackageManifest manifest = opened.manifest();
        String fileName = opened.file() == null ? "" : opened.file().getFileName().toString();
        String peer = manifest.sourceUnitName().strip();
        List<Issuer> allIssuers = new IssuerStore(db).findAll();
        Issuer source = allIssuers.stream().filter(i -> i.name().equals(peer)).findFirst()
                .or(() -> manifest.sourceUnitCode() == null || manifest.sourceUnitCode().isBlank() ? Optional.empty()
                        : allIssuers.stream().filter(i -> manifest.sourceUnitCode().strip().equals(i.code())).findFirst())
                .orElseThrow(() -> new DomainException("package.unknownUnit", fileName + " comes from " + peer
                        + ", which is not an issuer or sub-unit known to this register; add it to the issuers first",
                        fileName, peer));
        boolean already = store.packageRecorded(manifest.packageId(), ExchangeStore.IMPORT);
        Map<Long, NormativeDocument> mine = store.allDocuments();
        Map<String, NormativeDocument> byNaturalKey = new HashMap<>();
        for (NormativeDocument d : mine.values()) {
            byNaturalKey.put(Fingerprint.naturalKey(d.leadIssuer().name(),
                    d.docNumber() == null ? null : d.docNumber().normalized(), d.title(), d.publishedDate()), d);
        }
        Map<String, Exchanged> exchanged = store.exchanged(peer, ExchangeStore.IMPORT);
        Map<String, Planned> planned = new LinkedHashMap<>();
        Map<String, Long> localIds = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        exchanged.values().forEach(e -> covered.add(e.documentId()));
        for (PackageRecords.Document r : opened.documents()) {
            Map<String, String> theirFields = Fingerprint.fields(r);
            String theirHash = Fingerprint.hash(theirFields);
            Exchanged link = exchanged.get(r.key());
            NormativeDocument local = link == null ? null : mine.get(link.documentId());
            String base = local == null ? null : link.baseHash();
            if (local == null) {
                local = byNaturalKey.get(Fingerprint.naturalKey(r.issuers().get(0).name(),
                        theirFields.get("docNumber").isEmpty() ? null : theirFields.get("docNumber"), r.title(),
                        r.publishedDate()));
            }
            String number = r.docNumber();
            if (local == null) {
                planned.put(r.key(), new Planned(new Reconciliation.Item(r.key(), Reconciliation.State.NEW, r.title(),
                        number, null, List.of()), r, null, theirHash, null, null));
                continue;
            }
            covered.add(local.id());
            localIds.put(r.key(), local.id());
            Map<String, String> mineFields = Fingerprint.fields(local);
            String mineHash = Fingerprint.hash(mineFields);
            Reconciliation.State state;
            if (mineHash.equals(theirHash)) {
                state = Reconciliation.State.UNCHANGED;
            } else if (base == null) {
                // the same document entered on both sides before any exchange: neither wins silently
                state = Reconciliation.State.CONFLICT;
            } else if (base.equals(theirHash)) {
                state = Reconciliation.State.UNCHANGED;   // only this register changed it since
            } else if (base.equals(mineHash)) {
                state = Reconciliation.State.CHANGED;     // only the sender changed it since
            } else {
                state = Reconciliation.State.CONFLICT;
            }
            List<Reconciliation.FieldDiff> diffs = state == Reconciliation.State.UNCHANGED ? List.of()
                    : Fingerprint.diff(mineFields, theirFields);
            planned.put(r.key(), new Planned(new Reconciliation.Item(r.key(), state, r.title(), number, local.id(),
                    diffs), r, local, theirHash, mineHash, base));
        }
        List<Reconciliation.PaperFiling> paperOnly = new ArrayList<>();
        for (ExchangeStore.FilingRow f : store.filingsFrom(family(source, allIssuers))) {
            if (!covered.contains(f.documentId())) {
                NormativeDocument d = mine.get(f.documentId());
                paperOnly.add(new Reconciliation.PaperFiling(f.id(), f.documentId(), d == null ? "" : d.title(),
                        d == null || d.docNumber() == null ? "" : d.docNumber().raw(), f.filingUnit(), f.receivedDate(),
                        f.channel(), f.registrationNo()));
            }
        }
        Reconciliation report = new Reconciliation(fileName, manifest, already,
                planned.values().stream().map(Planned::item).toList(), gaps(opened.serials()), paperOnly,
                numberClashes(planned, mine.values()));
        return new Plan(report, planned, localIds);
    }

    /**
     * Documents of the package that, taken, would carry the lead issuer and 文号 of another document: of this
     * register (other than the one they are), or of another document of the package that could be taken too.
     */
    private static List<Reconciliation.NumberClash> numberClashes(Map<String, Planned> planned,
                                                                  java.util.Collection<NormativeDocument> mine) {
        Map<String, NormativeDocument> used = new HashMap<>();
        for (NormativeDocument d : mine) {
            if (d.docNumber() != null) {
                used.put(d.leadIssuer().name().strip() + "|" + d.docNumber().normalized(), d);
            }
        }
        List<Reconciliation.NumberClash> clashes = new ArrayList<>();
        Map<String, Planned> takenBy = new HashMap<>();
        for (Planned p : planned.values()) {
            if (p.item.state() == Reconciliation.State.UNCHANGED || p.record.issuers().isEmpty()) {
                continue;
            }
            Optional<DocNumber> number = DocNumber.parse(p.record.docNumber());
            if (number.isEmpty()) {
                continue;
            }
            String lead = p.record.issuers().get(0).name().strip();
            String key = lead + "|" + number.get().normalized();
            NormativeDocument other = used.get(key);
            if (other != null && (p.local == null || other.id() != p.local.id())) {
                clashes.add(new Reconciliation.NumberClash(p.item.key(), p.record.title(), lead,
                        number.get().normalized(), other.id(), null, other.title()));
                continue;
            }
            Planned earlier = takenBy.putIfAbsent(key, p);
            if (earlier != null && (p.local == null || earlier.local == null || p.local.id() != earlier.local.id())) {
                clashes.add(new Reconciliation.NumberClash(p.item.key(), p.record.title(), lead,
                        number.get().normalized(), null, earlier.item.key(), earlier.record.title()));
            }
        }
        return clashes;
    }

    /**
     * The sender's units in this register: the known issuer, up through its county-level parents to the top one
     * (清丰县司法局 → 清丰县人民政府), and everything below that.
     */
    private static Set<Long> family(Issuer source, List<Issuer> all) {
        Map<Long, Issuer> byId = new HashMap<>();
        all.forEach(i -> byId.put(i.id(), i));
        Issuer top = source;
        Set<Long> climbed = new HashSet<>();
        while (top.parentId() != null && byId.containsKey(top.parentId()) && climbed.add(top.id())
                && byId.get(top.parentId()).level() == source.level()) {
            top = byId.get(top.parentId());
        }
        Set<Long> family = new HashSet<>();
        family.add(top.id());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Issuer i : all) {
                if (i.parentId() != null && family.contains(i.parentId()) && family.add(i.id())) {
                    grew = true;
                }
            }
        }
        return family;
    }

    /** Missing numbers between the lowest and highest of every sequence (same text around the number). */
    static List<Reconciliation.SerialGap> gaps(List<String> serials) {
        Map<String, java.util.TreeSet<Long>> sequences = new TreeMap<>();
        Map<String, String[]> parts = new HashMap<>();
        for (String serial : serials) {
            if (serial == null) {
                continue;
            }
            Matcher m = SERIAL.matcher(serial.strip());
            if (!m.matches()) {
                continue;
            }
            String sequence = m.group(1) + "…" + m.group(3);
            parts.putIfAbsent(sequence, new String[]{m.group(1), m.group(3)});
            sequences.computeIfAbsent(sequence, k -> new java.util.TreeSet<>()).add(Long.parseLong(m.group(2)));
        }
        List<Reconciliation.SerialGap> gaps = new ArrayList<>();
        for (Map.Entry<String, java.util.TreeSet<Long>> s : sequences.entrySet()) {
            List<String> missing = new ArrayList<>();
            Long previous = null;
            for (Long n : s.getValue()) {
                if (previous != null && n > previous + 1 && missing.size() < MAX_GAPS_PER_SEQUENCE) {
                    String[] p = parts.get(s.getKey());
                    missing.add(n == previous + 2 ? p[0] + (previous + 1) + p[1]
                            : p[0] + (previous + 1) + p[1] + "–" + p[0] + (n - 1) + p[1]);
                }
                previous = n;
            }
            if (!missing.isEmpty()) {
                gaps.add(new Reconciliation.SerialGap(s.getKey(), missing));
            }
        }
        return gaps;
    }
}

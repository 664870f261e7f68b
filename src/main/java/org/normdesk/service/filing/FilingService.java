package org.normdesk.service.filing;

import org.normdesk.domain.account.Role;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.domain.calendar.CalendarAnswer;
import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.calendar.WorkCalendar;
import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.common.TextNormalizer;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.DeadlineKind;
import org.normdesk.domain.filing.DuplicateFilingException;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.FormalCheck;
import org.normdesk.domain.filing.FormalCheckDecision;
import org.normdesk.domain.filing.MaterialItem;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.Submission;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.calendar.CalendarService;
import org.normdesk.service.register.RegisterService;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.store.AttachmentStore;
import org.normdesk.store.Database;
import org.normdesk.store.FilingStore;
import org.normdesk.store.IssuerStore;
import org.normdesk.store.SerialStore;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Filing intake (备案登记), the clerk's daily work: receive a package, run the formal check, register it with
 * a gap-free number, or return it for correction, or refuse it; re-submissions continue the same filing.
 * Each method is one transaction.
 */
public final class FilingService {
    /** Working days before a deadline from which it shows as due soon. */
    static final int DUE_SOON_WORKING_DAYS = 3;

    private final Database db;
    private final FilingStore filings;
    private final IssuerStore issuers;
    private final SerialStore serials;
    private final AttachmentStore attachments;
    private final RegisterService register;
    private final CalendarService calendar;
    private final SettingsService settings;
    private final Clock clock;
    private final Supplier<String> currentUser;
    private final AuditService audit;

    /** Whose roles the protected operations check. */
    private final CurrentUser access;

    public FilingService(Database db, AttachmentStore attachments, RegisterService register, CalendarService calendar,
                         SettingsService settings, Clock clock, Supplier<String> currentUser) {
        this.access = CurrentUser.of(currentUser);
        this.db = db;
        this.filings = new FilingStore(db);
        this.issuers = new IssuerStore(db);
        this.serials = new SerialStore(db);
        this.attachments = attachments;
        this.register = register;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
        this.currentUser = currentUser;
        this.audit = new AuditService(db, clock, currentUser);
    }

    /**
     * Records a received filing (and its document, if new to the register).
     *
     * @throws IntakeValidationException  a wrong intake field; nothing saved
     * @throws IntakeWarningsException    warnings not yet acknowledged; nothing saved
     * @throws org.normdesk.domain.document.DocumentValidationException a wrong document field, incl. a duplicate 文号
     * @throws DuplicateFilingException   the document is already filed
     */
    public FilingView receive(ReceiveRequest request) {
        access.require(Role.REGISTRAR, "receive a filing");
        return db.transaction(() -> {
            Map<IntakeField, DomainException> errors = new EnumMap<>(IntakeField.class);
            LocalDate received = parseReceivedDate(request.receivedDate(), errors);
            Issuer unit = request.filingUnitId() == null ? null : issuers.find(request.filingUnitId()).orElse(null);
            if (unit == null) {
                errors.put(IntakeField.FILING_UNIT, new DomainException("filing.unit.missing", "Choose the filing unit"));
            }
            if (request.channel() == null) {
                errors.put(IntakeField.CHANNEL, new DomainException("filing.channel.missing", "Choose how it arrived"));
            }
            if (request.existingDocumentId() == null && request.newDocument() == null) {
                errors.put(IntakeField.DOCUMENT, new DomainException("filing.document.missing",
                        "Choose a document of the register or enter a new one"));
            }
            if (!errors.isEmpty()) {
                throw new IntakeValidationException(errors);
            }
            NormativeDocument document = request.existingDocumentId() != null
                    ? register.get(request.existingDocumentId())
                    : register.add(request.newDocument());
            checkAgainstDocument(document, received, request.acknowledgeWarnings(), request.existingDocumentId() == null);
            filings.activeFor(document.id()).ifPresent(existing -> {
                throw new DuplicateFilingException(document.title(), existing.id(), existing.state());
            });
            Instant now = clock.instant();
            Filing filing = filings.insert(new Filing(null, document.id(), unit.id(), received, request.channel(),
                    FilingState.RECEIVED, null, null, 0), currentUser.get(), null, now);
            filings.insertSubmission(filing.id(), 1, received, request.channel(), materials(request.materials(), now));
            return audited("filing.receive", null, view(filing.id()));
        });
    }

    /**
     * 准予备案登记: the formal check passed; gives the next registration number of the year.
     *
     * @param isNormative    the clerk confirms it is a normative document
     * @param rightAuthority the clerk confirms it was filed with the right authority
     */
    public FilingView register(long filingId, int version, boolean isNormative, boolean rightAuthority) {
        access.require(Role.REGISTRAR, "register a filing");
        return db.transaction(() -> {
            FilingView view = view(filingId);
            requireState(view.filing(), FilingState.RECEIVED, FilingState.REGISTERED);
            if (!isNormative || !rightAuthority) {
                throw new DomainException("filing.register.outOfScope",
                        "A document that is not a normative document, or filed with the wrong authority, is refused, not registered");
            }
            UnitSettings unit = settings.unit();
            Set<MaterialKind> missing = view.currentSubmission().missing(unit.requiredMaterials());
            if (!missing.isEmpty()) {
                throw new MissingMaterialsException(missing);
            }
            LocalDate today = today();
            int serial = serials.next("registration:" + today.getYear());
            String number = unit.registrationTemplate().render(unit.unitCode(), today.getYear(), serial);
            if (filings.registrationNumbers(today.getYear()).contains(number)) {
                throw new DomainException("numbering.collision", "Registration number " + number
                        + " is already taken; check the numbering template", number);
            }
            Instant now = clock.instant();
            filings.insertFormalCheck(new FormalCheck(null, filingId, view.currentSubmission().id(), true, true, true,
                    !view.deadlines().late(), FormalCheckDecision.REGISTER, null, null, currentUser.get(), now));
            filings.updateState(withVersion(view.filing(), version), FilingState.REGISTERED, number, today,
                    currentUser.get(), null, now);
            return audited("filing.register", view, view(filingId));
        });
    }

    /** 退回补正: the package must be supplemented; the reasons go on the return notice. */
    public FilingView returnForCorrection(long filingId, int version, List<String> reasons) {
        access.require(Role.REGISTRAR, "return a filing");
        return db.transaction(() -> {
            FilingView view = view(filingId);
            requireState(view.filing(), FilingState.RECEIVED, FilingState.RETURNED_FOR_CORRECTION);
            List<String> given = reasons == null ? List.of()
                    : reasons.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
            if (given.isEmpty()) {
                throw new IntakeValidationException(Map.of(IntakeField.REASONS,
                        new DomainException("filing.return.noReason", "Say what must be corrected or supplemented")));
            }
            LocalDate resubmitDue = due(DeadlineKind.RESUBMIT_DUE, today()).value();
            Set<MaterialKind> missing = view.currentSubmission().missing(settings.unit().requiredMaterials());
            Instant now = clock.instant();
            filings.insertFormalCheck(new FormalCheck(null, filingId, view.currentSubmission().id(), true, true,
                    missing.isEmpty(), !view.deadlines().late(), FormalCheckDecision.RETURN, String.join("\n", given),
                    resubmitDue, currentUser.get(), now));
            filings.updateState(withVersion(view.filing(), version), FilingState.RETURNED_FOR_CORRECTION, null, null,
                    currentUser.get(), String.join("；", given), now);
            return audited("filing.return", view, view(filingId));
        });
    }

    /** 不予备案登记: not a normative document, or not for this authority. */
    public FilingView reject(long filingId, int version, boolean isNormative, boolean rightAuthority, String reason) {
        access.require(Role.REGISTRAR, "reject a filing");
        return db.transaction(() -> {
            FilingView view = view(filingId);
            requireState(view.filing(), FilingState.RECEIVED, FilingState.REJECTED_NOT_IN_SCOPE);
            if (reason == null || reason.isBlank()) {
                throw new IntakeValidationException(Map.of(IntakeField.REASONS,
                        new DomainException("filing.reject.noReason", "Say why the filing is not accepted")));
            }
            Instant now = clock.instant();
            filings.insertFormalCheck(new FormalCheck(null, filingId, view.currentSubmission().id(), isNormative,
                    rightAuthority, false, !view.deadlines().late(), FormalCheckDecision.REJECT, reason.strip(), null,
                    currentUser.get(), now));
            filings.updateState(withVersion(view.filing(), version), FilingState.REJECTED_NOT_IN_SCOPE, null, null,
                    currentUser.get(), reason.strip(), now);
            return audited("filing.reject", view, view(filingId));
        });
    }

    /** The corrected package of a returned filing: the same filing, a new submission with its own clock. */
    public FilingView resubmit(long filingId, int version, String receivedDate,
                               FilingChannel channel, List<MaterialInput> materials) {
        access.require(Role.REGISTRAR, "receive a resubmission");
        return db.transaction(() -> {
            FilingView view = view(filingId);
            requireState(view.filing(), FilingState.RETURNED_FOR_CORRECTION, FilingState.RECEIVED);
            Map<IntakeField, DomainException> errors = new EnumMap<>(IntakeField.class);
            LocalDate received = parseReceivedDate(receivedDate, errors);
            if (received != null && received.isBefore(view.currentSubmission().receivedDate())) {
                errors.put(IntakeField.RECEIVED_DATE, new DomainException("filing.resubmit.beforePrevious",
                        "Received " + received + ", before the previous package of " + view.currentSubmission().receivedDate(),
                        received, view.currentSubmission().receivedDate()));
            }
            if (!errors.isEmpty()) {
                throw new IntakeValidationException(errors);
            }
            Instant now = clock.instant();
            filings.insertSubmission(filingId, view.submissions().size() + 1, received,
                    channel == null ? view.filing().channel() : channel, materials(materials, now));
            filings.updateState(withVersion(view.filing(), version), FilingState.RECEIVED, null, null,
                    currentUser.get(), null, now);
            return audited("filing.resubmit", view, view(filingId));
        });
    }

    /** Records the filing's state before and after (the filing row and its packages, not the whole view). */
    private FilingView audited(String action, FilingView before, FilingView after) {
        audit.record(action, "filing", after.filing().id(),
                before == null ? null : Map.of("filing", before.filing(), "submissions", before.submissions()),
                Map.of("filing", after.filing(), "submissions", after.submissions()));
        return after;
    }

    public FilingView view(long filingId) {
        Filing filing = filings.find(filingId).orElseThrow(() -> new NotFoundException("filing", filingId));
        NormativeDocument document = register.get(filing.documentId());
        Issuer unit = issuers.find(filing.filingUnitId()).orElseThrow();
        List<Submission> submissions = filings.submissions(filingId);
        List<FormalCheck> checks = filings.formalChecks(filingId);
        return new FilingView(filing, document, unit, submissions, checks,
                deadlines(filing, document, submissions, checks));
    }

    /** The intake queue: filings in these states (all when empty), soonest deadline first. */
    public List<IntakeRow> queue(Set<FilingState> states) {
        LocalDate today = today();
        WorkCalendar cal = calendar.calendar();
        List<IntakeRow> rows = new ArrayList<>();
        // the rules and the calendar are read once for the whole queue, not once a filing
        Map<DeadlineKind, DeadlineRule> rules = calendar.deadlineRules();
        for (FilingStore.QueueFacts facts : filings.queueFacts(states)) {
            Filing filing = facts.filing();
            FilingDeadlines deadlines = deadlines(filing, facts.publishedDate(), facts.lastSubmissionDate(),
                    facts.lastResubmitDue(), rules, cal);
            LocalDate next = nextDue(filing.state(), deadlines);
            rows.add(new IntakeRow(filing.id(), filing.version(), filing.documentId(), facts.title(),
                    facts.docNumberRaw(), facts.filingUnitName(), filing.state(), filing.receivedDate(),
                    facts.lastSubmissionDate(), facts.submissionCount(), next,
                    health(next, today, cal), deadlines.daysLate(), filing.registrationNo()));
        }
        rows.sort((a, b) -> {
            if (a.nextDue() == null || b.nextDue() == null) {
                return a.nextDue() == null ? (b.nextDue() == null ? 0 : 1) : -1;
            }
            return a.nextDue().compareTo(b.nextDue());
        });
        return rows;
    }

    /** Open filings whose next deadline has passed. */
    public List<IntakeRow> overdue() {
        return queue(EnumSet.of(FilingState.RECEIVED, FilingState.RETURNED_FOR_CORRECTION, FilingState.REGISTERED,
                FilingState.UNDER_REVIEW)).stream().filter(r -> r.health() == DueHealth.OVERDUE).toList();
    }

    /** Open filings with a deadline from today up to the end of this week (the "today" panel). */
    public List<IntakeRow> dueThisWeek() {
        LocalDate today = today();
        LocalDate sunday = today.plusDays(7 - today.getDayOfWeek().getValue());
        return queue(EnumSet.of(FilingState.RECEIVED, FilingState.RETURNED_FOR_CORRECTION, FilingState.REGISTERED,
                FilingState.UNDER_REVIEW)).stream()
                .filter(r -> r.nextDue() != null && !r.nextDue().isBefore(today) && !r.nextDue().isAfter(sunday))
                .toList();
    }

    /**
     * 漏报: documents of other bodies published since {@code publishedFrom} whose filing deadline has passed
     * with no filing at all; the unit's own government's documents are filed upward and left out.
     */
    public List<UnfiledDocument> unfiled(LocalDate publishedFrom) {
        LocalDate today = today();
        DeadlineRule rule = calendar.deadlineRules().get(DeadlineKind.FILING_DUE);
        WorkCalendar cal = calendar.calendar();
        Set<Long> own = settings.unit().ownIssuerIds();
        List<UnfiledDocument> unfiled = new ArrayList<>();
        for (Long documentId : filings.documentsWithoutFiling(publishedFrom, today, own)) {
            NormativeDocument doc = register.get(documentId);
            LocalDate filingDue = rule.dueDate(doc.publishedDate(), cal);
            if (filingDue.isBefore(today)) {
                unfiled.add(new UnfiledDocument(doc.id(), doc.title(),
                        doc.docNumber() == null ? null : doc.docNumber().raw(), doc.leadIssuer().name(),
                        doc.publishedDate(), filingDue, ChronoUnit.DAYS.between(filingDue, today)));
            }
        }
        return unfiled;
    }

    private void checkAgainstDocument(NormativeDocument document, LocalDate received, boolean acknowledged,
                                      boolean newDocument) {
        if (document.publishedDate() != null && received.isBefore(document.publishedDate())) {
            throw new IntakeValidationException(Map.of(IntakeField.RECEIVED_DATE, new DomainException(
                    "filing.received.beforePublished", "Received " + received + ", before the document was published on "
                    + document.publishedDate(), received, document.publishedDate())));
        }
        if (acknowledged) {
            return;
        }
        List<DomainException> warnings = new ArrayList<>();
        WorkCalendar cal = calendar.calendar();
        if (!cal.isWorkingDay(received)) {
            warnings.add(new DomainException("filing.warning.receivedOnDayOff", "Received on " + received
                    + ", which is not a working day (" + cal.holidayName(received).orElse("") + ")",
                    received, cal.holidayName(received).orElse("")));
        }
        if (newDocument) {
            similarTitle(document).ifPresent(similar -> warnings.add(new DomainException("filing.warning.similarTitle",
                    "The same body already has a very similar title this year: " + similar.title(), similar.title(),
                    similar.docNumber() == null ? "" : similar.docNumber())));
        }
        if (!warnings.isEmpty()) {
            throw new IntakeWarningsException(warnings);
        }
    }

    /** Same lead body, same year, a title that differs only in a few characters (年度通知 differ by year, so same year). */
    private Optional<DocumentSummary> similarTitle(NormativeDocument document) {
        if (document.publishedDate() == null) {
            return Optional.empty();
        }
        String title = TextNormalizer.normalizeTitle(document.title());
        return register.search(new DocumentQuery(null, Set.of(), Set.of(), document.publishedDate().getYear(),
                        document.leadIssuer().id(), 0)).stream()
                .filter(other -> other.id() != document.id())
                .filter(other -> similarity(title, TextNormalizer.normalizeTitle(other.title())) >= 0.8)
                .findFirst();
    }

    /** Dice coefficient on character bigrams: robust for Chinese titles without word segmentation. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        Map<String, Integer> bigrams = new LinkedHashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            bigrams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            String bigram = b.substring(i, i + 2);
            Integer left = bigrams.get(bigram);
            if (left != null && left > 0) {
                shared++;
                bigrams.put(bigram, left - 1);
            }
        }
        int total = Math.max(0, a.length() - 1) + Math.max(0, b.length() - 1);
        return total == 0 ? 0 : 2.0 * shared / total;
    }

    private LocalDate parseReceivedDate(String text, Map<IntakeField, DomainException> errors) {
        try {
            LocalDate received = DateParser.parseDay(text);
            if (received.isAfter(today())) {
                errors.put(IntakeField.RECEIVED_DATE, new DomainException("filing.received.future",
                        "Received " + received + " is in the future", received));
                return null;
            }
            return received;
        } catch (DomainException e) {
            errors.put(IntakeField.RECEIVED_DATE, e);
            return null;
        }
    }

    private List<MaterialItem> materials(List<MaterialInput> inputs, Instant now) {
        Map<MaterialKind, MaterialItem> byKind = new EnumMap<>(MaterialKind.class);
        for (MaterialKind kind : MaterialKind.values()) {
            byKind.put(kind, new MaterialItem(kind, false, null, null));
        }
        for (MaterialInput input : inputs) {
            Long attachmentId = input.present() && input.file() != null ? attachments.store(input.file(), now) : null;
            byKind.put(input.kind(), new MaterialItem(input.kind(), input.present(), attachmentId,
                    input.file() == null ? null : input.file().getFileName().toString()));
        }
        return List.copyOf(byKind.values());
    }

    private FilingDeadlines deadlines(Filing filing, NormativeDocument document, List<Submission> submissions,
                                      List<FormalCheck> checks) {
        return deadlines(filing, document.publishedDate(), submissions.get(submissions.size() - 1).receivedDate(),
                checks.stream().filter(c -> c.decision() == FormalCheckDecision.RETURN)
                        .reduce((first, second) -> second).map(FormalCheck::resubmitDue).orElse(null),
                calendar.deadlineRules(), calendar.calendar());
    }

    private FilingDeadlines deadlines(Filing filing, LocalDate publishedDate, LocalDate lastSubmissionDate,
                                      LocalDate lastResubmitDue, Map<DeadlineKind, DeadlineRule> rules,
                                      WorkCalendar cal) {
        boolean estimated = false;
        LocalDate filingDue = null;
        long daysLate = 0;
        if (publishedDate != null) {
            CalendarAnswer<LocalDate> answer = rules.get(DeadlineKind.FILING_DUE).due(publishedDate, cal);
            filingDue = answer.value();
            estimated = answer.estimated();
            daysLate = Math.max(0, ChronoUnit.DAYS.between(filingDue, filing.receivedDate()));
        }
        LocalDate formalCheckDue = null;
        LocalDate resubmitDue = null;
        LocalDate reviewDue = null;
        if (filing.state() == FilingState.RECEIVED) {
            CalendarAnswer<LocalDate> answer = rules.get(DeadlineKind.FORMAL_CHECK_DUE).due(lastSubmissionDate, cal);
            formalCheckDue = answer.value();
            estimated |= answer.estimated();
        }
        if (filing.state() == FilingState.RETURNED_FOR_CORRECTION) {
            resubmitDue = lastResubmitDue;
        }
        if (filing.registeredDate() != null) {
            CalendarAnswer<LocalDate> answer = rules.get(DeadlineKind.REVIEW_DUE).due(filing.registeredDate(), cal);
            reviewDue = answer.value();
            estimated |= answer.estimated();
        }
        return new FilingDeadlines(filingDue, daysLate, formalCheckDue, resubmitDue, reviewDue, estimated);
    }

    private static LocalDate nextDue(FilingState state, FilingDeadlines deadlines) {
        return switch (state) {
            case RECEIVED -> deadlines.formalCheckDue();
            case RETURNED_FOR_CORRECTION -> deadlines.resubmitDue();
            case REGISTERED, UNDER_REVIEW -> deadlines.reviewDue();
            default -> null;
        };
    }

    private static DueHealth health(LocalDate due, LocalDate today, WorkCalendar cal) {
        if (due == null) {
            return DueHealth.NONE;
        }
        if (due.isBefore(today)) {
            return DueHealth.OVERDUE;
        }
        return cal.workingDaysBetween(today, due) <= DUE_SOON_WORKING_DAYS ? DueHealth.DUE_SOON : DueHealth.OK;
    }

    private CalendarAnswer<LocalDate> due(DeadlineKind kind, LocalDate start) {
        return calendar.deadlineRules().get(kind).due(start, calendar.calendar());
    }

    private static void requireState(Filing filing, FilingState expected, FilingState target) {
        if (filing.state() != expected || !filing.state().canMoveTo(target)) {
            throw new DomainException("filing.state.refused", "Filing #" + filing.id() + " is " + filing.state()
                    + " and cannot become " + target, filing.state(), target);
        }
    }

    /** The caller's version decides: a filing changed since it was shown is not overwritten. */
    private static Filing withVersion(Filing filing, int version) {
        return new Filing(filing.id(), filing.documentId(), filing.filingUnitId(), filing.receivedDate(),
                filing.channel(), filing.state(), filing.registrationNo(), filing.registeredDate(), version);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Names the missing materials, so the clerk can return the filing with them as reasons. */
    public static final class MissingMaterialsException extends DomainException {
        private final Set<MaterialKind> missing;

        public MissingMaterialsException(Set<MaterialKind> missing) {
            super("filing.register.materialsMissing", "Required materials are missing: " + missing,
                    List.copyOf(missing));
            this.missing = Set.copyOf(missing);
        }

        public Set<MaterialKind> missing() {
            return missing;
        }
    }
}

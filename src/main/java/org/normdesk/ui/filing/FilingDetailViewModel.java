package org.normdesk.ui.filing;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FormalCheck;
import org.normdesk.domain.filing.MaterialItem;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.Submission;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.filing.FilingDeadlines;
import org.normdesk.service.filing.FilingService;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The selected filing: its document and unit, every package with its materials checklist, the formal
 * checks, and its deadlines — the first receipt's clock (报送期限, 迟报) and the current package's clock side by
 * side after a re-submission.
 */
public final class FilingDetailViewModel {
    private final FilingService filings;
    private final SettingsService settings;
    private final Messages messages;
    private final TaskRunner runner;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<FilingView> filing = new ReadOnlyObjectWrapper<>(this, "filing");
    private final ReadOnlyObjectWrapper<Set<MaterialKind>> missing = new ReadOnlyObjectWrapper<>(this, "missing",
            Set.of());
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final ObservableList<Field> deadlines = FXCollections.observableArrayList();
    private final ObservableList<PackageRow> packages = FXCollections.observableArrayList();
    private final ObservableList<String> checks = FXCollections.observableArrayList();
    private final ObservableList<org.normdesk.ui.register.AuditRow> audit = FXCollections.observableArrayList();
    /** The register's audit trail; null leaves the audit history empty (view-model tests without it). */
    private volatile org.normdesk.service.audit.AuditService auditTrail;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** Only the newest request may fill the pane: selections change faster than the database answers. */
    private long generation;

    public FilingDetailViewModel(FilingService filings, SettingsService settings, Messages messages,
                                 TaskRunner runner, Clock clock) {
        this.filings = filings;
        this.settings = settings;
        this.messages = messages;
        this.runner = runner;
        this.clock = clock;
    }

    /** Fills the audit history from {@code trail} from the next filing shown on. */
    public void setAuditTrail(org.normdesk.service.audit.AuditService trail) {
        this.auditTrail = trail;
    }

    /** The shown filing's audit entries, oldest first. */
    public ObservableList<org.normdesk.ui.register.AuditRow> audit() {
        return audit;
    }

    /** Reads the audit history of {@code filingId} in the background; kept only while that filing is shown. */
    private void loadAudit(long filingId) {
        org.normdesk.service.audit.AuditService trail = auditTrail;
        if (trail == null) {
            audit.clear();
            return;
        }
        long request = generation;
        runner.run(messages.get("filing.detail.loading"),
                progress -> org.normdesk.ui.register.AuditHistory.rows(trail, messages, "filing", filingId),
                rows -> {
                    if (request == generation) {
                        audit.setAll(rows);
                    }
                }, failure -> { });
    }

    /** Shows filing {@code id}, or nothing for null. */
    public void show(Long id) {
        long request = ++generation;
        if (id == null) {
            clear();
            return;
        }
        runner.run(messages.get("filing.detail.loading"),
                progress -> new Loaded(filings.view(id), settings.unit().requiredMaterials()),
                loaded -> {
                    if (request == generation) {
                        fill(loaded);
                    }
                }, failure -> {
                    if (request == generation) {
                        clear();
                        error.set(ErrorText.of(failure, messages));
                    }
                });
    }

    /** Shows an answer the service already gave (after an action), without asking again. */
    public void show(FilingView view, Set<MaterialKind> required) {
        generation++;
        fill(new Loaded(view, required));
    }

    private void fill(Loaded loaded) {
        FilingView view = loaded.view();
        Filing f = view.filing();
        NormativeDocument doc = view.document();
        Submission current = view.currentSubmission();
        error.set("");
        loadAudit(f.id());

        List<Field> shown = new ArrayList<>();
        shown.add(new Field("number", messages.get("intake.column.number"),
                doc.docNumber() == null ? "" : doc.docNumber().raw()));
        shown.add(new Field("issuers", messages.get("filing.detail.issuers"),
                doc.issuers().stream().map(Issuer::name).collect(Collectors.joining("、"))));
        shown.add(new Field("published", messages.get("filing.detail.published"), messages.date(doc.publishedDate())));
        shown.add(new Field("unit", messages.get("intake.column.unit"), view.filingUnit().name()));
        shown.add(new Field("state", messages.get("intake.column.state"), messages.label(f.state())));
        shown.add(new Field("firstReceived", messages.get("intake.column.firstReceived"),
                messages.format("filing.detail.receivedVia", f.receivedDate(), f.channel())));
        shown.add(new Field("currentReceived", messages.get("intake.column.currentReceived"),
                messages.format("filing.detail.package", current.seq(), current.receivedDate(), current.channel())));
        shown.add(new Field("registrationNo", messages.get("intake.column.registrationNo"), f.registrationNo() == null
                ? "" : messages.format("filing.detail.registered", f.registrationNo(), f.registeredDate())));
        fields.setAll(shown);

        deadlines.setAll(deadlineFields(view));
        missing.set(current.missing(loaded.required()));

        List<PackageRow> rows = new ArrayList<>();
        for (Submission s : view.submissions()) {
            Set<MaterialKind> lacking = s.missing(loaded.required());
            List<MaterialRow> lines = new ArrayList<>();
            for (MaterialItem item : s.materials()) {
                boolean required = loaded.required().contains(item.kind());
                if (item.present() || required) {
                    lines.add(new MaterialRow(item.kind(), messages.label(item.kind()), item.present(), required,
                            item.fileName() == null ? "" : item.fileName()));
                }
            }
            String caption = messages.format("filing.detail.packageCaption", s.seq(), s.receivedDate(), s.channel(),
                    lacking.isEmpty() ? messages.get("filing.detail.complete")
                            : messages.format("filing.detail.lacking", lacking.size()));
            rows.add(new PackageRow(s.seq(), caption, lacking.isEmpty(), lines));
        }
        packages.setAll(rows);

        List<String> checkLines = new ArrayList<>();
        for (FormalCheck c : view.checks()) {
            checkLines.add(checkText(c));
        }
        checks.setAll(checkLines);
        filing.set(view);
    }

    private List<Field> deadlineFields(FilingView view) {
        FilingDeadlines d = view.deadlines();
        Filing f = view.filing();
        Submission current = view.currentSubmission();
        List<Field> shown = new ArrayList<>();
        // the first clock: publication → first receipt, whatever happened since
        shown.add(new Field("filingDue", messages.get("filing.deadline.filingDue"), d.filingDue() == null
                ? messages.get("filing.deadline.noPublication")
                : d.late() ? messages.format("filing.deadline.late", d.filingDue(), f.receivedDate(), d.daysLate())
                : messages.format("filing.deadline.onTime", d.filingDue(), f.receivedDate())));
        // the second clock: the current package
        if (d.formalCheckDue() != null) {
            shown.add(new Field("formalCheckDue", messages.get("filing.deadline.formalCheckDue"),
                    messages.format("filing.deadline.fromPackage", d.formalCheckDue(), current.seq(),
                            current.receivedDate())));
        }
        if (d.resubmitDue() != null) {
            shown.add(new Field("resubmitDue", messages.get("filing.deadline.resubmitDue"), messages.date(d.resubmitDue())));
        }
        if (d.reviewDue() != null) {
            shown.add(new Field("reviewDue", messages.get("filing.deadline.reviewDue"),
                    messages.format("filing.deadline.fromRegistration", d.reviewDue(), f.registeredDate())));
        }
        if (d.estimated()) {
            shown.add(new Field("estimated", "", messages.get("filing.deadline.estimated")));
        }
        return shown;
    }

    private String checkText(FormalCheck c) {
        LocalDate day = c.checkedAt().atZone(clock.getZone()).toLocalDate();
        StringBuilder text = new StringBuilder(messages.format("filing.detail.check", day, c.decision(),
                c.checkedBy() == null ? "" : c.checkedBy()));
        if (c.reasons() != null && !c.reasons().isBlank()) {
            text.append("\n").append(c.reasons().replace("\n", "；"));
        }
        if (c.resubmitDue() != null) {
            text.append("\n").append(messages.format("filing.detail.checkDue", c.resubmitDue()));
        }
        return text.toString();
    }

    private void clear() {
        filing.set(null);
        fields.clear();
        deadlines.clear();
        packages.clear();
        checks.clear();
        audit.clear();
        missing.set(Set.of());
        error.set("");
    }

    /** The loaded filing; null while none is selected. */
    public ReadOnlyObjectProperty<FilingView> filingProperty() {
        return filing.getReadOnlyProperty();
    }

    /** Required materials the current package lacks. */
    public ReadOnlyObjectProperty<Set<MaterialKind>> missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public Set<MaterialKind> missing() {
        Set<MaterialKind> m = EnumSet.noneOf(MaterialKind.class);
        m.addAll(missing.get());
        return m;
    }

    public ObservableList<Field> fields() {
        return fields;
    }

    public ObservableList<Field> deadlines() {
        return deadlines;
    }

    public ObservableList<PackageRow> packages() {
        return packages;
    }

    public ObservableList<String> checks() {
        return checks;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    /** One labelled value; {@code key} names it for the view's node ids. */
    public record Field(String key, String label, String value) {
    }

    /** One package (报送) with its checklist. */
    public record PackageRow(int seq, String caption, boolean complete, List<MaterialRow> materials) {
    }

    /** A checklist line: present or missing, required or not, and the file that came with it. */
    public record MaterialRow(MaterialKind kind, String label, boolean present, boolean required, String fileName) {
    }

    private record Loaded(FilingView view, Set<MaterialKind> required) {
    }
}

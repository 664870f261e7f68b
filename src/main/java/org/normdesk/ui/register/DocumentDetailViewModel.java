package org.normdesk.ui.register;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.document.DocumentField;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.Relation;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.service.register.LifecycleService;
import org.normdesk.domain.document.StatusChange;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.audit.AuditService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The detail pane: every field of the selected document, its issuers, its status history and its audit entries. */
public final class DocumentDetailViewModel {
    private final RegisterService register;
    private final Messages messages;
    private final TaskRunner runner;

    private final ReadOnlyObjectWrapper<NormativeDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    // made once: an unmodifiable view holds its listeners only as long as someone holds the view
    private final ObservableList<Field> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final ObservableList<HistoryRow> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<AuditRow> auditRows = FXCollections.observableArrayList();
    private final ObservableList<AuditRow> auditView = FXCollections.unmodifiableObservableList(auditRows);
    /** The register's audit trail; null leaves the history tab empty (view-model tests without it). */
    private volatile AuditService audit;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<RelationLink> relations = FXCollections.observableArrayList();
    private final ObservableList<RelationLink> relationsView = FXCollections.unmodifiableObservableList(relations);
    private LifecycleService lifecycle;
    private java.util.function.Consumer<Scope> navigator = scope -> { };
    /** Only the newest request may fill the pane: selections can change faster than the database answers. */
    private long generation;

    public DocumentDetailViewModel(RegisterService register, Messages messages, TaskRunner runner) {
        this.register = register;
        this.messages = messages;
        this.runner = runner;
    }

    /** Fills the audit history tab from {@code trail} from the next document shown on. */
    public void setAuditTrail(AuditService trail) {
        this.audit = trail;
    }

    /** Shows the document {@code id}, or nothing for null. */
    public void show(Long id) {
        long request = ++generation;
        if (id == null) {
            clear();
            return;
        }
        runner.run(messages.get("detail.loading"), progress -> load(id), loaded -> {
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

    /** Shows the 立改废 relations of the document, both directions, through {@code lifecycle}. */
    public void setLifecycle(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** Where a clicked relation goes: the register shows the documents it names. */
    public void setNavigator(java.util.function.Consumer<Scope> navigator) {
        this.navigator = navigator;
    }

    /** Shows the documents of a relation line in the register. */
    public void follow(RelationLink link) {
        navigator.accept(link.scope());
    }

    private List<RelationLink> relationLinks(long id) {
        if (lifecycle == null) {
            return List.of();
        }
        List<RelationLink> links = new ArrayList<>();
        // what acts on this document: one line each ("amended by 濮政〔2020〕5号")
        Map<RelationKind, List<Relation>> outgoing = new java.util.EnumMap<>(RelationKind.class);
        for (Relation r : lifecycle.relations(id)) {
            if (r.toDocumentId() == id) {
                String by = caption(r.fromNumber(), r.fromTitle());
                links.add(new RelationLink(messages.format("relation.in." + r.kind().name(), by),
                        Scope.documents(by, List.of(r.fromDocumentId()))));
            } else {
                outgoing.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
            }
        }
        // what this document acts on: one line per kind ("repeals 3 documents")
        outgoing.forEach((kind, acted) -> {
            List<Long> ids = acted.stream().map(Relation::toDocumentId).toList();
            String text = acted.size() == 1
                    ? messages.format("relation.out." + kind.name(), caption(acted.get(0).toNumber(),
                    acted.get(0).toTitle()))
                    : messages.format("relation.outMany." + kind.name(), acted.size());
            links.add(new RelationLink(text, Scope.documents(text, ids)));
        });
        return links;
    }

    private static String caption(String number, String title) {
        return number == null || number.isBlank() ? title : number + " " + title;
    }

    private Loaded load(long id) {
        NormativeDocument doc = register.get(id);
        List<StatusChange> changes = register.history(id);
        Map<Long, String> causes = new HashMap<>();
        for (StatusChange change : changes) {
            Long cause = change.causedByDocumentId();
            if (cause != null && !causes.containsKey(cause)) {
                causes.put(cause, caption(register.get(cause)));
            }
        }
        List<HistoryRow> rows = new ArrayList<>();
        for (StatusChange c : changes) {
            rows.add(new HistoryRow(c.effectiveOn(), c.from() == null ? "" : messages.label(c.from()), c.to(),
                    messages.label(c.to()), c.recordedBy(), messages.reason(c.reason()),
                    c.causedByDocumentId() == null ? "" : causes.get(c.causedByDocumentId())));
        }
        return new Loaded(doc, rows, auditRows(id), relationLinks(id));
    }

    private List<AuditRow> auditRows(long id) {
        return AuditHistory.rows(audit, messages, "document", id, this::value);
    }

    /**
     * A status change's reason may be a message key, and the documents an entry names (a cause, a relation's ends)
     * are stored by their ids: readers see the reason's text and each document's 文号 and title. Constant names
     * (status, type, a relation's kind) read by their labels as in every audit tab.
     */
    private String value(String field, String stored) {
        if (stored.isEmpty()) {
            return "";
        }
        try {
            return switch (field) {
                case "reason" -> messages.reason(stored);
                case "causedByDocumentId", "from", "to" -> documentCaption(Long.parseLong(stored));
                default -> AuditHistory.shown(messages, "document", field, stored);
            };
        } catch (NumberFormatException notAnId) {
            return stored;
        }
    }

    private void fill(Loaded loaded) {
        NormativeDocument d = loaded.document();
        error.set("");
        document.set(d);
        List<Field> shown = new ArrayList<>();
        shown.add(new Field("title", messages.label(DocumentField.TITLE), d.title()));
        shown.add(new Field("number", messages.label(DocumentField.DOC_NUMBER), d.docNumber() == null ? ""
                : d.docNumber().parsed() ? d.docNumber().raw()
                : d.docNumber().raw() + "  " + messages.get("register.number.flagged")));
        shown.add(new Field("issuers", messages.label(DocumentField.ISSUERS), issuers(d.issuers())));
        shown.add(new Field("type", messages.label(DocumentField.TYPE), messages.label(d.type())));
        shown.add(new Field("status", messages.label(DocumentField.STATUS), messages.label(d.status())));
        shown.add(new Field("subject", messages.label(DocumentField.SUBJECT_AREA), orEmpty(d.subjectArea())));
        shown.add(new Field("signed", messages.label(DocumentField.SIGNED_DATE), messages.date(d.signedDate())));
        shown.add(new Field("published", messages.label(DocumentField.PUBLISHED_DATE),
                messages.date(d.publishedDate())));
        shown.add(new Field("effective", messages.label(DocumentField.EFFECTIVE_DATE),
                messages.date(d.effectiveDate())));
        shown.add(new Field("validUntil", messages.label(DocumentField.VALID_UNTIL), d.validUntil() == null
                ? messages.get("detail.noValidity") : messages.date(d.validUntil())));
        shown.add(new Field("registrationNo", messages.get("detail.registrationNo"), orEmpty(d.registrationNo())));
        fields.setAll(shown);
        history.setAll(loaded.history());
        auditRows.setAll(loaded.audit());
        relations.setAll(loaded.relations());
    }

    private void clear() {
        document.set(null);
        fields.clear();
        history.clear();
        auditRows.clear();
        relations.clear();
        error.set("");
    }

    private String issuers(List<Issuer> issuers) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < issuers.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(issuers.get(i).name());
            if (i == 0 && issuers.size() > 1) {
                text.append(messages.get("detail.issuers.lead"));
            }
        }
        return text.toString();
    }

    /** A document an audit entry names (a cause, a relation's end) as 文号 and title; its id if it is gone. */
    private String documentCaption(long id) {
        try {
            return caption(register.get(id));
        } catch (NotFoundException gone) {
            return Long.toString(id);
        }
    }

    static String caption(NormativeDocument doc) {
        return doc.docNumber() == null ? doc.title() : doc.docNumber().raw() + " " + doc.title();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The loaded document; null while nothing is selected. */
    public ReadOnlyObjectProperty<NormativeDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ObservableList<Field> fields() {
        return fieldsView;
    }

    public ObservableList<HistoryRow> history() {
        return historyView;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** One labelled value; {@code key} names it for the view's node ids. */
    public record Field(String key, String label, String value) {
    }

    /** The selected document's audit entries, oldest first. */
    public ObservableList<AuditRow> audit() {
        return auditView;
    }

    /** 立改废 both ways, each line leading to the documents it names. */
    public ObservableList<RelationLink> relations() {
        return relationsView;
    }

    /** One line of the 立改废 list: what it says, and the documents it leads to. */
    public record RelationLink(String text, Scope scope) {
    }

    private record Loaded(NormativeDocument document, List<HistoryRow> history, List<AuditRow> audit,
                          List<RelationLink> relations) {
    }
}

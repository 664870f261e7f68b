package org.normdesk.ui.register;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.LifecycleService;
import org.normdesk.service.register.RegisterService;
import org.normdesk.service.search.ViewFilter;
import org.normdesk.ui.common.Choice;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The register (台账): filters, the table rows, the selection and its detail, and the dialogs started from
 * here. Changing a filter searches again at once; the search text is debounced by the view.
 */
public final class RegisterViewModel {
    private final RegisterService register;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;
    private final int limit;
    private final Clock clock;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<Set<LifecycleStatus>> statuses = new SimpleObjectProperty<>(this, "statuses", Set.of());
    private final ObservableList<Choice<DocumentType>> typeChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<DocumentType>> type = new SimpleObjectProperty<>(this, "type");
    private final ObservableList<Choice<Integer>> yearChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Integer>> year = new SimpleObjectProperty<>(this, "year");
    private final ObservableList<Choice<Issuer>> issuerChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Issuer>> issuer = new SimpleObjectProperty<>(this, "issuer");
    private final ObservableList<Issuer> issuers = FXCollections.observableArrayList();

    private final ObservableList<DocumentRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyIntegerWrapper totalDocuments = new ReadOnlyIntegerWrapper(this, "totalDocuments");
    private final ObjectProperty<DocumentRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final DocumentDetailViewModel detail;
    private final ReadOnlyObjectWrapper<Scope> scope = new ReadOnlyObjectWrapper<>(this, "scope");
    /** 时点: when set, the table shows what was in force on that day (by the status history). */
    private final ObjectProperty<LocalDate> inForceOn = new SimpleObjectProperty<>(this, "inForceOn");
    private volatile java.util.function.Supplier<org.normdesk.service.search.SearchService> pointInTimeIndex;
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");
    /** True while a scope sets the filter bar: its fields then do not search one by one. */
    private boolean applying;
    private java.util.function.Supplier<org.normdesk.domain.document.ValidityRules> validityRules;
    private LifecycleService lifecycle;

    /** Only the newest search may fill the table: typing starts searches faster than they finish. */
    private long generation;
    private Long selectAfterRefresh;

    public RegisterViewModel(RegisterService register, Messages messages, TaskRunner runner, Consumer<String> notifier) {
        this(register, messages, runner, notifier, DocumentQuery.DEFAULT_LIMIT, Clock.systemDefaultZone());
    }

    /** @param clock says what "today" is for views relative to today ("validity ends this year") */
    public RegisterViewModel(RegisterService register, Messages messages, TaskRunner runner, Consumer<String> notifier,
                             Clock clock) {
        this(register, messages, runner, notifier, DocumentQuery.DEFAULT_LIMIT, clock);
    }

    RegisterViewModel(RegisterService register, Messages messages, TaskRunner runner, Consumer<String> notifier,
                      int limit) {
        this(register, messages, runner, notifier, limit, Clock.systemDefaultZone());
    }

    RegisterViewModel(RegisterService register, Messages messages, TaskRunner runner, Consumer<String> notifier,
                      int limit, Clock clock) {
        this.clock = clock;
        this.register = register;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
        this.limit = limit;
        this.detail = new DocumentDetailViewModel(register, messages, runner);

        typeChoices.add(new Choice<>(null, messages.get("register.filter.typeAll")));
        for (DocumentType t : DocumentType.values()) {
            typeChoices.add(new Choice<>(t, messages.label(t)));
        }
        type.set(typeChoices.get(0));
        yearChoices.add(new Choice<>(null, messages.get("register.filter.yearAll")));
        year.set(yearChoices.get(0));
        issuerChoices.add(new Choice<>(null, messages.get("register.filter.issuerAll")));
        issuer.set(issuerChoices.get(0));

        for (ObservableValue<?> filter : List.of(statuses, type, year, issuer)) {
            filter.addListener((obs, old, now) -> {
                if (now != null && !applying) {
                    leaveList();
                    refresh();
                }
            });
        }
        inForceOn.addListener((obs, old, now) -> {
            if (!applying) {
                leaveList();
                refresh();
            }
        });
        // typing searches the register again (the view debounces it), so a fixed list ends
        searchText.addListener((obs, old, now) -> {
            if (!applying) {
                leaveList();
            }
        });
        selected.addListener((obs, old, now) -> {
            if (now == null || old == null || now.id() != old.id()) {
                detail.show(now == null ? null : now.id());
            }
        });
    }

    /** The filters as a query for the register: the filter bar over the view in scope, if any. */
    public DocumentQuery query() {
        Scope in = scope.get();
        DocumentQuery base = in == null || in.isList() ? DocumentQuery.all().page(0, limit)
                : in.filter().on(today()).page(0, limit);
        return barOver(base);
    }

    /** The filters as a saved view would keep them: a period relative to today stays relative. */
    public ViewFilter viewFilter() {
        Scope in = scope.get();
        if (in == null || in.isList()) {
            return ViewFilter.of(barOver(DocumentQuery.all()));
        }
        ViewFilter f = in.filter();
        return new ViewFilter(barOver(f.query()), f.validUntilPeriod(), f.statusChangedPeriod());
    }

    /** The bar's fields replace the base's; several types (which the bar cannot show) stay as they were. */
    private DocumentQuery barOver(DocumentQuery base) {
        DocumentType chosenType = valueOf(type);
        return base.withText(searchText.get()).withStatuses(statuses.get())
                .withTypes(chosenType != null ? EnumSet.of(chosenType)
                        : base.types().size() > 1 ? base.types() : Set.of())
                .withYear(valueOf(year))
                .withIssuerId(valueOf(issuer) == null ? null : valueOf(issuer).id());
    }

    /**
     * Shows a saved view or reminder (its filters in the bar where the bar can show them), or a fixed list of
     * documents (the bar cleared); then searches once.
     */
    public void applyScope(Scope newScope) {
        applying = true;
        try {
            DocumentQuery q = newScope.isList() ? DocumentQuery.all() : newScope.filter().query();
            searchText.set(q.text() == null ? "" : q.text());
            statuses.set(q.statuses());
            type.set(q.types().size() == 1 ? typeChoices.stream()
                    .filter(c -> q.types().contains(c.value())).findFirst().orElse(typeChoices.get(0))
                    : typeChoices.get(0));
            year.set(choiceOf(yearChoices, q.year() == null ? null
                    : y -> y.equals(q.year()), q.year() == null ? null : new Choice<>(q.year(),
                    messages.format("register.filter.yearValue", String.valueOf(q.year())))));
            issuer.set(choiceOf(issuerChoices, q.issuerId() == null ? null : i -> i.id().equals(q.issuerId()), null));
            scope.set(newScope);
        } finally {
            applying = false;
        }
        refresh();
    }

    /** The entry of {@code choices} whose value matches, else {@code missing} added, else "any". */
    private static <T> Choice<T> choiceOf(ObservableList<Choice<T>> choices, java.util.function.Predicate<T> match,
                                          Choice<T> missing) {
        if (match == null) {
            return choices.get(0);
        }
        return choices.stream().filter(c -> c.value() != null && match.test(c.value())).findFirst().orElseGet(() -> {
            if (missing == null) {
                return choices.get(0);
            }
            choices.add(missing);
            return missing;
        });
    }

    /** Back to the whole register: the scope goes, and the bar's filters it set (or that were set over it). */
    public void clearScope() {
        clearFilters();
    }

    private void leaveList() {
        if (scope.get() != null && scope.get().isList()) {
            scope.set(null);
        }
    }

    /** Tells the user, above the table, what happened without them (e.g. documents that expired today). */
    public void showNotice(Notice newNotice) {
        notice.set(newNotice);
        if (newNotice != null) {
            notifier.accept(newNotice.text());
        }
    }

    /** Shows the documents the notice is about. */
    public void openNotice() {
        Notice shown = notice.get();
        if (shown != null && shown.scope() != null) {
            applyScope(shown.scope());
        }
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** A sentence for the status bar. */
    public void notifyUser(String message) {
        notifier.accept(message);
    }

    /** Something changed the register outside the table's own dialogs: show it again and recount. */
    public void registerChanged() {
        changes.set(changes.get() + 1);
        load();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Loads the issuers and publication years for the filter lists, then the rows. */
    public void load() {
        runner.run(messages.get("register.loading"), progress -> new Choices(register.issuers(), years()),
                this::fillChoices, this::failed);
        refresh();
    }

    private List<Integer> years() {
        TreeSet<Integer> found = new TreeSet<>(Comparator.reverseOrder());
        for (DocumentSummary s : register.search(DocumentQuery.all())) {
            if (s.publishedDate() != null) {
                found.add(s.publishedDate().getYear());
            }
        }
        return new ArrayList<>(found);
    }

    private void fillChoices(Choices choices) {
        issuers.setAll(choices.issuers());
        Issuer chosenIssuer = valueOf(issuer);
        Integer chosenYear = valueOf(year);
        issuerChoices.remove(1, issuerChoices.size());
        for (Issuer i : choices.issuers()) {
            issuerChoices.add(new Choice<>(i, i.name()));
        }
        yearChoices.remove(1, yearChoices.size());
        for (Integer y : choices.years()) {
            yearChoices.add(new Choice<>(y, messages.format("register.filter.yearValue", String.valueOf(y))));
        }
        // keep what was chosen; the list entries are new objects
        issuer.set(issuerChoices.stream().filter(c -> c.value() != null && chosenIssuer != null
                && Objects.equals(c.value().id(), chosenIssuer.id())).findFirst().orElse(issuerChoices.get(0)));
        year.set(yearChoices.stream().filter(c -> Objects.equals(c.value(), chosenYear)).findFirst()
                .orElse(yearChoices.get(0)));
    }

    /** Searches with the current filters and keeps the selected document selected if it is still listed. */
    public void refresh() {
        long request = ++generation;
        DocumentQuery query = query();
        Long keep = selectAfterRefresh != null ? selectAfterRefresh : selected.get() == null ? null : selected.get().id();
        Scope in = scope.get();
        LocalDate day = lifecycle == null ? null : inForceOn.get();
        runner.run(messages.get("register.searching"), progress -> day != null ? inForce(day, query)
                : search(query, in), result -> {
            if (request != generation) {
                return;
            }
            selectAfterRefresh = null;
            error.set("");
            rows.setAll(result.rows());
            totalDocuments.set(result.total());
            countText.set(day != null ? messages.format("register.inForceOn.count", messages.date(day),
                    result.matching()) : result.rows().size() < result.matching()
                    ? messages.format("register.countLimited", result.matching(), result.rows().size())
                    : messages.format("register.count", result.matching()));
            selected.set(rows.stream().filter(r -> keep != null && r.id() == keep).findFirst().orElse(null));
        }, this::failed);
    }

    /**
     * What was in force on {@code day}, for the whole register or the issuer chosen in the bar: a page and the count
     * from the search index when there is one (the validity intervals it keeps), else from the history.
     */
    private SearchResult inForce(LocalDate day, DocumentQuery query) {
        if (pointInTimeIndex != null) {
            DocumentQuery asked = DocumentQuery.all().withIssuerId(query.issuerId()).page(0, query.limit());
            org.normdesk.service.search.SearchResult page = pointInTimeIndex.get().inForceOn(day, asked);
            List<DocumentRow> found = page.hits().stream().map(h -> DocumentRow.of(h.document(), messages)).toList();
            return new SearchResult(found, page.total(), register.count());
        }
        List<DocumentRow> found = lifecycle.inForceOn(day, query.issuerId()).stream()
                .map(s -> DocumentRow.of(s, messages)).toList();
        return new SearchResult(found, found.size(), register.count());
    }

    /** Serves the 时点 view from the search index (called off the FX thread). */
    public void setPointInTimeIndex(java.util.function.Supplier<org.normdesk.service.search.SearchService> index) {
        this.pointInTimeIndex = index;
    }

    private SearchResult search(DocumentQuery query, Scope in) {
        if (in != null && in.isList()) {
            List<DocumentRow> listed = register.summaries(in.ids()).stream().map(s -> DocumentRow.of(s, messages))
                    .toList();
            return new SearchResult(listed, listed.size(), register.count());
        }
        List<DocumentRow> found = register.search(query).stream().map(s -> DocumentRow.of(s, messages)).toList();
        int matching = found.size() < query.limit() ? found.size() : register.count(query);
        return new SearchResult(found, matching, register.count());
    }

    public void clearFilters() {
        scope.set(null);
        applying = true;
        try {
            inForceOn.set(null);
            statuses.set(Set.of());
            type.set(typeChoices.get(0));
            year.set(yearChoices.get(0));
            issuer.set(issuerChoices.get(0));
            searchText.set("");
        } finally {
            applying = false;
        }
        refresh();
    }

    /** A form for a new document; an empty 有效期 is computed by the validity rules, if set. */
    public DocumentDialogViewModel newDocument() {
        DocumentDialogViewModel form = DocumentDialogViewModel.forNew(register, messages, runner, issuers);
        return validityRules == null ? form : form.suggestValidity(validityRules.get());
    }

    /** A form for the selected document, or null while none is loaded. */
    public DocumentDialogViewModel editSelected() {
        NormativeDocument doc = detail.documentProperty().get();
        if (doc == null) {
            return null;
        }
        DocumentDialogViewModel form = DocumentDialogViewModel.forEdit(register, messages, runner, issuers, doc);
        return validityRules == null ? form : form.suggestValidity(validityRules.get());
    }

    /**
     * Enables 立改废: the detail shows relations both ways (each leading to its documents) and
     * {@link #relateSelected} records new ones.
     */
    public void setLifecycle(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
        detail.setLifecycle(lifecycle);
        detail.setNavigator(this::showDocuments);
    }

    public boolean canRelate() {
        return lifecycle != null;
    }

    /** Shows the documents of {@code list} in the table; a single one is selected. */
    public void showDocuments(Scope list) {
        if (list.ids().size() == 1) {
            selectAfterRefresh = list.ids().get(0);
        }
        applyScope(list);
    }

    /** The 立改废 dialog for the selected document, or null while none is loaded. */
    public RelationDialogViewModel relateSelected(LocalDate today) {
        NormativeDocument doc = detail.documentProperty().get();
        return doc == null || lifecycle == null ? null
                : new RelationDialogViewModel(register, lifecycle, messages, runner, doc, today);
    }

    /** After a relation was recorded: the acting document stays selected, its detail shows the new line. */
    public void related(NormativeDocument source, NormativeDocument target) {
        saved(source, messages.format("relation.saved", DocumentDetailViewModel.caption(source),
                DocumentDetailViewModel.caption(target), messages.label(target.status())));
        detail.show(source.id());
    }

    /** The rules the add and edit forms compute an empty 有效期 with; null: they leave it empty. */
    public void setValidityRules(org.normdesk.domain.document.ValidityRules rules) {
        this.validityRules = rules == null ? null : () -> rules;
    }

    /** As above, asked each time a form opens (the register's setting, as last read; never the database). */
    public void setValidityRules(java.util.function.Supplier<org.normdesk.domain.document.ValidityRules> rules) {
        this.validityRules = rules;
    }

    /** The status dialog for the selected document, or null while none is loaded. */
    public StatusDialogViewModel changeStatusOfSelected(LocalDate today) {
        NormativeDocument doc = detail.documentProperty().get();
        return doc == null ? null : new StatusDialogViewModel(register, messages, runner, doc, today);
    }

    /** After a dialog saved {@code doc}: show it selected in the refreshed table. */
    public void saved(NormativeDocument doc, String message) {
        selectAfterRefresh = doc.id();
        if (selected.get() != null && selected.get().id() == doc.id()) {
            detail.show(doc.id());
        }
        notifier.accept(message);
        changes.set(changes.get() + 1);
        refresh();
    }

    private void failed(Throwable failure) {
        String text = ErrorText.of(failure, messages);
        error.set(text);
        notifier.accept(text);
    }

    private static <T> T valueOf(ObjectProperty<Choice<T>> choice) {
        return choice.get() == null ? null : choice.get().value();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The statuses to show; empty means all. Set a new set to filter (the view's multi-select does). */
    public ObjectProperty<Set<LifecycleStatus>> statusesProperty() {
        return statuses;
    }

    public ObservableList<Choice<DocumentType>> typeChoices() {
        return typeChoices;
    }

    public ObjectProperty<Choice<DocumentType>> typeProperty() {
        return type;
    }

    public ObservableList<Choice<Integer>> yearChoices() {
        return yearChoices;
    }

    public ObjectProperty<Choice<Integer>> yearProperty() {
        return year;
    }

    public ObservableList<Choice<Issuer>> issuerChoices() {
        return issuerChoices;
    }

    public ObjectProperty<Choice<Issuer>> issuerProperty() {
        return issuer;
    }

    public ObservableList<DocumentRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** Documents in the whole register, for the status bar. */
    public ReadOnlyIntegerProperty totalDocumentsProperty() {
        return totalDocuments.getReadOnlyProperty();
    }

    public ObjectProperty<DocumentRow> selectedProperty() {
        return selected;
    }

    public DocumentDetailViewModel detail() {
        return detail;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    /** The day whose register the table shows (时点查询); null for today's register with the filters. */
    public ObjectProperty<LocalDate> inForceOnProperty() {
        return inForceOn;
    }

    /** The saved view, reminder or list the table is narrowed to; null for the whole register. */
    public ReadOnlyObjectProperty<Scope> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Counts up each time a document was added, edited or moved from here; counts shown elsewhere refresh on it. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** A sentence above the table, with the documents it is about (or null). */
    public record Notice(String text, Scope scope) {
    }

    private record Choices(List<Issuer> issuers, List<Integer> years) {
    }

    private record SearchResult(List<DocumentRow> rows, int matching, int total) {
    }
}

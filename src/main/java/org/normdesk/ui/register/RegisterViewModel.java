package org.normdesk.ui.register;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
import org.normdesk.service.register.RegisterService;
import org.normdesk.ui.common.Choice;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

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

    /** Only the newest search may fill the table: typing starts searches faster than they finish. */
    private long generation;
    private Long selectAfterRefresh;

    public RegisterViewModel(RegisterService register, Messages messages, TaskRunner runner, Consumer<String> notifier) {
        this(register, messages, runner, notifier, DocumentQuery.DEFAULT_LIMIT);
    }

    RegisterViewModel(RegisterService register, Messages messages, TaskRunner runner, Consumer<String> notifier,
                      int limit) {
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
                if (now != null) {
                    refresh();
                }
            });
        }
        selected.addListener((obs, old, now) -> {
            if (now == null || old == null || now.id() != old.id()) {
                detail.show(now == null ? null : now.id());
            }
        });
    }

    /** The filters as a query for the register. */
    public DocumentQuery query() {
        return new DocumentQuery(searchText.get(), statuses.get(),
                valueOf(type) == null ? null : EnumSet.of(valueOf(type)), valueOf(year),
                valueOf(issuer) == null ? null : valueOf(issuer).id(), limit);
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
        runner.run(messages.get("register.searching"), progress -> search(query), result -> {
            if (request != generation) {
                return;
            }
            selectAfterRefresh = null;
            error.set("");
            rows.setAll(result.rows());
            totalDocuments.set(result.total());
            countText.set(result.rows().size() < result.matching()
                    ? messages.format("register.countLimited", result.matching(), result.rows().size())
                    : messages.format("register.count", result.matching()));
            selected.set(rows.stream().filter(r -> keep != null && r.id() == keep).findFirst().orElse(null));
        }, this::failed);
    }

    private SearchResult search(DocumentQuery query) {
        List<DocumentRow> found = register.search(query).stream().map(s -> DocumentRow.of(s, messages)).toList();
        int matching = found.size() < query.limit() ? found.size() : register.count(query);
        return new SearchResult(found, matching, register.count());
    }

    public void clearFilters() {
        statuses.set(Set.of());
        type.set(typeChoices.get(0));
        year.set(yearChoices.get(0));
        issuer.set(issuerChoices.get(0));
        searchText.set("");
        refresh();
    }

    /** A form for a new document. */
    public DocumentDialogViewModel newDocument() {
        return DocumentDialogViewModel.forNew(register, messages, runner, issuers);
    }

    /** A form for the selected document, or null while none is loaded. */
    public DocumentDialogViewModel editSelected() {
        NormativeDocument doc = detail.documentProperty().get();
        return doc == null ? null : DocumentDialogViewModel.forEdit(register, messages, runner, issuers, doc);
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

    private record Choices(List<Issuer> issuers, List<Integer> years) {
    }

    private record SearchResult(List<DocumentRow> rows, int matching, int total) {
    }
}

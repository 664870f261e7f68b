package org.normdesk.ui.cleanup;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.cleanup.CampaignService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.ui.common.Choice;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Adding documents to a campaign's scope from the register: by issuer, a range of publication years, type and
 * status, with the number that matches shown before adding; or everything the register view currently lists.
 */
public final class ScopeDialogViewModel {
    /** 现行有效、已修改、尚未施行: what a cleanup usually looks at. */
    static final Set<LifecycleStatus> IN_FORCE = EnumSet.of(LifecycleStatus.VALID, LifecycleStatus.AMENDED,
            LifecycleStatus.NOT_YET_EFFECTIVE);

    private final CampaignService campaigns;
    private final RegisterService register;
    private final Messages messages;
    private final TaskRunner runner;
    private final long campaignId;
    private final Supplier<DocumentQuery> registerQuery;

    private final ObservableList<Choice<Issuer>> issuerChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Issuer>> issuer = new SimpleObjectProperty<>(this, "issuer");
    private final ObservableList<Choice<Integer>> yearChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Integer>> yearFrom = new SimpleObjectProperty<>(this, "yearFrom");
    private final ObjectProperty<Choice<Integer>> yearTo = new SimpleObjectProperty<>(this, "yearTo");
    private final ObservableList<Choice<DocumentType>> typeChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<DocumentType>> type = new SimpleObjectProperty<>(this, "type");
    private final ObservableList<Choice<Set<LifecycleStatus>>> statusChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Set<LifecycleStatus>>> status = new SimpleObjectProperty<>(this, "status");
    private final ReadOnlyIntegerWrapper matching = new ReadOnlyIntegerWrapper(this, "matching", -1);
    private final ReadOnlyStringWrapper matchingText = new ReadOnlyStringWrapper(this, "matchingText", "");
    private final ReadOnlyIntegerWrapper registerMatching = new ReadOnlyIntegerWrapper(this, "registerMatching", -1);
    private final ReadOnlyStringWrapper registerText = new ReadOnlyStringWrapper(this, "registerText", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private List<Integer> years = List.of();
    private long generation;

    ScopeDialogViewModel(CampaignService campaigns, RegisterService register, Messages messages, TaskRunner runner,
                         long campaignId, Supplier<DocumentQuery> registerQuery, List<Issuer> issuers) {
        this.campaigns = campaigns;
        this.register = register;
        this.messages = messages;
        this.runner = runner;
        this.campaignId = campaignId;
        this.registerQuery = registerQuery;
        issuerChoices.add(new Choice<>(null, messages.get("register.filter.issuerAll")));
        issuers.forEach(i -> issuerChoices.add(new Choice<>(i, i.name())));
        issuer.set(issuerChoices.get(0));
        yearChoices.add(new Choice<>(null, messages.get("cleanup.scope.yearAny")));
        yearFrom.set(yearChoices.get(0));
        yearTo.set(yearChoices.get(0));
        typeChoices.add(new Choice<>(null, messages.get("register.filter.typeAll")));
        for (DocumentType t : DocumentType.values()) {
            typeChoices.add(new Choice<>(t, messages.label(t)));
        }
        type.set(typeChoices.get(0));
        statusChoices.add(new Choice<>(IN_FORCE, messages.get("cleanup.scope.inForce")));
        statusChoices.add(new Choice<>(Set.of(), messages.get("register.filter.statusAll")));
        for (LifecycleStatus s : LifecycleStatus.values()) {
            statusChoices.add(new Choice<>(Set.of(s), messages.label(s)));
        }
        status.set(statusChoices.get(0));
        for (ObservableValue<?> filter : List.of(issuer, yearFrom, yearTo, type, status)) {
            filter.addListener((obs, old, now) -> {
                if (now != null) {
                    count();
                }
            });
        }
    }

    /** Reads the publication years for the year lists and counts what the register view lists. */
    public void load() {
        DocumentQuery current = registerQuery.get();
        runner.run(messages.get("register.loading"), progress -> new Loaded(years(), current == null ? -1
                : register.count(current)), loaded -> {
            years = loaded.years();
            yearChoices.remove(1, yearChoices.size());
            for (Integer y : loaded.years()) {
                yearChoices.add(new Choice<>(y, messages.format("register.filter.yearValue", String.valueOf(y))));
            }
            registerMatching.set(loaded.registerCount());
            registerText.set(loaded.registerCount() < 0 ? "" : messages.format("cleanup.scope.registerCount",
                    loaded.registerCount()));
            count();
        }, failure -> formError.set(ErrorText.of(failure, messages)));
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

    /** The register queries the filters stand for: one per year of the range (a query names one year). */
    List<DocumentQuery> queries() {
        Integer from = yearFrom.get() == null ? null : yearFrom.get().value();
        Integer to = yearTo.get() == null ? null : yearTo.get().value();
        Set<LifecycleStatus> statuses = status.get() == null ? Set.of() : status.get().value();
        Set<DocumentType> types = type.get() == null || type.get().value() == null ? Set.of() : Set.of(type.get().value());
        Long issuerId = issuer.get() == null || issuer.get().value() == null ? null : issuer.get().value().id();
        List<DocumentQuery> queries = new ArrayList<>();
        if (from == null && to == null) {
            queries.add(new DocumentQuery(null, statuses, types, null, issuerId, Integer.MAX_VALUE));
            return queries;
        }
        int low = from != null ? from : years.stream().mapToInt(Integer::intValue).min().orElse(to);
        int high = to != null ? to : years.stream().mapToInt(Integer::intValue).max().orElse(from);
        for (int y = Math.min(low, high); y <= Math.max(low, high); y++) {
            queries.add(new DocumentQuery(null, statuses, types, y, issuerId, Integer.MAX_VALUE));
        }
        return queries;
    }

    /** Counts what the filters match (in the background; only the newest count is shown). */
    public void count() {
        long request = ++generation;
        List<DocumentQuery> queries = queries();
        runner.run(messages.get("register.searching"),
                progress -> queries.stream().mapToInt(register::count).sum(), n -> {
                    if (request == generation) {
                        matching.set(n);
                        matchingText.set(messages.format("cleanup.scope.matching", n));
                    }
                }, failure -> formError.set(ErrorText.of(failure, messages)));
    }

    /** Adds what the filters match; {@code onAdded} gets how many were new to the scope. */
    public void add(Consumer<Integer> onAdded) {
        List<DocumentQuery> queries = queries();
        run(() -> queries.stream().mapToInt(q -> campaigns.addToScope(campaignId, q)).sum(), onAdded);
    }

    /** Adds everything the register view lists with its current filters and search. */
    public void addRegisterSearch(Consumer<Integer> onAdded) {
        DocumentQuery current = registerQuery.get();
        if (current != null) {
            run(() -> campaigns.addToScope(campaignId, current), onAdded);
        }
    }

    private void run(java.util.concurrent.Callable<Integer> work, Consumer<Integer> onAdded) {
        if (saving.get()) {
            return;
        }
        formError.set("");
        saving.set(true);
        runner.run(messages.get("cleanup.scope.running"), progress -> work.call(), added -> {
            saving.set(false);
            onAdded.accept(added);
        }, failure -> {
            saving.set(false);
            formError.set(ErrorText.of(failure, messages));
        });
    }

    public ObservableList<Choice<Issuer>> issuerChoices() {
        return issuerChoices;
    }

    public ObjectProperty<Choice<Issuer>> issuerProperty() {
        return issuer;
    }

    public ObservableList<Choice<Integer>> yearChoices() {
        return yearChoices;
    }

    public ObjectProperty<Choice<Integer>> yearFromProperty() {
        return yearFrom;
    }

    public ObjectProperty<Choice<Integer>> yearToProperty() {
        return yearTo;
    }

    public ObservableList<Choice<DocumentType>> typeChoices() {
        return typeChoices;
    }

    public ObjectProperty<Choice<DocumentType>> typeProperty() {
        return type;
    }

    public ObservableList<Choice<Set<LifecycleStatus>>> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<Choice<Set<LifecycleStatus>>> statusProperty() {
        return status;
    }

    /** Documents the filters match (-1 until counted); some may be in the scope already. */
    public ReadOnlyIntegerProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty matchingTextProperty() {
        return matchingText.getReadOnlyProperty();
    }

    /** Documents the register view lists now (-1 when there is no register view). */
    public ReadOnlyIntegerProperty registerMatchingProperty() {
        return registerMatching.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty registerTextProperty() {
        return registerText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    private record Loaded(List<Integer> years, int registerCount) {
    }
}

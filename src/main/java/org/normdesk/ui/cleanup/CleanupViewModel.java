package org.normdesk.ui.cleanup;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignItem;
import org.normdesk.domain.cleanup.CampaignState;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.cleanup.CampaignService;
import org.normdesk.service.cleanup.CatalogueExport;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.register.DocumentDialogViewModel;
import org.normdesk.ui.task.TaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The cleanup view (清理): the campaigns, and for the chosen one its scope, progress per issuer, the decisions
 * (see {@link DecisionViewModel}) and, once finalized, the published catalogues and their export.
 */
public final class CleanupViewModel {
    /** The catalogues always shown after finalizing; 已明令废止 only when it lists something. */
    public static final List<Disposition> MAIN_CATALOGUES = List.of(Disposition.CONTINUE, Disposition.AMEND,
            Disposition.EXPIRE, Disposition.REPEAL);

    private final CampaignService campaigns;
    private final RegisterService register;
    private final CatalogueExport export;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;
    private final Clock clock;
    private final Supplier<DocumentQuery> registerQuery;

    private final ObservableList<Campaign> campaignList = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final FilteredList<ItemRow> shownItems = new FilteredList<>(items);
    private final BooleanProperty undecidedOnly = new SimpleBooleanProperty(this, "undecidedOnly");
    private final ObservableList<UnitProgress> progress = FXCollections.observableArrayList();
    private final ObservableList<org.normdesk.ui.register.AuditRow> audit = FXCollections.observableArrayList();
    /** The register's audit trail; null leaves the campaign's audit history empty. */
    private volatile org.normdesk.service.audit.AuditService auditTrail;
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper finalized = new ReadOnlyBooleanWrapper(this, "finalized");
    private final Map<Disposition, ObservableList<CatalogueExport.Entry>> catalogues = new EnumMap<>(Disposition.class);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final List<Issuer> issuers = new ArrayList<>();
    private final DecisionViewModel decisions;
    /** Only the newest load may fill the view: the user can pick campaigns faster than they load. */
    private long generation;
    private Long selectAfterLoad;

    public CleanupViewModel(CampaignService campaigns, RegisterService register, CatalogueExport export,
                            Messages messages, TaskRunner runner, Consumer<String> notifier, Clock clock,
                            Supplier<DocumentQuery> registerQuery) {
        this.campaigns = campaigns;
        this.register = register;
        this.export = export;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
        this.clock = clock;
        this.registerQuery = registerQuery;
        for (Disposition d : Disposition.values()) {
            catalogues.put(d, FXCollections.observableArrayList());
        }
        this.decisions = new DecisionViewModel(campaigns, register, messages, runner, notifier, this::reloadCampaign);
        undecidedOnly.addListener((obs, old, now) -> shownItems.setPredicate(now ? r -> !r.decided() : null));
        selected.addListener((obs, old, now) -> reloadCampaign());
    }

    /** Fills the 审计记录 tab of the chosen campaign from {@code trail}. */
    public void setAuditTrail(org.normdesk.service.audit.AuditService trail) {
        this.auditTrail = trail;
    }

    /** The chosen campaign's audit entries, oldest first. */
    public ObservableList<org.normdesk.ui.register.AuditRow> audit() {
        return audit;
    }

    /** Loads the campaigns (and the issuers for a found document), keeping the chosen one chosen. */
    public void load() {
        Long keep = selectAfterLoad != null ? selectAfterLoad : selected.get() == null ? null : selected.get().id();
        runner.run(messages.get("cleanup.loading"), progress -> new Listing(campaigns.all(), register.issuers()),
                listing -> {
                    selectAfterLoad = null;
                    issuers.clear();
                    issuers.addAll(listing.issuers());
                    campaignList.setAll(listing.campaigns());
                    Campaign chosen = listing.campaigns().stream().filter(c -> Objects.equals(c.id(), keep))
                            .findFirst().orElse(listing.campaigns().isEmpty() ? null : listing.campaigns().get(0));
                    if (Objects.equals(chosen, selected.get())) {
                        reloadCampaign();
                    } else {
                        selected.set(chosen);
                    }
                }, this::failed);
    }

    /** Reloads the chosen campaign's items, progress and catalogues. */
    public void reloadCampaign() {
        long request = ++generation;
        Campaign campaign = selected.get();
        if (campaign == null) {
            clear();
            return;
        }
        runner.run(messages.get("cleanup.loading"), progress -> loadCampaign(campaign.id()), loaded -> {
            if (request == generation) {
                fill(loaded);
            }
        }, this::failed);
    }

    private Loaded loadCampaign(long id) {
        Campaign c = campaigns.get(id);
        List<CampaignItem> all = campaigns.items(id);
        Map<String, int[]> perIssuer = campaigns.progressByIssuer(id);
        Map<Disposition, List<CatalogueExport.Entry>> lists = new EnumMap<>(Disposition.class);
        if (c.state() == CampaignState.FINALIZED) {
            for (Disposition d : Disposition.values()) {
                lists.put(d, export.rows(id, d));
            }
        }
        List<UnitProgress> units = new ArrayList<>();
        perIssuer.forEach((unit, counts) -> units.add(new UnitProgress(unit == null ? "" : unit, counts[0], counts[1])));
        return new Loaded(c, all.stream().map(i -> ItemRow.of(i, messages)).toList(), units, lists,
                org.normdesk.ui.register.AuditHistory.rows(auditTrail, messages, "campaign", id));
    }

    private void fill(Loaded loaded) {
        Campaign c = loaded.campaign();
        error.set("");
        items.setAll(loaded.items());
        progress.setAll(loaded.units());
        audit.setAll(loaded.audit());
        long decided = loaded.items().stream().filter(ItemRow::decided).count();
        progressText.set(messages.format("cleanup.progress.total", decided, loaded.items().size()));
        details.set(details(c));
        open.set(c.state() == CampaignState.OPEN);
        finalized.set(c.state() == CampaignState.FINALIZED);
        for (Disposition d : Disposition.values()) {
            catalogues.get(d).setAll(loaded.catalogues().getOrDefault(d, List.of()));
        }
        decisions.reset(c.id(), c.state() == CampaignState.OPEN);
    }

    private String details(Campaign c) {
        StringBuilder text = new StringBuilder(messages.label(c.trigger()));
        if (c.legalBasis() != null && !c.legalBasis().isBlank()) {
            text.append(" · ").append(messages.format("cleanup.details.basis", c.legalBasis()));
        }
        if (c.deadline() != null) {
            text.append(" · ").append(messages.format("cleanup.details.deadline", c.deadline()));
        }
        text.append(" · ").append(messages.label(c.state()));
        if (c.state() == CampaignState.FINALIZED) {
            text.append(" · ").append(messages.format("cleanup.details.approved", c.approvedBy(), c.approvedOn(),
                    c.resultDocNumber() == null ? "" : c.resultDocNumber()));
        }
        return text.toString();
    }

    private void clear() {
        items.clear();
        progress.clear();
        audit.clear();
        progressText.set("");
        details.set("");
        open.set(false);
        finalized.set(false);
        catalogues.values().forEach(List::clear);
        decisions.reset(null, false);
    }

    // --- dialogs -------------------------------------------------------------------------------------------

    public CampaignDialogViewModel newCampaign() {
        return new CampaignDialogViewModel(campaigns, messages, runner);
    }

    /** After the dialog created {@code campaign}: list it, chosen. */
    public void created(Campaign campaign) {
        notifier.accept(messages.format("cleanup.created", campaign.name()));
        selectAfterLoad = campaign.id();
        load();
    }

    /** The scope dialog for the chosen open campaign, or null. */
    public ScopeDialogViewModel scope() {
        Campaign c = selected.get();
        return c == null || c.state() != CampaignState.OPEN ? null
                : new ScopeDialogViewModel(campaigns, register, messages, runner, c.id(), registerQuery, issuers);
    }

    public void scopeAdded(int added) {
        notifier.accept(messages.format("cleanup.scope.added", added));
        reloadCampaign();
    }

    /** The document form for a document found during the campaign: saved into the register and the scope. */
    public DocumentDialogViewModel foundDocument() {
        Campaign c = selected.get();
        if (c == null || c.state() != CampaignState.OPEN) {
            return null;
        }
        long id = c.id();
        return DocumentDialogViewModel.forNew(register, messages, runner, issuers,
                input -> campaigns.addFoundDocument(id, input));
    }

    public void foundAdded(String title) {
        notifier.accept(messages.format("cleanup.found.added", title));
        reloadCampaign();
    }

    /** The finalize dialog for the chosen open campaign, or null. */
    public FinalizeDialogViewModel finalizeCampaign() {
        Campaign c = selected.get();
        return c == null || c.state() != CampaignState.OPEN ? null
                : new FinalizeDialogViewModel(campaigns, messages, runner, c, LocalDate.now(clock));
    }

    public void finalized(Campaign campaign) {
        notifier.accept(messages.format("cleanup.finalized", campaign.name()));
        selectAfterLoad = campaign.id();
        load();
    }

    // --- export --------------------------------------------------------------------------------------------

    /** Writes the catalogue of {@code decision} as .xlsx into {@code folder}. */
    public void exportXlsx(Disposition decision, Path folder) {
        Campaign c = selected.get();
        if (c == null || folder == null) {
            return;
        }
        runner.run(messages.get("cleanup.export.running"), progress -> List.of(export.writeXlsx(c.id(), decision, folder)),
                this::exported, this::failed);
    }

    /** Writes the catalogue of {@code decision} from its template as .docx and PDF into {@code folder}. */
    public void exportPdf(Disposition decision, Path folder) {
        Campaign c = selected.get();
        if (c == null || folder == null) {
            return;
        }
        runner.run(messages.get("cleanup.export.running"), progress -> export.writeDocxAndPdf(c.id(), decision, folder),
                this::exported, this::failed);
    }

    private void exported(List<Path> files) {
        notifier.accept(messages.format("cleanup.export.done", files.stream().map(p -> p.getFileName().toString())
                .toList(), files.get(0).getParent()));
    }

    private void failed(Throwable failure) {
        String text = ErrorText.of(failure, messages);
        error.set(text);
        notifier.accept(text);
    }

    // --- state ---------------------------------------------------------------------------------------------

    public ObservableList<Campaign> campaigns() {
        return campaignList;
    }

    public ObjectProperty<Campaign> selectedProperty() {
        return selected;
    }

    /** The scope as the table shows it (all, or only the undecided). */
    public ObservableList<ItemRow> shownItems() {
        return shownItems;
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    public BooleanProperty undecidedOnlyProperty() {
        return undecidedOnly;
    }

    public ObservableList<UnitProgress> progress() {
        return progress;
    }

    /** e.g. "已提出意见 3 / 5 件". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Trigger, legal basis, deadline, state and approval of the chosen campaign. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The chosen campaign takes decisions and documents. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finalizedProperty() {
        return finalized.getReadOnlyProperty();
    }

    /** The rows of each published catalogue; empty until the campaign is finalized. */
    public ObservableList<CatalogueExport.Entry> catalogue(Disposition decision) {
        return catalogues.get(decision);
    }

    public DecisionViewModel decisions() {
        return decisions;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    private record Listing(List<Campaign> campaigns, List<Issuer> issuers) {
    }

    private record Loaded(Campaign campaign, List<ItemRow> items, List<UnitProgress> units,
                          Map<Disposition, List<CatalogueExport.Entry>> catalogues,
                          List<org.normdesk.ui.register.AuditRow> audit) {
    }
}

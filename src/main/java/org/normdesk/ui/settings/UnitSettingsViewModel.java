package org.normdesk.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.ui.task.TaskRunner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * 本单位: the bureau's name and code, the registration-number template with a live preview, the required
 * filing materials and the bodies whose documents are filed upward. Saved together or not at all.
 */
public final class UnitSettingsViewModel extends SettingsForm<UnitSettings> {
    static final String UNIT_CODE_PLACEHOLDER = "{unitCode}";

    private final SettingsService settings;
    private final ObservableList<Issuer> issuers;
    private final int year;

    private final StringProperty unitName = new SimpleStringProperty(this, "unitName", "");
    private final StringProperty unitCode = new SimpleStringProperty(this, "unitCode", "");
    private final StringProperty template = new SimpleStringProperty(this, "template", "");
    private final Map<MaterialKind, BooleanProperty> materials = new EnumMap<>(MaterialKind.class);
    private final ObservableList<IssuerOption> issuerOptions = FXCollections.observableArrayList();
    /** Own issuers as stored; those not (yet) listed are kept when saving. */
    private Set<Long> storedOwnIds = Set.of();

    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper unitNameError = new ReadOnlyStringWrapper(this, "unitNameError", "");
    private final ReadOnlyStringWrapper unitCodeError = new ReadOnlyStringWrapper(this, "unitCodeError", "");
    private final ReadOnlyStringWrapper templateError = new ReadOnlyStringWrapper(this, "templateError", "");
    private final ReadOnlyStringWrapper materialsError = new ReadOnlyStringWrapper(this, "materialsError", "");

    public UnitSettingsViewModel(SettingsService settings, ObservableList<Issuer> issuers, Messages messages,
                                 TaskRunner runner, Consumer<String> notifier, Clock clock) {
        super(messages, runner, notifier);
        this.settings = settings;
        this.issuers = issuers;
        this.year = LocalDate.now(clock).getYear();
        for (MaterialKind kind : MaterialKind.values()) {
            BooleanProperty required = new SimpleBooleanProperty(this, kind.name());
            required.addListener((obs, old, now) -> materialsError.set(""));
            materials.put(kind, required);
        }
        unitName.addListener((obs, old, now) -> unitNameError.set(""));
        unitCode.addListener((obs, old, now) -> {
            unitCodeError.set("");
            updatePreview();
        });
        // the template is checked as it is typed: the message is there before saving is tried
        template.addListener((obs, old, now) -> updatePreview());
        issuers.addListener((ListChangeListener<Issuer>) c -> rebuildOptions(ownIds()));
    }

    public void load() {
        load(messages.get("settings.unit.loading"), progress -> settings.unit());
    }

    @Override
    protected void show(UnitSettings unit) {
        unitName.set(unit.unitName());
        unitCode.set(unit.unitCode());
        template.set(unit.registrationTemplate().pattern());
        materials.forEach((kind, required) -> required.set(unit.requiredMaterials().contains(kind)));
        storedOwnIds = unit.ownIssuerIds();
        rebuildOptions(storedOwnIds);
        unitNameError.set("");
        unitCodeError.set("");
        materialsError.set("");
    }

    /** The ticked bodies first (a bureau has a few among dozens), each group in the register's order. */
    private void rebuildOptions(Set<Long> own) {
        issuerOptions.setAll(issuers.stream().map(i -> new IssuerOption(i, own.contains(i.id())))
                .sorted(java.util.Comparator.comparing((IssuerOption o) -> !o.ownProperty().get())).toList());
    }

    /** The ticked issuers, plus stored ones not in the list (so a list not read yet loses nothing). */
    private Set<Long> ownIds() {
        Set<Long> listed = issuerOptions.stream().map(o -> o.issuer().id()).collect(Collectors.toSet());
        Set<Long> own = new HashSet<>();
        storedOwnIds.stream().filter(id -> !listed.contains(id)).forEach(own::add);
        issuerOptions.stream().filter(o -> o.ownProperty().get()).forEach(o -> own.add(o.issuer().id()));
        return own;
    }

    private RegistrationNumberTemplate updatePreview() {
        try {
            RegistrationNumberTemplate parsed = new RegistrationNumberTemplate(template.get());
            preview.set(parsed.render(unitCode.get().strip(), year, 1));
            templateError.set("");
            return parsed;
        } catch (DomainException e) {
            preview.set("");
            templateError.set(messages.format(e));
            return null;
        }
    }

    /**
     * Checks every field and saves them in one transaction; nothing is saved while any is wrong.
     *
     * @return whether saving started
     */
    public boolean save() {
        if (!mayChange()) {
            return false;
        }
        int wrong = 0;
        if (unitName.get().isBlank()) {
            unitNameError.set(messages.get("settings.unit.name.blank"));
            wrong++;
        }
        RegistrationNumberTemplate parsed = updatePreview();
        if (parsed == null) {
            wrong++;
        } else if (parsed.pattern().contains(UNIT_CODE_PLACEHOLDER) && unitCode.get().isBlank()) {
            unitCodeError.set(messages.get("settings.unit.code.blank"));
            wrong++;
        }
        Set<MaterialKind> required = EnumSet.noneOf(MaterialKind.class);
        materials.forEach((kind, ticked) -> {
            if (ticked.get()) {
                required.add(kind);
            }
        });
        if (required.isEmpty()) {
            materialsError.set(messages.get("settings.unit.materials.none"));
            wrong++;
        }
        if (wrong > 0) {
            refuse(messages.format("settings.form.invalid", wrong));
            return false;
        }
        UnitSettings unit = new UnitSettings(unitName.get().strip(), unitCode.get().strip(), parsed, required,
                ownIds());
        save(messages.get("settings.unit.saving"), progress -> {
            settings.save(unit);
            return settings.unit();
        }, messages.get("settings.unit.saved"));
        return true;
    }

    public StringProperty unitNameProperty() {
        return unitName;
    }

    public StringProperty unitCodeProperty() {
        return unitCode;
    }

    public StringProperty templateProperty() {
        return template;
    }

    public BooleanProperty requiredProperty(MaterialKind kind) {
        return materials.get(kind);
    }

    public ObservableList<IssuerOption> issuerOptions() {
        return issuerOptions;
    }

    /** The first registration number of this year under the template, e.g. 濮规备字〔2026〕1号. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitNameErrorProperty() {
        return unitNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitCodeErrorProperty() {
        return unitCodeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty templateErrorProperty() {
        return templateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty materialsErrorProperty() {
        return materialsError.getReadOnlyProperty();
    }
}

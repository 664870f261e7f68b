package org.normdesk.service.settings;

import org.normdesk.domain.account.Role;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.store.Database;
import org.normdesk.store.SettingStore;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Settings that travel with the register (stored in it), validated before they are saved. */
public final class SettingsService {
    static final String UNIT_NAME = "unit.name";
    static final String UNIT_CODE = "unit.code";
    static final String REGISTRATION_TEMPLATE = "registration.template";
    static final String REQUIRED_MATERIALS = "materials.required";
    static final String OWN_ISSUERS = "unit.ownIssuerIds";
    static final String UNIT_KIND = "unit.kind";

    private final Database db;
    private final SettingStore settings;
    private final AuditService audit;

    /** Whose roles the protected operations check. */
    private final CurrentUser access;

    public SettingsService(Database db, Clock clock, Supplier<String> currentUser) {
        this.access = CurrentUser.of(currentUser);
        this.db = db;
        this.settings = new SettingStore(db);
        this.audit = new AuditService(db, clock, currentUser);
    }

    public UnitSettings unit() {
        return new UnitSettings(
                settings.get(UNIT_NAME).orElse("司法局"),
                settings.get(UNIT_CODE).orElse(""),
                new RegistrationNumberTemplate(settings.get(REGISTRATION_TEMPLATE).orElse(RegistrationNumberTemplate.DEFAULT)),
                settings.get(REQUIRED_MATERIALS).map(SettingsService::materials).orElse(MaterialKind.defaultRequired()),
                settings.get(OWN_ISSUERS).map(SettingsService::ids).orElse(Set.of()));
    }

    /** Saves all unit settings in one transaction (the template was validated when it was built). */
    public void save(UnitSettings unit) {
        access.require(Role.ADMIN, "change the settings");
        db.transaction(() -> {
            UnitSettings before = unit();
            settings.put(UNIT_NAME, unit.unitName().strip());
            settings.put(UNIT_CODE, unit.unitCode().strip());
            settings.put(REGISTRATION_TEMPLATE, unit.registrationTemplate().pattern());
            settings.put(REQUIRED_MATERIALS, unit.requiredMaterials().stream().sorted().map(Enum::name)
                    .collect(Collectors.joining(",")));
            settings.put(OWN_ISSUERS, unit.ownIssuerIds().stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(",")));
            audit.record("setting.unit", "setting", null, before, unit);
        });
    }

    /** The kind of office chosen on first run; empty until then. */
    public java.util.Optional<UnitKind> unitKind() {
        return settings.get(UNIT_KIND).flatMap(k -> Arrays.stream(UnitKind.values())
                .filter(v -> v.name().equals(k)).findFirst());
    }

    /** The first run's answers: the unit's name, its code for registration numbers and its kind, in one step. */
    public void saveFirstRun(String unitName, String unitCode, UnitKind kind) {
        if (unitName == null || unitName.isBlank()) {
            throw new org.normdesk.domain.common.DomainException("settings.unit.name.blank", "The unit name is blank");
        }
        db.transaction(() -> {
            UnitSettings before = unit();
            UnitSettings after = new UnitSettings(unitName.strip(), unitCode == null ? "" : unitCode.strip(),
                    before.registrationTemplate(), before.requiredMaterials(), before.ownIssuerIds());
            settings.put(UNIT_NAME, after.unitName());
            settings.put(UNIT_CODE, after.unitCode());
            settings.put(UNIT_KIND, kind.name());
            audit.record("setting.firstRun", "setting", null, before, after);
        });
    }

    private static Set<MaterialKind> materials(String csv) {
        Set<MaterialKind> kinds = EnumSet.noneOf(MaterialKind.class);
        Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> kinds.add(MaterialKind.valueOf(s)));
        return kinds;
    }

    private static Set<Long> ids(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .collect(Collectors.toSet());
    }
}

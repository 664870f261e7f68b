package org.normdesk.service.settings;

import org.normdesk.domain.account.Role;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.ValidityRules;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.store.Database;
import org.normdesk.store.SettingStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The validity rules as a setting of the register (like the deadlines): years for ordinary documents, years for
 * 暂行 / 试行 documents, and the months before the end at which evaluation reminders come. Stored with the other
 * settings, so they travel with the register; read afresh at each use by the validity suggestion and the reminders.
 */
public final class ValiditySettings {
    static final String DEFAULT_YEARS = "validity.defaultYears";
    static final String PROVISIONAL_YEARS = "validity.provisionalYears";
    static final String REMINDER_MONTHS = "validity.reminderMonths";

    private final Database db;
    private final SettingStore settings;
    private final AuditService audit;
    private final CurrentUser access;
    /** The rules last read or saved, for forms on the FX thread (which must not wait for the database). */
    private volatile ValidityRules lastKnown = ValidityRules.DEFAULT;
    /** Told after the rules were saved (on the saving thread), so that what shows them can read them again. */
    private final List<Runnable> savedListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ValiditySettings(Database db, Clock clock, Supplier<String> currentUser) {
        this.db = db;
        this.settings = new SettingStore(db);
        this.audit = new AuditService(db, clock, currentUser);
        this.access = CurrentUser.of(currentUser);
    }

    /** The rules in force; the defaults (5 years, 2 for 暂行/试行, reminders 6, 2, 1 months) where none were saved. */
    public ValidityRules rules() {
        ValidityRules read = read();
        lastKnown = read;
        return read;
    }

    /**
     * The rules as last read or saved by this workstation, without asking the database: for a form opened on the
     * FX thread. The workspace reads them when it opens, and {@link #rules()} refreshes them.
     */
    public ValidityRules lastKnown() {
        return lastKnown;
    }

    private ValidityRules read() {
        String years = settings.get(DEFAULT_YEARS).orElse(null);
        String provisional = settings.get(PROVISIONAL_YEARS).orElse(null);
        String reminders = settings.get(REMINDER_MONTHS).orElse(null);
        if (years == null && provisional == null && reminders == null) {
            return ValidityRules.DEFAULT;
        }
        ValidityRules d = ValidityRules.DEFAULT;
        return parse(years == null ? String.valueOf(d.defaultYears()) : years,
                provisional == null ? String.valueOf(d.provisionalYears()) : provisional,
                reminders == null ? format(d.reminderMonths()) : reminders);
    }

    /**
     * The rules from what a person typed: whole numbers only, years 1 to {@value ValidityRules#MAX_YEARS}, reminder
     * months 1 to {@value ValidityRules#MAX_REMINDER_MONTHS} separated by commas (、，, or spaces).
     *
     * @throws DomainException naming the wrong value (validity.setting.*), nothing saved
     */
    public static ValidityRules parse(String defaultYears, String provisionalYears, String reminderMonths) {
        int years = whole(defaultYears, "validity.setting.defaultYears", 1, ValidityRules.MAX_YEARS);
        int provisional = whole(provisionalYears, "validity.setting.provisionalYears", 1, ValidityRules.MAX_YEARS);
        String text = reminderMonths == null ? "" : reminderMonths.strip();
        List<Integer> months = new ArrayList<>();
        for (String part : text.split("[,，、;；\\s]+")) {
            if (!part.isEmpty()) {
                int month = whole(part, "validity.setting.reminderMonths", 1, ValidityRules.MAX_REMINDER_MONTHS);
                if (months.contains(month)) {
                    throw new DomainException("validity.setting.reminderRepeated",
                            "Reminder month " + month + " is given twice", month);
                }
                months.add(month);
            }
        }
        if (months.isEmpty()) {
            throw new DomainException("validity.setting.reminderMonths", "At least one reminder is needed", text,
                    1, ValidityRules.MAX_REMINDER_MONTHS);
        }
        return new ValidityRules(years, provisional, months);
    }

    /** Saves the rules (administrators only), audited in the same transaction. */
    public void save(ValidityRules rules) {
        access.require(Role.ADMIN, "change the validity rules");
        db.transaction(() -> {
            ValidityRules before = rules();
            settings.put(DEFAULT_YEARS, String.valueOf(rules.defaultYears()));
            settings.put(PROVISIONAL_YEARS, String.valueOf(rules.provisionalYears()));
            settings.put(REMINDER_MONTHS, format(rules.reminderMonths()));
            audit.record("setting.validity", "setting", null, before, rules);
        });
        lastKnown = rules;
        savedListeners.forEach(Runnable::run);
    }

    /** Calls {@code listener} after each save, on the thread that saved. */
    public void onSaved(Runnable listener) {
        savedListeners.add(listener);
    }

    /** "6, 2, 1": as the settings form shows the reminders. */
    public static String format(List<Integer> months) {
        return months.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static int whole(String text, String key, int min, int max) {
        String value = text == null ? "" : text.strip();
        int n;
        try {
            n = Integer.parseInt(org.normdesk.domain.common.TextNormalizer.fold(value));
        } catch (NumberFormatException e) {
            throw new DomainException(key, "Not a whole number: " + value, value, min, max);
        }
        if (n < min || n > max) {
            throw new DomainException(key, value + " is outside " + min + ".." + max, value, min, max);
        }
        return n;
    }
}

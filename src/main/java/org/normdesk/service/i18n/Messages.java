package org.normdesk.service.i18n;

import org.normdesk.domain.common.DomainException;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The user's language: UI text, error sentences and enum labels from the {@code i18n/messages} bundles.
 * Chinese is the base bundle, so any locale without its own bundle gets Chinese, never the JVM default.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages load(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, bundle.getLocale().getLanguage().isEmpty() ? Locale.SIMPLIFIED_CHINESE : locale);
    }

    /**
     * English for an English OS, Chinese for everything else; {@code override} ("zh", "en") wins. A system locale
     * of English without a country is the C/POSIX locale (LANG=C.UTF-8) of a machine where nobody chose a language:
     * it gets the default, Chinese. Windows and macOS always name a country, as does en_US.UTF-8.
     */
    public static Locale chooseLocale(String override, Locale system) {
        if (override != null && !override.isBlank()) {
            return "en".equals(override.strip()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        boolean englishSystem = "en".equals(system.getLanguage()) && !system.getCountry().isEmpty();
        return englishSystem ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = display(args[i]);
        }
        return new MessageFormat(get(key), locale).format(shown);
    }

    /** The sentence for a user error, in the user's language. */
    public String format(DomainException e) {
        Object[] args = e.args();
        int operation = switch (e.messageKey()) {
            case "access.denied" -> 2;
            case "access.signInRequired" -> 0;
            default -> -1;
        };
        if (operation >= 0 && operation < args.length && args[operation] instanceof String english) {
            args = args.clone();
            args[operation] = operation(english);
        }
        return format(e.messageKey(), args);
    }

    /**
     * The name of a protected operation in the user's language: the services name it in English
     * ({@code currentUser.require(role, "add a document")}), the bundle holds {@code operation.add-a-document}.
     */
    public String operation(String english) {
        String key = operationKey(english);
        return bundle.containsKey(key) ? bundle.getString(key) : english;
    }

    /** The bundle key of an operation's name: {@code operation.} and its English words joined by hyphens. */
    public static String operationKey(String english) {
        return "operation." + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /** Enum constants are shown by their label key {@code SimpleName.CONSTANT}. */
    public String label(Enum<?> value) {
        return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** The labels of {@code values}, in their order: what a column of them must fit. */
    public java.util.List<String> labels(Enum<?>... values) {
        return java.util.Arrays.stream(values).map(this::label).toList();
    }

    /** Reasons written by the system are message keys; reasons people typed are shown as typed. */
    public String reason(String stored) {
        return stored != null && stored.startsWith("@") ? get(stored.substring(1)) : stored;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    private Object display(Object arg) {
        if (arg instanceof Enum<?> e) {
            return label(e);
        }
        if (arg instanceof LocalDate d) {
            return date(d);
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(item -> String.valueOf(display(item))).collect(Collectors.joining("、"));
        }
        return arg;
    }
}

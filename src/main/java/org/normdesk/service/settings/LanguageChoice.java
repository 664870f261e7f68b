package org.normdesk.service.settings;

import java.util.Arrays;

/** The language this PC's NormDesk shows: the system's, or one chosen in the settings. */
public enum LanguageChoice {
    SYSTEM(""), CHINESE("zh"), ENGLISH("en");

    private final String code;

    LanguageChoice(String code) {
        this.code = code;
    }

    /** What {@code Messages.chooseLocale} takes as its override; empty for {@link #SYSTEM}. */
    public String code() {
        return code;
    }

    /** The choice for a stored code; anything unknown follows the system. */
    public static LanguageChoice fromCode(String code) {
        String wanted = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(c -> c.code.equals(wanted)).findFirst().orElse(SYSTEM);
    }
}

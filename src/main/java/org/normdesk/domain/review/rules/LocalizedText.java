package org.normdesk.domain.review.rules;

import java.util.Locale;
import java.util.Objects;

/** A text a rule pack gives in Chinese and English. */
public record LocalizedText(String zh, String en) {
    public LocalizedText {
        Objects.requireNonNull(zh);
        Objects.requireNonNull(en);
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}

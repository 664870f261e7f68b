package org.normdesk.service.review.hints;

import org.junit.jupiter.api.Test;
import org.normdesk.domain.review.rules.HintCategory;
import org.normdesk.domain.review.text.Extraction;
import org.normdesk.service.i18n.Messages;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HintMessagesTest {
    @Test
    void hint_categories_and_extraction_results_have_labels_and_the_notice_says_a_hit_is_not_a_finding() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Messages m = Messages.load(locale);
            List<Enum<?>> shown = new java.util.ArrayList<>(List.of(HintCategory.values()));
            shown.addAll(List.of(Extraction.values()));
            for (Enum<?> e : shown) {
                assertNotEquals(e.getDeclaringClass().getSimpleName() + "." + e.name(), m.label(e), locale + " " + e);
            }
            String notice = m.get("review.hints.notice");
            assertTrue(locale == Locale.ENGLISH ? notice.contains("not a finding") && notice.contains("not a clearance")
                    : notice.contains("不是审查结论") && notice.contains("不代表"), notice);
        }
    }
}

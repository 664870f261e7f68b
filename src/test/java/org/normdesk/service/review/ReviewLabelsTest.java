package org.normdesk.service.review;

import org.junit.jupiter.api.Test;
import org.normdesk.domain.review.ChecklistGroup;
import org.normdesk.domain.review.ChecklistPoint;
import org.normdesk.domain.review.CorrectionResult;
import org.normdesk.domain.review.CorrectionState;
import org.normdesk.domain.review.PointResult;
import org.normdesk.domain.review.ReviewOutcome;
import org.normdesk.domain.review.ReviewState;
import org.normdesk.service.i18n.Messages;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Every review enum has a label in both languages; the drafted opinion numbers its problems the Chinese way. */
class ReviewLabelsTest {
    @Test
    void every_review_enum_has_a_label_in_both_languages() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Messages m = Messages.load(locale);
            for (Class<? extends Enum<?>> type : List.of(ChecklistGroup.class, ChecklistPoint.class, PointResult.class,
                    ReviewOutcome.class, ReviewState.class, CorrectionState.class, CorrectionResult.class)) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertNotEquals(type.getSimpleName() + "." + constant.name(), m.label(constant),
                            locale + " label of " + constant);
                }
            }
        }
    }

    @Test
    void problems_are_numbered_in_chinese() {
        assertEquals(List.of("一", "九", "十", "十二", "二十", "二十一"), List.of(1, 9, 10, 12, 20, 21).stream()
                .map(OpinionDrafter::chineseNumber).toList());
    }
}

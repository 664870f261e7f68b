package org.normdesk.domain.filing;

import java.util.EnumSet;
import java.util.Set;

/** The parts of a filing package (备案材料). Which are required is a setting; these are the usual ones. */
public enum MaterialKind {
    /** 备案报告. */
    FILING_REPORT,
    /** 正式文本. */
    OFFICIAL_TEXT,
    /** 起草说明. */
    DRAFTING_EXPLANATION,
    /** 制定依据. */
    LEGAL_BASIS,
    /** 合法性审核意见. */
    LEGALITY_REVIEW_OPINION,
    /** 集体审议记录. */
    COLLECTIVE_DELIBERATION,
    /** 征求意见记录. */
    PUBLIC_CONSULTATION,
    /** 电子文本. */
    ELECTRONIC_TEXT;

    public static Set<MaterialKind> defaultRequired() {
        return EnumSet.of(FILING_REPORT, OFFICIAL_TEXT, DRAFTING_EXPLANATION, LEGAL_BASIS, LEGALITY_REVIEW_OPINION);
    }
}

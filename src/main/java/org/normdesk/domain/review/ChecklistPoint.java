package org.normdesk.domain.review;

import java.util.Arrays;
import java.util.List;

/**
 * The standard review points of a filing review (备案审查要点), in the order they are worked through and printed.
 * Basis: 国办发〔2018〕37号 (what a normative document may not contain) and 国办发〔2018〕115号 (procedure).
 */
public enum ChecklistPoint {
    /** 制定主体适格: not an internal division, ad-hoc or coordination body. */
    ISSUING_BODY(ChecklistGroup.AUTHORITY),
    /** 未超越法定权限. */
    COMPETENCE(ChecklistGroup.AUTHORITY),
    /** 无法律依据不得设定行政处罚. */
    PENALTIES(ChecklistGroup.CONTENT),
    /** 不得设定行政许可或增加许可条件. */
    LICENCES(ChecklistGroup.CONTENT),
    /** 不得设定行政强制措施. */
    COERCIVE_MEASURES(ChecklistGroup.CONTENT),
    /** 不得违法设定收费、征收. */
    FEES(ChecklistGroup.CONTENT),
    /** 不得违法减损权利、增加义务. */
    RIGHTS_AND_OBLIGATIONS(ChecklistGroup.CONTENT),
    /** 公平竞争审查: no entry barriers, no local protection. */
    FAIR_COMPETITION(ChecklistGroup.CONTENT),
    /** 公开征求意见. */
    PUBLIC_CONSULTATION(ChecklistGroup.PROCEDURE),
    /** 合法性审核意见. */
    LEGALITY_REVIEW(ChecklistGroup.PROCEDURE),
    /** 集体审议. */
    COLLECTIVE_DELIBERATION(ChecklistGroup.PROCEDURE),
    /** 向社会公布. */
    PUBLICATION(ChecklistGroup.PROCEDURE);

    private final ChecklistGroup group;

    ChecklistPoint(ChecklistGroup group) {
        this.group = group;
    }

    public ChecklistGroup group() {
        return group;
    }

    public static List<ChecklistPoint> all() {
        return Arrays.asList(values());
    }
}

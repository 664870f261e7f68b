package org.normdesk.domain.review.rules;

/** The review points of issue 5 that a hint prompts the reviewer to look at. */
public enum HintCategory {
    /** 行政处罚: 罚款, 没收, 吊销, 责令停产停业 … */
    PENALTY,
    /** 行政许可: 许可, 审批, 核准 as a condition on citizens or enterprises */
    LICENCE,
    /** 行政强制: 查封, 扣押, 冻结 */
    COERCIVE_MEASURE,
    /** 收费: fees and payments demanded */
    FEE,
    /** 不得 / 禁止 / 应当 laid on citizens, legal persons or enterprises */
    OBLIGATION,
    /** 公平竞争: designated operators, local preference, barriers against outside enterprises */
    FAIR_COMPETITION
}

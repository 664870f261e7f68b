package org.normdesk.domain.filing;

/** What the formal check (形式审查) decided: 准予备案登记, 退回补正, or 不予备案登记. */
public enum FormalCheckDecision {
    REGISTER, RETURN, REJECT
}

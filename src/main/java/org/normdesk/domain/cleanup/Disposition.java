package org.normdesk.domain.cleanup;

import org.normdesk.domain.document.LifecycleStatus;

/** A cleanup decision (清理结果) and what it does to the document when the campaign is finalized. */
public enum Disposition {
    /** 继续有效: stays as it is. */
    CONTINUE(null),
    /** 修改: stays in force, listed for amendment; the amending document changes its status when it comes. */
    AMEND(null),
    /** 宣布失效. */
    EXPIRE(LifecycleStatus.EXPIRED),
    /** 废止. */
    REPEAL(LifecycleStatus.REPEALED),
    /** 已明令废止: abolished earlier; listed, not changed again. */
    ALREADY_REPEALED(null);

    private final LifecycleStatus resultingStatus;

    Disposition(LifecycleStatus resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    /** The status finalizing gives the document, or null when it leaves the status alone. */
    public LifecycleStatus resultingStatus() {
        return resultingStatus;
    }
}

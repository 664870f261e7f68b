package org.normdesk.domain.review;

/** The headings of the review checklist (审查要点). */
public enum ChecklistGroup {
    /** 制定主体和权限. */
    AUTHORITY,
    /** 内容. */
    CONTENT,
    /** 制定程序. */
    PROCEDURE
}

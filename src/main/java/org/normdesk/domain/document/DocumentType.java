package org.normdesk.domain.document;

/** 政府规范性文件, 部门规范性文件 or 政府规章 — decides filing routes and validity defaults. */
public enum DocumentType {
    GOVERNMENT_NORMATIVE, DEPARTMENT_NORMATIVE, GOVERNMENT_RULE
}

package org.normdesk.domain.account;

/** What a local user may do; a user holds one or more roles. */
public enum Role {
    /** 登记员: receives filings, formal check, registration, the register. */
    REGISTRAR,
    /** 审查员: reviews registered filings, drafts opinions. */
    REVIEWER,
    /** 负责人: approves opinions and campaign results. */
    HEAD,
    /** 管理员: accounts, settings, backups. */
    ADMIN
}

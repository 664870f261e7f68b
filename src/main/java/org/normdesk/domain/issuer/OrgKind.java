package org.normdesk.domain.issuer;

/** What kind of body it is; decides whether its documents are government or department documents. */
public enum OrgKind {
    GOVERNMENT, GENERAL_OFFICE, DEPARTMENT, AUTHORISED_ORG, DISPATCHED_AGENCY, TEMPORARY_BODY,
    CONGRESS_STANDING_COMMITTEE, OTHER;

    /** 政府规范性文件 are issued in the name of a government or its general office. */
    public boolean issuesGovernmentDocuments() {
        return this == GOVERNMENT || this == GENERAL_OFFICE;
    }
}

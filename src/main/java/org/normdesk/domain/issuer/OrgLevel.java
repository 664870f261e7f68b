package org.normdesk.domain.issuer;

/** Administrative level of a body: 省 / 市 / 县区 / 乡镇街道. */
public enum OrgLevel {
    PROVINCE, CITY, COUNTY, TOWNSHIP
}

package org.normdesk.service.settings;

/** What kind of office keeps this register: a city's or a county's justice bureau, or a department's legal office. */
public enum UnitKind {
    CITY, COUNTY, DEPARTMENT
}

package org.normdesk.ui.settings;

/** What the local government declared for a day: off (地方放假) or an extra working day. */
public enum LocalDayType {
    DAY_OFF, WORKING_DAY;

    public boolean working() {
        return this == WORKING_DAY;
    }
}

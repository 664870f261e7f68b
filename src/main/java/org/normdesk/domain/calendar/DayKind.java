package org.normdesk.domain.calendar;

/** Why a date is, or is not, a working day; the first rule that applies wins, in this order. */
public enum DayKind {
    /** Declared off by the local government (地方放假). */
    LOCAL_DAY_OFF(false),
    /** Declared a working day locally. */
    LOCAL_WORKING_DAY(true),
    /** An official public holiday (法定节假日), weekend days inside the holiday block included. */
    PUBLIC_HOLIDAY(false),
    /** A weekend day made a working day by the State Council's arrangement (调休上班). */
    ADJUSTED_WORKING_DAY(true),
    WEEKEND(false),
    WEEKDAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean isWorking() {
        return working;
    }
}

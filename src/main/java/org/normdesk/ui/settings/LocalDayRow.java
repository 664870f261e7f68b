package org.normdesk.ui.settings;

import java.time.LocalDate;

/** One of the locality's own days in the calendar tab's table. */
public record LocalDayRow(LocalDate date, LocalDayType type, String typeLabel, String weekday, String note) {
}

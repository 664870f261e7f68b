package org.normdesk.ui.filing;

import org.normdesk.service.filing.DueHealth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Style classes for how close a deadline is; their colours are semantic variables in css/app.css. */
public final class DueStyle {
    /** Every deadline badge carries this class. */
    public static final String BADGE = "due-badge";
    /** An overdue filing's whole row. */
    public static final String ROW_OVERDUE = "due-row-overdue";
    /** A due-soon filing's whole row. */
    public static final String ROW_DUE_SOON = "due-row-soon";

    private static final List<String> ALL = Arrays.stream(DueHealth.values()).map(DueStyle::of).toList();

    private DueStyle() {
    }

    /** e.g. {@code due-due-soon}, {@code due-overdue}. */
    public static String of(DueHealth health) {
        return "due-" + health.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> all() {
        return ALL;
    }
}

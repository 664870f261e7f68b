package org.normdesk.ui.register;

import org.normdesk.domain.document.LifecycleStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Style classes for statuses; their colours are semantic variables in css/app.css. */
public final class StatusStyle {
    /** Every status label carries this class. */
    public static final String BADGE = "status-badge";
    /** A 文号 the parser could not read. */
    public static final String NUMBER_FLAGGED = "number-flagged";
    public static final String FIELD_ERROR = "field-error";

    private static final List<String> ALL = Arrays.stream(LifecycleStatus.values()).map(StatusStyle::of).toList();

    private StatusStyle() {
    }

    /** e.g. {@code status-not-yet-effective}. */
    public static String of(LifecycleStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> all() {
        return ALL;
    }
}

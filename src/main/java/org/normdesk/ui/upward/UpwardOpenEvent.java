package org.normdesk.ui.upward;

import javafx.event.Event;
import javafx.event.EventType;

/**
 * "Show this upward filing": fired by a dashboard item; the main window switches to the 向上报备 section and the
 * section chooses the line.
 */
public final class UpwardOpenEvent extends Event {
    public static final EventType<UpwardOpenEvent> OPEN = new EventType<>(Event.ANY, "UPWARD_OPEN");

    private final long upwardId;

    public UpwardOpenEvent(long upwardId) {
        super(OPEN);
        this.upwardId = upwardId;
    }

    public long upwardId() {
        return upwardId;
    }
}

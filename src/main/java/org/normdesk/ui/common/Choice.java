package org.normdesk.ui.common;

/**
 * One entry of a filter list; {@code value == null} is the "any" entry. ComboBoxes show {@link #toString()}.
 */
public record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}

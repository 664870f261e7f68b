package org.normdesk.ui.review;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.normdesk.domain.review.CheckedPoint;
import org.normdesk.domain.review.ChecklistPoint;
import org.normdesk.domain.review.PointResult;

import java.util.Objects;

/** One editable line of the checklist editor; remembers what is saved so only changed lines are written. */
public final class PointRow {
    private final ChecklistPoint point;
    private final ObjectProperty<PointResult> result = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty article = new SimpleStringProperty("");
    private CheckedPoint saved;

    PointRow(ChecklistPoint point) {
        this.point = point;
    }

    void load(CheckedPoint stored) {
        saved = stored;
        result.set(stored == null ? null : stored.result());
        comment.set(stored == null || stored.comment() == null ? "" : stored.comment());
        article.set(stored == null || stored.article() == null ? "" : stored.article());
    }

    /** Marked and different from what is stored. */
    boolean changed() {
        if (result.get() == null) {
            return false;
        }
        return saved == null || saved.result() != result.get()
                || !Objects.equals(blankToNull(comment.get()), saved.comment())
                || !Objects.equals(blankToNull(article.get()), saved.article());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ChecklistPoint point() {
        return point;
    }

    public ObjectProperty<PointResult> resultProperty() {
        return result;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty articleProperty() {
        return article;
    }
}

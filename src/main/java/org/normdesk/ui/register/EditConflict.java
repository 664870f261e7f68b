package org.normdesk.ui.register;

import org.normdesk.domain.document.DocumentField;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.i18n.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Two people edited the same document: the fields where the other person's save differs from what this form
 * started from, with both values, so the user can reload theirs or keep their own edits merged on top.
 */
public record EditConflict(NormativeDocument theirs, List<Change> changes) {
    /** One field: the value the form started from, the other person's, and this form's. */
    public record Change(DocumentField field, String label, String before, String theirs, String mine) {
        public boolean bothChanged() {
            return !before.equals(theirs) && !before.equals(mine) && !theirs.equals(mine);
        }
    }

    static EditConflict between(NormativeDocument original, NormativeDocument theirs, DocumentInput mine, Messages m) {
        DocumentInput before = inputOf(original);
        DocumentInput other = inputOf(theirs);
        List<Change> changes = new ArrayList<>();
        add(changes, m, DocumentField.TITLE, before.title(), other.title(), mine.title());
        add(changes, m, DocumentField.DOC_NUMBER, before.docNumber(), other.docNumber(), mine.docNumber());
        add(changes, m, DocumentField.ISSUERS, names(original), names(theirs), String.valueOf(mine.issuerIds()
                .equals(before.issuerIds()) ? names(original) : mine.issuerIds().equals(other.issuerIds()) ? names(theirs)
                : "（已修改）"));
        add(changes, m, DocumentField.TYPE, label(m, before.type()), label(m, other.type()), label(m, mine.type()));
        add(changes, m, DocumentField.SUBJECT_AREA, before.subjectArea(), other.subjectArea(), mine.subjectArea());
        add(changes, m, DocumentField.SIGNED_DATE, before.signedDate(), other.signedDate(), mine.signedDate());
        add(changes, m, DocumentField.PUBLISHED_DATE, before.publishedDate(), other.publishedDate(), mine.publishedDate());
        add(changes, m, DocumentField.EFFECTIVE_DATE, before.effectiveDate(), other.effectiveDate(), mine.effectiveDate());
        add(changes, m, DocumentField.VALID_UNTIL, before.validUntil(), other.validUntil(), mine.validUntil());
        if (original.status() != theirs.status()) {
            changes.add(new Change(DocumentField.STATUS, m.label(DocumentField.STATUS), m.label(original.status()),
                    m.label(theirs.status()), m.label(original.status())));
        }
        return new EditConflict(theirs, changes);
    }

    /** The document as the form would show it, for comparing field by field. */
    static DocumentInput inputOf(NormativeDocument d) {
        return new DocumentInput(d.title(), d.docNumber() == null ? "" : d.docNumber().raw(),
                d.issuers().stream().map(Issuer::id).toList(), d.type(), d.subjectArea() == null ? "" : d.subjectArea(),
                iso(d.signedDate()), iso(d.publishedDate()), iso(d.effectiveDate()), iso(d.validUntil()), null);
    }

    /** One line per changed field, for the prompt. */
    public String describe(Messages m) {
        return changes.stream().filter(c -> !c.before().equals(c.theirs()))
                .map(c -> m.format("docdialog.conflict.line", c.label(), c.before(), c.theirs(), c.mine()))
                .collect(Collectors.joining("\n"));
    }

    private static void add(List<Change> changes, Messages m, DocumentField field, String before, String theirs,
                            String mine) {
        String b = before == null ? "" : before;
        String t = theirs == null ? "" : theirs;
        String y = mine == null ? "" : mine;
        if (!b.equals(t) || !b.equals(y)) {
            changes.add(new Change(field, m.label(field), b, t, y));
        }
    }

    private static String names(NormativeDocument d) {
        return d.issuers().stream().map(Issuer::name).collect(Collectors.joining("、"));
    }

    private static String label(Messages m, Enum<?> value) {
        return value == null ? "" : m.label(value);
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}

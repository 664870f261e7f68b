package org.normdesk.service.transfer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What importing a package would do, shown before anything is applied: each document of the package as new,
 * changed (by the sender only), unchanged, or conflicting (changed on both sides since the last exchange with
 * that unit, field by field, for the user to resolve); gaps in the sender's registration numbers; and filings this
 * register received from the sender's units whose documents the sender's register lacks.
 *
 * @param alreadyImported this very package was imported before (importing it again changes nothing)
 */
public record Reconciliation(String fileName, PackageManifest manifest, boolean alreadyImported, List<Item> items,
                             List<SerialGap> missingSerials, List<PaperFiling> paperOnly,
                             List<NumberClash> numberClashes) {
    public Reconciliation {
        items = List.copyOf(items);
        missingSerials = List.copyOf(missingSerials);
        paperOnly = List.copyOf(paperOnly);
        numberClashes = List.copyOf(numberClashes);
    }

    /** A report without 文号 clashes. */
    public Reconciliation(String fileName, PackageManifest manifest, boolean alreadyImported, List<Item> items,
                          List<SerialGap> missingSerials, List<PaperFiling> paperOnly) {
        this(fileName, manifest, alreadyImported, items, missingSerials, paperOnly, List.of());
    }

    /**
     * A document of the package that, taken as new or as the sender's version, would carry the same lead issuer and
     * 文号 as another document: one of this register ({@code otherLocalId}) or another of the same package
     * ({@code otherKey}). The import is refused while such a document is to be taken; kept as ours, it does not
     * matter.
     *
     * @param key        the package document's key
     * @param docNumber  the 文号 both would carry, normalised
     * @param otherLocalId the register's document already using it (null when the other one is in the package)
     * @param otherKey   the other package document taking it (null when the register's document uses it)
     */
    public record NumberClash(String key, String title, String leadIssuer, String docNumber, Long otherLocalId,
                              String otherKey, String otherTitle) {
        /** The sentence naming both documents, in the user's language through its message key. */
        public org.normdesk.domain.common.DomainException refusal() {
            if (otherLocalId != null) {
                return new org.normdesk.domain.common.DomainException("package.numberClash", "Document " + key
                        + " of the package, \u201c" + title + "\u201d, would take the document number " + docNumber
                        + " of " + leadIssuer + ", which this register already uses for \u201c" + otherTitle + "\u201d (#"
                        + otherLocalId + "); correct the number on one side first. Nothing was imported", key, title,
                        docNumber, leadIssuer, otherTitle, String.valueOf(otherLocalId));
            }
            return new org.normdesk.domain.common.DomainException("package.numberClashInPackage", "Document " + key
                    + " of the package, \u201c" + title + "\u201d, and document " + otherKey + " of the same package, \u201c"
                    + otherTitle + "\u201d, both carry the document number " + docNumber + " of " + leadIssuer
                    + "; correct the number at the sender first. Nothing was imported", key, title, docNumber,
                    leadIssuer, otherTitle, otherKey);
        }
    }

    public enum State { NEW, CHANGED, UNCHANGED, CONFLICT }

    /** Which side wins a conflict: this register's version, or the sender's. */
    public enum Resolution { MINE, THEIRS }

    /** One field that differs: this register's value and the package's ({@code ""} for empty). */
    public record FieldDiff(String field, String mine, String theirs) {
    }

    /**
     * @param key     the document's id in the sender's register (what {@code --resolve KEY=…} names)
     * @param localId the document in this register it is (null for a new one)
     * @param diffs   for a change or conflict, every differing field, this register's value beside the package's
     */
    public record Item(String key, State state, String title, String docNumber, Long localId, List<FieldDiff> diffs) {
        public Item {
            diffs = List.copyOf(diffs);
        }
    }

    /** Registration numbers missing between the lowest and highest of one sequence (e.g. 濮登〔2019〕…号). */
    public record SerialGap(String sequence, List<String> missing) {
        public SerialGap {
            missing = List.copyOf(missing);
        }
    }

    /** A filing this register received from one of the sender's units, of a document the package does not hold. */
    public record PaperFiling(long filingId, long documentId, String title, String docNumber, String filingUnit,
                              LocalDate receivedDate, String channel, String registrationNo) {
    }

    public List<Item> items(State state) {
        return items.stream().filter(i -> i.state() == state).toList();
    }

    public int count(State state) {
        return (int) items.stream().filter(i -> i.state() == state).count();
    }

    /**
     * The 文号 clashes that stop an import with these choices: a clash matters only while its document (and, inside
     * the package, the other one too) is taken as the sender's version — new, changed, or a conflict taken as theirs.
     */
    public List<NumberClash> blockingClashes(Map<String, Resolution> resolutions) {
        Map<String, State> states = new HashMap<>();
        items.forEach(i -> states.put(i.key(), i.state()));
        Predicate<String> taken = key -> {
            State state = states.get(key);
            return state == State.NEW || state == State.CHANGED
                    || state == State.CONFLICT && resolutions.get(key) == Resolution.THEIRS;
        };
        return numberClashes.stream().filter(c -> taken.test(c.key())
                && (c.otherKey() == null || taken.test(c.otherKey()))).toList();
    }
}

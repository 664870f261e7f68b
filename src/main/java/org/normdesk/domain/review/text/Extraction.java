package org.normdesk.domain.review.text;

/** What reading a file gave. */
public enum Extraction {
    /** The electronic text was read. */
    TEXT,
    /** A scanned PDF: pages are images without a text layer; the reviewer proceeds without hints. */
    NO_TEXT_LAYER
}

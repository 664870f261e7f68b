package org.normdesk.service.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts every hit by status, type, subject area, lead body and publication year in the same pass that finds
 * the page of hits: one walk over the matching documents' column values, no second query.
 */
final class FacetCollector extends SimpleCollector {
    /** Counts by value; the keys are the stored strings and numbers. */
    record Counts(int total, Map<String, Integer> statuses, Map<String, Integer> types, Map<String, Integer> subjects,
                  Map<Long, Integer> leads, Map<Integer, Integer> years) {
    }

    private final boolean facets;
    private int total;
    private final Map<String, Integer> statuses = new HashMap<>();
    private final Map<String, Integer> types = new HashMap<>();
    private final Map<String, Integer> subjects = new HashMap<>();
    private final Map<Long, Integer> leads = new HashMap<>();
    private final Map<Integer, Integer> years = new HashMap<>();

    private SortedDocValues statusValues;
    private SortedDocValues typeValues;
    private SortedDocValues subjectValues;
    private SortedDocValues leadValues;
    private SortedDocValues yearValues;
    private int[] leadOrds;
    private int[] yearOrds;
    private final Map<String, Integer> leadKeys = new HashMap<>();
    private final Map<String, Integer> yearKeys = new HashMap<>();
    private int[] statusOrds;
    private int[] typeOrds;
    private int[] subjectOrds;

    FacetCollector(boolean facets) {
        this.facets = facets;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flushLeaf();
        if (!facets) {
            return;
        }
        var reader = context.reader();
        statusValues = DocValues.getSorted(reader, SearchIndex.STATUS);
        typeValues = DocValues.getSorted(reader, SearchIndex.TYPE);
        subjectValues = DocValues.getSorted(reader, SearchIndex.SUBJECT);
        leadValues = DocValues.getSorted(reader, SearchIndex.LEAD_KEY);
        yearValues = DocValues.getSorted(reader, SearchIndex.YEAR_KEY);
        leadOrds = new int[leadValues.getValueCount()];
        yearOrds = new int[yearValues.getValueCount()];
        statusOrds = new int[statusValues.getValueCount()];
        typeOrds = new int[typeValues.getValueCount()];
        subjectOrds = new int[subjectValues.getValueCount()];
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        if (!facets) {
            return;
        }
        if (statusValues.advanceExact(doc)) {
            statusOrds[statusValues.ordValue()]++;
        }
        if (typeValues.advanceExact(doc)) {
            typeOrds[typeValues.ordValue()]++;
        }
        if (subjectValues.advanceExact(doc)) {
            subjectOrds[subjectValues.ordValue()]++;
        }
        if (leadValues.advanceExact(doc)) {
            leadOrds[leadValues.ordValue()]++;
        }
        if (yearValues.advanceExact(doc)) {
            yearOrds[yearValues.ordValue()]++;
        }
    }

    /** Ordinals are per segment: turn them into values before moving to the next one. */
    private void flushLeaf() throws IOException {
        if (statusOrds == null) {
            return;
        }
        flush(statusValues, statusOrds, statuses);
        flush(typeValues, typeOrds, types);
        flush(subjectValues, subjectOrds, subjects);
        flush(leadValues, leadOrds, leadKeys);
        flush(yearValues, yearOrds, yearKeys);
        statusOrds = null;
    }

    private static void flush(SortedDocValues values, int[] ords, Map<String, Integer> into) throws IOException {
        for (int ord = 0; ord < ords.length; ord++) {
            if (ords[ord] > 0) {
                into.merge(values.lookupOrd(ord).utf8ToString(), ords[ord], Integer::sum);
            }
        }
    }

    Counts counts() throws IOException {
        flushLeaf();
        leadKeys.forEach((k, v) -> leads.merge(Long.parseLong(k), v, Integer::sum));
        yearKeys.forEach((k, v) -> years.merge(Integer.parseInt(k), v, Integer::sum));
        leadKeys.clear();
        yearKeys.clear();
        return new Counts(total, statuses, types, subjects, leads, years);
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}

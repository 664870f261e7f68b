package org.normdesk.service.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.normdesk.domain.common.TextNormalizer;
import org.normdesk.store.SearchStore;
import org.normdesk.store.SearchStore.Fingerprint;
import org.normdesk.store.SearchStore.IndexRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The register's search index: a Lucene index in the data folder ({@code <data>/index}), a derived copy of the
 * database that can always be rebuilt from it. Before every query it compares a fingerprint of the document table
 * (count, sum of versions, highest id, latest update) with the one it was last in step with and catches up —
 * so edits made by another workstation on a shared PostgreSQL register, or by code that bypasses the services,
 * are found too; anything it cannot explain (a removed row, an edit it missed) makes it rebuild.
 */
final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** Bump when fields or analysis change: an index of another format is rebuilt. */
    static final String FORMAT = "normdesk-search-3";
    /**
     * Edits are looked for this far before the latest update the index saw: clocks of workstations differ a
     * little, and a transaction may commit a row stamped earlier than one already seen.
     */
    private static final Duration CATCH_UP_WINDOW = Duration.ofMinutes(10);

    static final String ID = "id";
    static final String ID_DV = "id_dv";
    static final String NUMBER_KEY = "number_key";
    static final String STATUS = "status";
    static final String TYPE = "type";
    static final String LEVEL = "level";
    static final String SUBJECT = "subject";
    static final String LEAD = "lead";
    static final String ISSUER = "issuer";
    static final String YEAR = "year";
    static final String PUBLISHED = "published";
    static final String VALID_UNTIL = "valid_until";
    static final String STATUS_SINCE = "status_since";
    static final String VERSION = "version";
    /** The days the document was in force (from its status history), as ranges of epoch days. */
    static final String IN_FORCE = "in_force";
    /** Lead body and year again as sorted values: facets count them by ordinal, without boxing per document. */
    static final String LEAD_KEY = "lead_key";
    static final String YEAR_KEY = "year_key";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearchStore store;
    private final String source;
    /**
     * Every write through the stores moves the watermark (a new id, or updated_at = now), so before each query only
     * the watermark is read (two index lookups). The full fingerprint (a scan: count and sum of versions) is read
     * when the watermark moved and at least this often, for what the watermark cannot see: a removed row, or an
     * edit stamped by a workstation whose clock is behind.
     */
    private static final long FULL_CHECK_NANOS = Duration.ofSeconds(30).toNanos();

    /** The database state the index holds; null when it must be rebuilt. */
    private Fingerprint synced;
    private long lastFullCheck = System.nanoTime() - FULL_CHECK_NANOS;
    private long documentsWritten;

    private SearchIndex(Directory directory, SearchStore store, String source) throws IOException {
        this.directory = directory;
        this.store = store;
        this.source = source;
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.forIndex())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.synced = readCommitData();
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * The index in {@code folder}, created if missing; an unreadable one is thrown away and rebuilt. If another
     * process holds it (a second NormDesk on the same data folder and a shared register), this process keeps an
     * index in memory instead.
     *
     * @param source names the database, so that an index built for another register is not reused
     */
    static SearchIndex open(Path folder, SearchStore store, String source) {
        try {
            Files.createDirectories(folder);
            try {
                return new SearchIndex(FSDirectory.open(folder), store, source);
            } catch (LockObtainFailedException e) {
                LOG.warn("Search index {} is in use by another process; using one in memory", folder);
                return inMemory(store, source);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Search index {} is unreadable ({}); rebuilding it", folder, e.toString());
                deleteContents(folder);
                return new SearchIndex(FSDirectory.open(folder), store, source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder, e);
        }
    }

    static SearchIndex inMemory(SearchStore store, String source) {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), store, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Fingerprint readCommitData() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return null;
        }
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        if (!FORMAT.equals(data.get("format")) || !source.equals(data.get("source"))) {
            return null;
        }
        try {
            String updated = data.get("maxUpdatedAt");
            return new Fingerprint(Integer.parseInt(data.get("count")), Long.parseLong(data.get("versionSum")),
                    Long.parseLong(data.get("maxId")), updated == null || updated.isEmpty() ? null : Instant.parse(updated));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Brings the index in step with the database; cheap when nothing changed (one aggregate query). */
    synchronized void sync() {
        if (synced != null && System.nanoTime() - lastFullCheck < FULL_CHECK_NANOS) {
            SearchStore.Watermark mark = store.watermark();
            if (mark.maxId() == synced.maxId() && java.util.Objects.equals(mark.maxUpdatedAt(), synced.maxUpdatedAt())) {
                return;
            }
        }
        Fingerprint now = store.fingerprint();
        lastFullCheck = System.nanoTime();
        if (now.equals(synced)) {
            return;
        }
        try {
            if (synced == null) {
                rebuild(now);
                return;
            }
            Instant since = synced.maxUpdatedAt() == null ? null : synced.maxUpdatedAt().minus(CATCH_UP_WINDOW);
            for (IndexRow row : store.changedSince(synced.maxId(), since)) {
                writer.updateDocument(idTerm(row.id()), toDocument(row));
                documentsWritten++;
            }
            searchers.maybeRefreshBlocking();
            long[] held = countAndVersionSum();
            if (held[0] != now.count() || held[1] != now.versionSum()) {
                LOG.info("Search index out of step after catching up ({} / {} documents); rebuilding", held[0],
                        now.count());
                rebuild(now);
                return;
            }
            synced = now;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws the index away and reads every document again. */
    synchronized void rebuild() {
        try {
            rebuild(store.fingerprint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rebuild(Fingerprint now) throws IOException {
        long start = System.nanoTime();
        writer.deleteAll();
        IOException[] failure = new IOException[1];
        store.forEachRow(row -> {
            try {
                writer.addDocument(toDocument(row));
                documentsWritten++;
            } catch (IOException e) {
                failure[0] = e;
                throw new UncheckedIOException(e);
            }
        });
        synced = now;
        commit();
        searchers.maybeRefreshBlocking();
        LOG.info("Search index rebuilt: {} documents in {} ms", now.count(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * From this many documents on, a refresh also records the database state it brought the index to: without it the
     * next query's catch-up would see the moved watermark and read and index the same documents again (1–2 s after a
     * 20,000-row import). Below it the catch-up is cheap and the fingerprint's table scan is not worth it.
     */
    static final int LARGE_REFRESH = 500;

    /** Re-reads these documents at once (after a service changed them); a missing one leaves the index. */
    synchronized void refresh(Collection<Long> ids) {
        try {
            Set<Long> missing = new HashSet<>(ids);
            for (IndexRow row : store.rows(ids)) {
                writer.updateDocument(idTerm(row.id()), toDocument(row));
                documentsWritten++;
                missing.remove(row.id());
            }
            for (Long id : missing) {
                writer.deleteDocuments(idTerm(id));
            }
            searchers.maybeRefreshBlocking();
            if (ids.size() >= LARGE_REFRESH && synced != null) {
                // the same test as the catch-up's: the index holds exactly the database's documents and versions
                Fingerprint now = store.fingerprint();
                long[] held = countAndVersionSum();
                if (held[0] == now.count() && held[1] == now.versionSum()) {
                    synced = now;
                    lastFullCheck = System.nanoTime();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents written into the index since it was opened (by a refresh, a catch-up or a rebuild). */
    synchronized long documentsWritten() {
        return documentsWritten;
    }

    /** One page of hits with the facet counts of all of them. */
    record Page(List<Long> ids, List<Float> scores, int total, FacetCollector.Counts facets) {
    }

    /**
     * Runs {@code query}: hits sorted by score when {@code ranked}, else newest publication first; the facet counts
     * cover every hit, the page only {@code offset..offset+limit}.
     */
    Page search(Query query, boolean ranked, int offset, int limit, boolean withFacets) {
        sync();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Sort sort = ranked ? new Sort(SortField.FIELD_SCORE, newestFirst(), idDescending())
                        : new Sort(newestFirst(), idDescending());
                int wanted = Math.max(1, Math.min(offset + limit, Math.max(1, searcher.getIndexReader().maxDoc())));
                TopFieldCollector top = new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE, false)
                        .newCollector();
                FacetCollector facets = new FacetCollector(withFacets);
                searcher.search(query, MultiCollector.wrap(top, facets));
                FacetCollector.Counts counts = facets.counts();
                TopDocs docs = top.topDocs(offset, limit);
                List<Long> ids = new ArrayList<>(docs.scoreDocs.length);
                List<Float> scores = new ArrayList<>(docs.scoreDocs.length);
                for (var hit : docs.scoreDocs) {
                    Object[] fields = ((FieldDoc) hit).fields;
                    ids.add((Long) fields[fields.length - 1]);
                    scores.add(ranked ? (Float) fields[0] : 0f);
                }
                return new Page(ids, scores, counts.total(), counts);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SortField newestFirst() {
        SortField published = new SortField(PUBLISHED, SortField.Type.LONG, true);
        published.setMissingValue(Long.MIN_VALUE);
        return published;
    }

    private static SortField idDescending() {
        return new SortField(ID_DV, SortField.Type.LONG, true);
    }

    /** Number of live documents and the sum of their versions, to compare with the database's. */
    private long[] countAndVersionSum() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            long count = 0;
            long sum = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues versions = leaf.reader().getNumericDocValues(VERSION);
                Bits live = leaf.reader().getLiveDocs();
                if (versions == null) {
                    continue;
                }
                for (int doc = versions.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = versions.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        count++;
                        sum += versions.longValue();
                    }
                }
            }
            return new long[]{count, sum};
        } finally {
            searchers.release(searcher);
        }
    }

    int size() {
        sync();
        try {
            return (int) countAndVersionSum()[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit() throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put("format", FORMAT);
        data.put("source", source);
        if (synced != null) {
            data.put("count", String.valueOf(synced.count()));
            data.put("versionSum", String.valueOf(synced.versionSum()));
            data.put("maxId", String.valueOf(synced.maxId()));
            data.put("maxUpdatedAt", synced.maxUpdatedAt() == null ? "" : synced.maxUpdatedAt().toString());
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    private static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    private static Document toDocument(IndexRow row) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(row.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID_DV, row.id()));
        String title = TextNormalizer.normalizeTitle(row.title());
        doc.add(new TextField(SearchAnalyzers.TITLE_CHARS, title, Field.Store.NO));
        doc.add(new TextField(SearchAnalyzers.TITLE_WORDS, title, Field.Store.NO));
        if (row.docNumberNormalized() != null) {
            doc.add(new StringField(NUMBER_KEY, row.docNumberNormalized(), Field.Store.NO));
            doc.add(new TextField(SearchAnalyzers.NUMBER_CHARS, row.docNumberNormalized(), Field.Store.NO));
        }
        for (String name : row.issuerNames()) {
            doc.add(new TextField(SearchAnalyzers.ISSUER_CHARS, TextNormalizer.normalizeTitle(name), Field.Store.NO));
        }
        keyword(doc, STATUS, row.status());
        keyword(doc, TYPE, row.type());
        keyword(doc, SUBJECT, row.subjectArea());
        if (row.leadIssuerLevel() != null) {
            doc.add(new StringField(LEVEL, row.leadIssuerLevel(), Field.Store.NO));
        }
        doc.add(new LongPoint(LEAD, row.leadIssuerId()));
        doc.add(new SortedDocValuesField(LEAD_KEY, new BytesRef(Long.toString(row.leadIssuerId()))));
        for (Long issuer : row.issuerIds()) {
            doc.add(new LongPoint(ISSUER, issuer));
        }
        if (row.publishedDate() != null) {
            doc.add(new IntPoint(YEAR, row.publishedDate().getYear()));
            doc.add(new SortedDocValuesField(YEAR_KEY, new BytesRef(Integer.toString(row.publishedDate().getYear()))));
            doc.add(new NumericDocValuesField(PUBLISHED, row.publishedDate().toEpochDay()));
        }
        day(doc, VALID_UNTIL, row.validUntil());
        day(doc, STATUS_SINCE, row.statusSince());
        for (InForceIntervals.Interval interval : InForceIntervals.of(row.publishedDate(), row.effectiveDate(),
                row.history())) {
            doc.add(new LongRange(IN_FORCE, new long[]{interval.from()}, new long[]{interval.to()}));
        }
        doc.add(new NumericDocValuesField(VERSION, row.version()));
        return doc;
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.NO));
            doc.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void day(Document doc, String field, LocalDate day) {
        if (day != null) {
            doc.add(new LongPoint(field, day.toEpochDay()));
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            if (synced != null) {
                commit();
            }
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warn("Closing the search index failed: {}", e.toString());
        }
    }

    private static void deleteContents(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        }
    }
}

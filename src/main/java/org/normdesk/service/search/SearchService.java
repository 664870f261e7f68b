package org.normdesk.service.search;

import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.store.Database;
import org.normdesk.store.DocumentStore;
import org.normdesk.store.IssuerStore;
import org.normdesk.store.SearchStore;

import org.apache.lucene.document.LongRange;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The register's search box, facets and result pages. The text is looked up in the search index (Lucene, in the
 * data folder), which also filters, ranks and counts; the rows shown come from the database. The same on H2 and
 * PostgreSQL. Why not the database's own text search: see {@code README.md} ("Search").
 */
public final class SearchService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    /** How long closing waits for a large refresh still running (a 100,000-document package takes ~10 s). */
    private static final long CLOSE_WAIT_SECONDS = 60;

    private final SearchIndex index;
    private final DocumentStore documents;
    private final IssuerStore issuers;
    /**
     * Large refreshes (a ledger import, a package) run here, on the second core, so that the job that committed them
     * returns at once; every query waits for the last one first, so none sees the index half way.
     */
    private final ExecutorService largeRefreshes = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "normdesk:index-refresh");
        t.setDaemon(true);
        return t;
    });
    private volatile Future<?> pendingRefresh = CompletableFuture.completedFuture(null);

    /**
     * @param indexFolder where the index lives (created or rebuilt as needed); null keeps it in memory
     * @param source      names the database the index is built from, e.g. its URL without credentials
     */
    public SearchService(Database db, Path indexFolder, String source) {
        SearchStore store = new SearchStore(db);
        this.index = indexFolder == null ? SearchIndex.inMemory(store, source)
                : SearchIndex.open(indexFolder, store, source);
        this.documents = new DocumentStore(db);
        this.issuers = new IssuerStore(db);
    }

    /** In memory: for tests and for registers opened without a data folder. */
    public SearchService(Database db) {
        this(db, null, db.config().displayUrl());
    }

    /**
     * One page ({@link DocumentQuery#offset()}, {@link DocumentQuery#limit()}) of the documents matching
     * {@code query}, the total, the terms to highlight, and the facet counts of all matching documents. Text is
     * never parsed as a query language: any characters are allowed and none can cause an error.
     */
    public SearchResult search(DocumentQuery query) {
        QueryBuilder.TextPart text = query.text() == null ? null : QueryBuilder.text(query.text());
        SearchIndex.Page page = ready().search(QueryBuilder.build(query, text), text != null, query.offset(),
                query.limit(), true);
        List<DocumentSummary> rows = documents.summariesByIds(page.ids());
        List<String> terms = text == null ? List.of() : text.terms();
        List<SearchHit> hits = new ArrayList<>(rows.size());
        for (int i = 0, r = 0; i < page.ids().size() && r < rows.size(); i++) {
            if (rows.get(r).id() != page.ids().get(i)) {
                continue; // removed since the index looked: skip it
            }
            DocumentSummary row = rows.get(r++);
            hits.add(new SearchHit(row, page.scores().get(i), matched(row, terms)));
        }
        return new SearchResult(hits, page.total(), terms, facets(page.facets()));
    }

    /**
     * Point in time from the index: one page of the documents in force on {@code day} that also match
     * {@code query} (issuer, text, facets), the total and the facet counts — the same documents as the history
     * SQL ({@code LifecycleService.inForceOn}), newest publication first.
     */
    public SearchResult inForceOn(LocalDate day, DocumentQuery query) {
        QueryBuilder.TextPart text = query.text() == null ? null : QueryBuilder.text(query.text());
        SearchIndex.Page page = ready().search(inForce(day, QueryBuilder.build(query, text)), text != null,
                query.offset(), query.limit(), true);
        List<DocumentSummary> rows = documents.summariesByIds(page.ids());
        List<String> terms = text == null ? List.of() : text.terms();
        List<SearchHit> hits = new ArrayList<>(rows.size());
        for (int i = 0, r = 0; i < page.ids().size() && r < rows.size(); i++) {
            if (rows.get(r).id() != page.ids().get(i)) {
                continue;
            }
            DocumentSummary row = rows.get(r++);
            hits.add(new SearchHit(row, page.scores().get(i), matched(row, terms)));
        }
        return new SearchResult(hits, page.total(), terms, facets(page.facets()));
    }

    /** Ids of every document in force on {@code day} (of one issuer, or all when null), newest publication first. */
    public List<Long> inForceIds(LocalDate day, Long issuerId) {
        DocumentQuery query = DocumentQuery.all();
        if (issuerId != null) {
            query = query.withIssuerId(issuerId);
        }
        Query q = inForce(day, QueryBuilder.build(query, null));
        int total = ready().search(q, false, 0, 1, false).total();
        return total == 0 ? List.of() : ready().search(q, false, 0, total, false).ids();
    }

    private static Query inForce(LocalDate day, Query query) {
        long epochDay = day.toEpochDay();
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(LongRange.newIntersectsQuery(SearchIndex.IN_FORCE, new long[]{epochDay}, new long[]{epochDay}),
                        BooleanClause.Occur.FILTER)
                .build();
    }

    /** All facet counts for {@code query} in one pass over the index (its paging is ignored). */
    public Facets facets(DocumentQuery query) {
        QueryBuilder.TextPart text = query.text() == null ? null : QueryBuilder.text(query.text());
        return facets(ready().search(QueryBuilder.build(query, text), false, 0, 1, true).facets());
    }

    /** How many documents match (paging ignored). */
    public int count(DocumentQuery query) {
        QueryBuilder.TextPart text = query.text() == null ? null : QueryBuilder.text(query.text());
        return ready().search(QueryBuilder.build(query, text), false, 0, 1, false).total();
    }

    /** Ids of every matching document in result order (paging ignored), e.g. for an export. */
    public List<Long> allIds(DocumentQuery query) {
        QueryBuilder.TextPart text = query.text() == null ? null : QueryBuilder.text(query.text());
        var q = QueryBuilder.build(query, text);
        int total = ready().search(q, false, 0, 1, false).total();
        return total == 0 ? List.of() : ready().search(q, text != null, 0, total, false).ids();
    }

    /** Register rows for these ids, in that order. */
    public List<DocumentSummary> rows(List<Long> ids) {
        return documents.summariesByIds(ids);
    }

    /** The terms a text is searched as, to highlight in places the result does not cover. */
    public List<String> termsOf(String text) {
        return QueryBuilder.termsOf(text);
    }

    /** Called after a write committed: the index reads these documents again at once. */
    public void documentsChanged(Collection<Long> ids) {
        if (ids.size() < SearchIndex.LARGE_REFRESH) {
            index.refresh(ids);
            return;
        }
        List<Long> changed = List.copyOf(ids);
        try {
            pendingRefresh = largeRefreshes.submit(() -> {
                try {
                    index.refresh(changed);
                } catch (RuntimeException e) {
                    // the index is a cache: the next query's catch-up reads these documents instead
                    LOG.warn("Search index not refreshed for {} documents; the next search catches up",
                            changed.size(), e);
                }
            });
        } catch (RejectedExecutionException closing) {
            // the register is closing; the next start's catch-up reads these documents
            LOG.debug("Search index closing; {} changed documents left to the next catch-up", changed.size());
        }
    }

    /** The index, once a large refresh still running has finished. */
    private SearchIndex ready() {
        try {
            pendingRefresh.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // logged by the refresh itself
        }
        return index;
    }

    /** Reads the whole register into the index again (the index is a cache: this never loses anything). */
    public void rebuild() {
        ready().rebuild();
    }

    /** Brings the index in step with the database now (otherwise done before each query). */
    public void catchUp() {
        ready().sync();
    }

    /** Documents written into the index since it was opened: how much indexing work was done. */
    long documentsIndexed() {
        return ready().documentsWritten();
    }

    /** Documents in the index, after catching up. */
    public int indexedDocuments() {
        return ready().size();
    }

    private static List<String> matched(DocumentSummary row, List<String> terms) {
        if (terms.isEmpty()) {
            return List.of();
        }
        String number = row.docNumber() == null ? null
                : DocNumber.parse(row.docNumber()).map(DocNumber::normalized).orElse(row.docNumber());
        return terms.stream().filter(t -> Highlights.contains(row.title(), t)
                || Highlights.contains(number, t) || Highlights.contains(row.leadIssuer(), t)).toList();
    }

    private Facets facets(FacetCollector.Counts counts) {
        Map<LifecycleStatus, Integer> statuses = new EnumMap<>(LifecycleStatus.class);
        counts.statuses().forEach((k, v) -> statuses.put(LifecycleStatus.valueOf(k), v));
        Map<DocumentType, Integer> types = new EnumMap<>(DocumentType.class);
        counts.types().forEach((k, v) -> types.put(DocumentType.valueOf(k), v));
        Map<Long, String> names = counts.leads().isEmpty() ? Map.of()
                : issuers.findAll(counts.leads().keySet()).values().stream()
                .collect(Collectors.toMap(Issuer::id, Issuer::name));
        List<Facets.IssuerCount> leads = counts.leads().entrySet().stream()
                .map(e -> new Facets.IssuerCount(e.getKey(), names.getOrDefault(e.getKey(), "#" + e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(Facets.IssuerCount::count).reversed()
                        .thenComparing(Facets.IssuerCount::name))
                .toList();
        Map<String, Integer> subjects = counts.subjects().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        return new Facets(counts.total(), statuses, types, leads, new TreeMap<>(counts.years()), subjects);
    }

    @Override
    public void close() {
        largeRefreshes.shutdown();
        try {
            if (!largeRefreshes.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Closing the search index while a refresh still runs; the next start catches up");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }

}

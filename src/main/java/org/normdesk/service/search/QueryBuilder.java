package org.normdesk.service.search;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.normdesk.domain.common.DateRange;
import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.common.TextNormalizer;
import org.normdesk.domain.document.DocumentQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into a Lucene query without a query parser: the text is only ever analysed, never
 * parsed, so {@code *}, {@code "(}, {@code AND OR}, {@code 100%_} are plain characters and cannot fail. Every word
 * must occur in the title, the 文号 or an issuer's name (as a run of characters, like {@code LIKE '%word%'});
 * title words found by SmartChineseAnalyzer and an exact 文号 raise the rank.
 */
final class QueryBuilder {
    /** An exact 文号 outranks any title match. */
    private static final float NUMBER_EXACT_BOOST = 20f;
    private static final float NUMBER_BOOST = 1.5f;
    private static final float TITLE_WORD_BOOST = 2f;
    private static final float ISSUER_BOOST = 0.5f;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A bracketed year in any of the brackets registers use, after folding: (2019) [2019] 【2019】 〖2019〗 〔2019〕. */
    private static final Pattern BRACKETED_YEAR = Pattern.compile("[〔\\[【(〖]\\s*([0-9]{4})\\s*[〕\\]】)〗]");

    private QueryBuilder() {
    }

    /** The text part: the query, and the terms to highlight (empty when there was no searchable character). */
    record TextPart(Query query, List<String> terms) {
    }

    static TextPart text(String text) {
        String folded = TextNormalizer.fold(text).strip();
        Optional<DocNumber> number = DocNumber.parse(folded).filter(DocNumber::parsed);
        if (number.isPresent()) {
            String key = number.get().normalized();
            BooleanQuery.Builder either = new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(SearchIndex.NUMBER_KEY, key)), NUMBER_EXACT_BOOST), Occur.SHOULD);
            Query phrase = phrase(SearchAnalyzers.NUMBER_CHARS, key);
            if (phrase != null) {
                either.add(phrase, Occur.SHOULD);
            }
            return new TextPart(either.build(), List.of(key));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Set<String> terms = new LinkedHashSet<>();
        boolean any = false;
        for (String raw : WHITESPACE.split(folded)) {
            String word = unifyBrackets(TextNormalizer.normalizeTitle(raw));
            if (word.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            boolean searchable = false;
            Query title = phrase(SearchAnalyzers.TITLE_CHARS, word);
            if (title != null) {
                alternatives.add(title, Occur.SHOULD);
                alternatives.add(new BoostQuery(phrase(SearchAnalyzers.NUMBER_CHARS, word), NUMBER_BOOST), Occur.SHOULD);
                alternatives.add(new BoostQuery(phrase(SearchAnalyzers.ISSUER_CHARS, word), ISSUER_BOOST), Occur.SHOULD);
                searchable = true;
            }
            Optional<DocNumber> partNumber = DocNumber.parse(word).filter(DocNumber::parsed);
            if (partNumber.isPresent()) {
                alternatives.add(new BoostQuery(new TermQuery(new Term(SearchIndex.NUMBER_KEY,
                        partNumber.get().normalized())), NUMBER_EXACT_BOOST), Occur.SHOULD);
                searchable = true;
            }
            if (!searchable) {
                continue; // only punctuation or symbols: nothing to look for
            }
            any = true;
            all.add(alternatives.build(), Occur.MUST);
            terms.add(word);
            for (String w : SearchAnalyzers.words(word)) {
                all.add(new BoostQuery(new TermQuery(new Term(SearchAnalyzers.TITLE_WORDS, w)), TITLE_WORD_BOOST),
                        Occur.SHOULD);
                if (w.length() > 1) {
                    terms.add(w);
                }
            }
        }
        return any ? new TextPart(all.build(), List.copyOf(terms)) : new TextPart(new MatchNoDocsQuery(), List.of());
    }

    /** The whole query: the text part (if any) and every filter of {@code query}. */
    static Query build(DocumentQuery query, TextPart text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (text != null) {
            b.add(text.query(), Occur.MUST);
            any = true;
        }
        any |= keywords(b, SearchIndex.STATUS, query.statuses().stream().map(Enum::name).toList());
        any |= keywords(b, SearchIndex.TYPE, query.types().stream().map(Enum::name).toList());
        any |= keywords(b, SearchIndex.LEVEL, query.issuerLevels().stream().map(Enum::name).toList());
        any |= keywords(b, SearchIndex.SUBJECT, query.subjectAreas());
        if (query.year() != null) {
            b.add(IntPoint.newExactQuery(SearchIndex.YEAR, query.year()), Occur.FILTER);
            any = true;
        }
        if (query.issuerId() != null) {
            b.add(LongPoint.newExactQuery(SearchIndex.ISSUER, query.issuerId()), Occur.FILTER);
            any = true;
        }
        if (!query.leadIssuerIds().isEmpty()) {
            b.add(LongPoint.newSetQuery(SearchIndex.LEAD, query.leadIssuerIds()), Occur.FILTER);
            any = true;
        }
        any |= days(b, SearchIndex.VALID_UNTIL, query.validUntil());
        any |= days(b, SearchIndex.STATUS_SINCE, query.statusChanged());
        return any ? b.build() : new MatchAllDocsQuery();
    }

    private static boolean keywords(BooleanQuery.Builder b, String field, Collection<String> values) {
        if (values.isEmpty()) {
            return false;
        }
        b.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), Occur.FILTER);
        return true;
    }

    private static boolean days(BooleanQuery.Builder b, String field, DateRange range) {
        if (range == null) {
            return false;
        }
        long from = range.from() == null ? Long.MIN_VALUE : range.from().toEpochDay();
        long to = range.to() == null ? Long.MAX_VALUE : range.to().toEpochDay();
        b.add(LongPoint.newRangeQuery(field, from, to), Occur.FILTER);
        return true;
    }

    /** The characters of {@code text} in a row, as a phrase; null when it has no searchable character. */
    private static Query phrase(String field, String text) {
        List<SearchAnalyzers.Token> tokens = SearchAnalyzers.phraseTokens(field, text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = tokens.get(0).position();
        for (SearchAnalyzers.Token t : tokens) {
            phrase.add(new Term(field, t.term()), t.position() - first);
        }
        return phrase.build();
    }

    /** 濮政(2019)12号 and 濮政[2019]12号 are searched as the register writes them: 濮政〔2019〕12号. */
    static String unifyBrackets(String word) {
        return BRACKETED_YEAR.matcher(word).replaceAll("〔$1〕");
    }

    static List<String> termsOf(String text) {
        return text == null ? List.of() : new ArrayList<>(text(text).terms());
    }
}

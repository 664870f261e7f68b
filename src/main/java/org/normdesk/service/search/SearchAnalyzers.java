package org.normdesk.service.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two ways to cut Chinese text. CJK bigrams (plus single characters) find any run of characters the way
 * {@code LIKE '%…%'} did, so nothing a person can see in a title is unfindable; SmartChineseAnalyzer's words
 * only rank: a title that has 绿化 as a word comes before one where 绿 and 化 merely touch.
 */
final class SearchAnalyzers {
    /** Fields cut into CJK bigrams and single characters. */
    static final String TITLE_CHARS = "title_chars";
    static final String NUMBER_CHARS = "number_chars";
    static final String ISSUER_CHARS = "issuer_chars";
    /** Title cut into words by SmartChineseAnalyzer. */
    static final String TITLE_WORDS = "title_words";

    private static final String DOUBLE = "<DOUBLE>";
    private static final String SINGLE = "<SINGLE>";

    /** The smartcn dictionaries take a moment to load; once per process. */
    private static final Analyzer WORDS = new SmartChineseAnalyzer();
    private static final Analyzer CHARS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
            return new TokenStreamComponents(source, stream);
        }
    };

    private SearchAnalyzers() {
    }

    static Analyzer forIndex() {
        return new PerFieldAnalyzerWrapper(CHARS, Map.of(TITLE_WORDS, WORDS));
    }

    /** A token and its position in the analysed text. */
    record Token(String term, int position) {
    }

    /**
     * The tokens that spell {@code text} as a phrase over a chars field: every bigram, and a single character
     * only where no bigram covers it (a lone 水, or Latin and digits). Positions are those of the index.
     */
    static List<Token> phraseTokens(String field, String text) {
        List<Token> all = new ArrayList<>();
        List<String> types = new ArrayList<>();
        try (TokenStream stream = CHARS.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                all.add(new Token(term.toString(), position));
                types.add(type.type());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.Set<Integer> bigramStarts = new java.util.HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (DOUBLE.equals(types.get(i))) {
                bigramStarts.add(all.get(i).position());
            }
        }
        List<Token> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            boolean coveredSingle = SINGLE.equals(types.get(i))
                    && (bigramStarts.contains(t.position()) || bigramStarts.contains(t.position() - 1));
            if (!coveredSingle) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** SmartChineseAnalyzer's words of {@code text}, for ranking and highlighting. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = WORDS.tokenStream(TITLE_WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}

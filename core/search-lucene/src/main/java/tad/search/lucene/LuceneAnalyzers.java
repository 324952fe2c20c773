package tad.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import tad.core.search.Relevance;

/**
 * The analysers: English (stemming, stop words) for the weighted text fields, plain lower-casing for the all-text
 * field that prefix and typo matching use, since stems would break prefixes ("amazi" is no prefix of "amaz").
 * The same chains as OpenSearch's built-in {@code english} and {@code standard} analysers.
 */
final class LuceneAnalyzers {
    private final EnglishAnalyzer english = new EnglishAnalyzer();
    private final Analyzer perField;

    LuceneAnalyzers() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (Relevance.TextField field : Relevance.TextField.values()) {
            byField.put(field.field, english);
        }
        perField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
    }

    /** What the IndexWriter uses. */
    Analyzer indexing() {
        return perField;
    }

    /** The English terms of one query word: usually one stem, none for a stop word. */
    List<String> englishTerms(String word) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = english.tokenStream("query", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query word cannot fail on a string", e);
        }
        return terms;
    }
}

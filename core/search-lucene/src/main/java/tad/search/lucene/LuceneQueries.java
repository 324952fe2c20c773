package tad.search.lucene;

import java.util.List;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import tad.core.search.ArtistQuery;
import tad.core.search.QueryWord;
import tad.core.search.Relevance;
import tad.core.search.SearchText;

/** Translates an {@link ArtistQuery} into Lucene queries and a sort, following {@link Relevance}. */
final class LuceneQueries {
    /** Same as OpenSearch's fuzzy default, so both expand a typo to the same candidate words. */
    private static final int FUZZY_MAX_EXPANSIONS = 50;
    private static final SortField BY_ARTIST_ID = new SortField(LuceneFields.ARTIST_ID, SortField.Type.STRING);

    private final LuceneAnalyzers analyzers;

    LuceneQueries(LuceneAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The query that selects and scores the results: text, every filter, and the styles. */
    Query results(ArtistQuery query) {
        BooleanQuery.Builder bool = withoutStyles(query);
        addAvailability(bool, query);
        if (!query.styles().isEmpty()) {
            List<BytesRef> slugs = query.styles().stream().map(BytesRef::new).toList();
            bool.add(new TermInSetQuery(LuceneFields.STYLES, slugs), Occur.FILTER);
            for (String style : query.styles()) {
                bool.add(weighted(new TermQuery(new Term(LuceneFields.STYLES, style)), Relevance.STYLE), Occur.SHOULD);
            }
        }
        return orAll(bool.build());
    }

    /** The query that style facets count over: everything but the style filter. */
    Query facets(ArtistQuery query) {
        BooleanQuery.Builder bool = withoutStyles(query);
        addAvailability(bool, query);
        return orAll(bool.build());
    }

    /** The query that availability facets count over: everything but the availability filter. */
    Query availabilityFacets(ArtistQuery query) {
        BooleanQuery.Builder bool = withoutStyles(query);
        if (!query.styles().isEmpty()) {
            bool.add(new TermInSetQuery(LuceneFields.STYLES, query.styles().stream().map(BytesRef::new).toList()),
                    Occur.FILTER);
        }
        return orAll(bool.build());
    }

    private static void addAvailability(BooleanQuery.Builder bool, ArtistQuery query) {
        Query availability = LuceneAvailability.filter(query);
        if (availability != null) {
            bool.add(availability, Occur.FILTER);
        }
    }

    Sort sort(ArtistQuery query) {
        return switch (query.sort()) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, BY_ARTIST_ID);
            case DISTANCE -> new Sort(
                    LatLonDocValuesField.newDistanceSort(LuceneFields.LOCATION, query.near().lat(), query.near().lng()),
                    BY_ARTIST_ID);
            case UPDATED -> new Sort(new SortField(LuceneFields.UPDATED_AT, SortField.Type.LONG, true), BY_ARTIST_ID);
        };
    }

    private BooleanQuery.Builder withoutStyles(ArtistQuery query) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        for (QueryWord word : SearchText.queryWords(query.text())) {
            bool.add(wordQuery(word), Occur.MUST);
        }
        if (query.city() != null) {
            bool.add(new TermQuery(new Term(LuceneFields.CITY, SearchText.cityKey(query.city()))), Occur.FILTER);
        }
        if (query.near() != null && query.radiusKm() != null) {
            bool.add(LatLonPoint.newDistanceQuery(LuceneFields.LOCATION, query.near().lat(), query.near().lng(),
                    query.radiusKm() * 1000), Occur.FILTER);
        }
        if (query.bbox() != null) {
            var box = query.bbox();
            bool.add(LatLonPoint.newBoxQuery(LuceneFields.LOCATION, box.south(), box.north(), box.west(), box.east()),
                    Occur.FILTER);
        }
        return bool;
    }

    /** One query word: any of its exact, prefix or typo matches, each adding its weight. */
    private Query wordQuery(QueryWord word) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        List<String> stems = analyzers.englishTerms(word.word());
        if (!stems.isEmpty()) {
            for (Relevance.TextField field : Relevance.TextField.values()) {
                // any stem of the word, counted once per field, as OpenSearch's match query inside constant_score
                BooleanQuery.Builder anyStem = new BooleanQuery.Builder();
                stems.forEach(stem -> anyStem.add(new TermQuery(new Term(field.field, stem)), Occur.SHOULD));
                any.add(weighted(anyStem.build(), field.weight), Occur.SHOULD);
            }
        }
        Term plain = new Term(Relevance.ALL_TEXT, word.word());
        if (word.prefix()) {
            any.add(weighted(new PrefixQuery(plain), Relevance.PREFIX), Occur.SHOULD);
        }
        if (word.maxEdits() > 0) {
            any.add(weighted(new FuzzyQuery(plain, word.maxEdits(), 0, FUZZY_MAX_EXPANSIONS, true), Relevance.FUZZY),
                    Occur.SHOULD);
        } else {
            // too short for typos and for prefixes: only the word itself
            any.add(weighted(new TermQuery(plain), Relevance.FUZZY), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query weighted(Query query, int weight) {
        return new BoostQuery(new ConstantScoreQuery(query), weight);
    }

    private static Query orAll(BooleanQuery bool) {
        return bool.clauses().isEmpty() ? new MatchAllDocsQuery() : bool;
    }
}

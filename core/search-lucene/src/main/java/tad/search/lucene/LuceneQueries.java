package tad.search.lucene;

import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import tad.core.search.ArtistQuery;
import tad.core.search.QueryWord;
import tad.core.search.Relevance;
import tad.core.search.SearchText;
import tad.core.search.SortOrder;

/** Translates an {@link ArtistQuery} into Lucene queries and a sort, following {@link Relevance}. */
final class LuceneQueries {
    /** Same as OpenSearch's fuzzy default, so both expand a typo to the same candidate words. */
    private static final int FUZZY_MAX_EXPANSIONS = 50;
    private static final SortField BY_ARTIST_ID = new SortField(LuceneFields.ARTIST_ID, SortField.Type.STRING);
    /** The facet names of {@link #facetFilters}. */
    static final String STYLES = "styles";
    static final String AVAILABILITY = "availability";

    private final LuceneAnalyzers analyzers;

    LuceneQueries(LuceneAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * The query that selects and scores documents by text and place: the text's words (scored) and the city, radius
     * and box filters. Styles and availability are not in it: {@link ResultCollector} applies them, with their facets, in the same pass.
     */
    Query matching(ArtistQuery query) {
        List<QueryWord> words = SearchText.queryWords(query.text());
        boolean radius = query.near() != null && query.radiusKm() != null;
        boolean box = query.bbox() != null;
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        for (QueryWord word : words) {
            bool.add(wordQuery(word), Occur.MUST);
        }
        if (query.city() != null) {
            bool.add(new TermQuery(new Term(LuceneFields.CITY, SearchText.cityKey(query.city()))), Occur.FILTER);
        }
        if (radius) {
            double lat = query.near().lat();
            double lng = query.near().lng();
            double meters = query.radiusKm() * 1000;
            bool.add(place(LatLonPoint.newDistanceQuery(LuceneFields.LOCATION, lat, lng, meters),
                    () -> LatLonDocValuesField.newSlowDistanceQuery(LuceneFields.LOCATION, lat, lng, meters),
                    !words.isEmpty() || query.city() != null || box), Occur.FILTER);
        }
        if (box) {
            var b = query.bbox();
            bool.add(place(LatLonPoint.newBoxQuery(LuceneFields.LOCATION, b.south(), b.north(), b.west(), b.east()),
                    () -> LatLonDocValuesField.newSlowBoxQuery(LuceneFields.LOCATION, b.south(), b.north(), b.west(),
                            b.east()), !words.isEmpty() || query.city() != null || radius), Occur.FILTER);
        }
        BooleanQuery built = bool.build();
        return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
    }

    /**
     * A place filter: the points tree when the place leads the search, the doc values when a more selective clause
     * leads and the place only checks its candidates. Both match the same documents. With no other clause the place
     * always leads, so only the points query is built: {@link IndexOrDocValuesQuery} would also prepare the doc
     * values' predicate on every search (about 4% of a search's CPU in the issue 20 profile) and never use it.
     */
    private static Query place(Query points, Supplier<Query> docValues, boolean anotherClauseMayLead) {
        return anotherClauseMayLead ? new IndexOrDocValuesQuery(points, docValues.get()) : points;
    }

    /**
     * The facet filters the collector applies: the styles (any of them; each one matched adds its weight) and the
     * availability kinds that hold on the query's day (any of them; no weight).
     */
    List<FacetFilter> facetFilters(ArtistQuery query) {
        return List.of(
                new FacetFilter(STYLES, query.styles(), Relevance.STYLE,
                        segment -> SegmentKeywords.of(segment, LuceneFields.STYLES)),
                new FacetFilter(AVAILABILITY, query.availability(), 0, SegmentAvailability.on(query.today())));
    }

    /** Whether the matching query's own score orders the results (text, sorted by relevance). */
    boolean scoresText(ArtistQuery query) {
        return query.sort() == SortOrder.RELEVANCE && !SearchText.queryWords(query.text()).isEmpty();
    }

    Sort sort(ArtistQuery query) {
        return switch (query.sort()) {
            // without text or styles every score is equal: the id alone orders, and nothing needs scoring
            case RELEVANCE -> !scoresText(query) && query.styles().isEmpty() ? new Sort(BY_ARTIST_ID)
                    : new Sort(SortField.FIELD_SCORE, BY_ARTIST_ID);
            case DISTANCE -> new Sort(
                    LatLonDocValuesField.newDistanceSort(LuceneFields.LOCATION, query.near().lat(), query.near().lng()),
                    BY_ARTIST_ID);
            case UPDATED -> new Sort(new SortField(LuceneFields.UPDATED_AT, SortField.Type.LONG, true), BY_ARTIST_ID);
        };
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
}

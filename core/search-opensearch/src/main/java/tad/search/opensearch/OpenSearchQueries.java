package tad.search.opensearch;

import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.opensearch._types.DistanceUnit;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.GeoDistanceType;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import tad.core.search.ArtistQuery;
import tad.core.search.QueryWord;
import tad.core.search.Relevance;
import tad.core.search.SearchText;

/**
 * Translates an {@link ArtistQuery} into OpenSearch's query DSL, clause for clause what {@code LuceneQueries} builds,
 * so both engines compute the same scores (see {@link Relevance}).
 *
 * <p>Every filter is in filter context (no scoring, cacheable). Facets: the style filter goes into the
 * {@code post_filter}, so the aggregations (which run on {@link #query}) count styles under every filter except the
 * style filter; the styles still score through optional should clauses.
 */
final class OpenSearchQueries {
    /** OpenSearch's fuzzy default, stated so Lucene can use the same. */
    private static final int FUZZY_MAX_EXPANSIONS = 50;
    static final String STYLES = "styles";
    /** More than the number of styles the directory will ever have: every value gets its count. */
    private static final int MAX_FACET_VALUES = 1_000;

    private OpenSearchQueries() {}

    /** Text and place filters, plus the optional style boosts. */
    static Query query(ArtistQuery query) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        for (QueryWord word : SearchText.queryWords(query.text())) {
            bool.must(wordQuery(word));
        }
        if (query.city() != null) {
            bool.filter(f -> f.term(t -> t.field("city").value(FieldValue.of(SearchText.cityKey(query.city())))));
        }
        if (query.near() != null && query.radiusKm() != null) {
            bool.filter(f -> f.geoDistance(g -> g.field("location")
                    .location(l -> l.latlon(ll -> ll.lat(query.near().lat()).lon(query.near().lng())))
                    .distance(query.radiusKm() + "km")
                    .distanceType(GeoDistanceType.Arc)));
        }
        if (query.bbox() != null) {
            var box = query.bbox();
            bool.filter(f -> f.geoBoundingBox(g -> g.field("location")
                    .boundingBox(b -> b.coords(c -> c.top(box.north()).bottom(box.south()).left(box.west()).right(box.east())))));
        }
        for (String style : query.styles()) {
            bool.should(weighted(Query.of(q -> q.term(t -> t.field(STYLES).value(FieldValue.of(style)))), Relevance.STYLE));
        }
        // the style boosts must stay optional, even when nothing else is required, or facets would see only them
        bool.minimumShouldMatch("0");
        return Query.of(q -> q.bool(bool.build()));
    }

    /** The style filter (any of the styles), or null when no style is selected. */
    static Query styleFilter(ArtistQuery query) {
        if (query.styles().isEmpty()) {
            return null;
        }
        List<FieldValue> values = query.styles().stream().sorted().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(STYLES).terms(v -> v.value(values))));
    }

    /**
     * The style counts: a terms aggregation on every style. No {@code execution_hint}: the node's default for a
     * keyword field is its global ordinals, which the mapping builds at refresh ({@code eager_global_ordinals}); the
     * {@code map} hint (each hit's style bytes looked up and hashed) was not measured to help, see docs/search.md.
     */
    static Aggregation styleCounts() {
        return Aggregation.of(a -> a.terms(t -> t.field(STYLES).size(MAX_FACET_VALUES)));
    }

    static List<SortOptions> sort(ArtistQuery query) {
        List<SortOptions> sort = new ArrayList<>();
        switch (query.sort()) {
            case RELEVANCE -> {
                // without text or styles every score is equal: the id alone orders
                if (!SearchText.queryWords(query.text()).isEmpty() || !query.styles().isEmpty()) {
                    sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
                }
            }
            case DISTANCE -> sort.add(SortOptions.of(s -> s.geoDistance(g -> g.field("location")
                    .location(l -> l.latlon(ll -> ll.lat(query.near().lat()).lon(query.near().lng())))
                    .order(SortOrder.Asc).unit(DistanceUnit.Kilometers).distanceType(GeoDistanceType.Arc))));
            case UPDATED -> sort.add(SortOptions.of(s -> s.field(f -> f.field("updatedAt").order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(s -> s.field(f -> f.field("artistId").order(SortOrder.Asc))));
        return sort;
    }

    /** One query word: any of its exact, prefix or typo matches, each adding its weight. */
    private static Query wordQuery(QueryWord word) {
        BoolQuery.Builder any = new BoolQuery.Builder();
        for (Relevance.TextField field : Relevance.TextField.values()) {
            any.should(weighted(Query.of(q -> q.match(m -> m.field(field.field).query(FieldValue.of(word.word())))),
                    field.weight));
        }
        if (word.prefix()) {
            any.should(weighted(Query.of(q -> q.prefix(p -> p.field(Relevance.ALL_TEXT).value(word.word()))),
                    Relevance.PREFIX));
        }
        if (word.maxEdits() > 0) {
            any.should(weighted(Query.of(q -> q.fuzzy(f -> f.field(Relevance.ALL_TEXT).value(FieldValue.of(word.word()))
                    .fuzziness(Integer.toString(word.maxEdits())).prefixLength(0)
                    .maxExpansions(FUZZY_MAX_EXPANSIONS).transpositions(true))), Relevance.FUZZY));
        } else {
            any.should(weighted(Query.of(q -> q.term(t -> t.field(Relevance.ALL_TEXT).value(FieldValue.of(word.word())))),
                    Relevance.FUZZY));
        }
        any.minimumShouldMatch("1");
        return Query.of(q -> q.bool(any.build()));
    }

    private static Query weighted(Query query, int weight) {
        return Query.of(q -> q.constantScore(c -> c.filter(query).boost((float) weight)));
    }
}

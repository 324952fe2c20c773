package tad.search.opensearch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.query_dsl.FieldAndFormat;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import tad.core.search.ArtistHit;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchResult;

/**
 * One search as one request (docs/search.md shows its JSON): the page's hits with their result items from doc values
 * and no stored field ({@link OpenSearchItems}), the exact total and every facet, so no hit needs a second fetch. Each facet counts under every
 * filter but its own: the style and availability filters go into the {@code post_filter}, and each aggregation applies
 * the other filter itself.
 */
final class OpenSearchSearchRequest {
    static final String STYLE_FACET = "styles";
    /** OpenSearch's word for "load no stored field", which also leaves out {@code _id}. */
    private static final String NO_STORED_FIELDS = "_none_";
    private static final List<FieldAndFormat> DOC_VALUE_FIELDS = List.of(
            FieldAndFormat.of(f -> f.field(OpenSearchItems.ARTIST_ID)), FieldAndFormat.of(f -> f.field(OpenSearchItems.FIELD)));

    private OpenSearchSearchRequest() {}

    static SearchRequest of(String indexName, ArtistQuery query) {
        Query styleFilter = OpenSearchQueries.styleFilter(query);
        Query availabilityFilter = OpenSearchAvailability.filter(query);
        Query postFilter = both(styleFilter, availabilityFilter);
        Query stylesUnder = availabilityFilter == null ? Query.of(q -> q.matchAll(m -> m)) : availabilityFilter;
        return SearchRequest.of(s -> {
            s.index(indexName)
                    .query(OpenSearchQueries.query(query))
                    .sort(OpenSearchQueries.sort(query))
                    .from(query.offset())
                    .size(query.size())
                    // no _source and no stored field (not even _id): the fetch phase reads two doc values per hit
                    .source(src -> src.fetch(false))
                    .storedFields(NO_STORED_FIELDS)
                    .docvalueFields(DOC_VALUE_FIELDS)
                    .trackTotalHits(t -> t.enabled(true))
                    .aggregations(STYLE_FACET, a -> a.filter(stylesUnder)
                            .aggregations(STYLE_FACET, OpenSearchQueries.styleCounts()))
                    .aggregations(OpenSearchAvailability.facets(query, styleFilter));
            if (postFilter != null) {
                s.postFilter(postFilter);
            }
            return s;
        });
    }

    /** The result of the response, with the page's items ({@link OpenSearchItems#of}). */
    static SearchResult result(SearchResponse<JsonData> response, List<ArtistHit> pageItems, ArtistQuery query) {
        List<ArtistHit> items = pageItems.stream().map(hit -> hit.activeOn(query.today())).toList();
        Map<String, Long> facets = new HashMap<>();
        response.aggregations().get(STYLE_FACET).filter().aggregations().get(STYLE_FACET).sterms().buckets().array()
                .forEach(bucket -> facets.put(bucket.key(), bucket.docCount()));
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new SearchResult(total, query.page(), query.size(), items, facets,
                OpenSearchAvailability.counts(response.aggregations()));
    }

    private static Query both(Query a, Query b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Query.of(q -> q.bool(bool -> bool.filter(a).filter(b)));
    }
}

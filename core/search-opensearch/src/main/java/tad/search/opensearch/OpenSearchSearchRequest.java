package tad.search.opensearch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import tad.core.search.ArtistHit;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchResult;

/**
 * One search as one request (docs/search.md shows its JSON): the page's hits with only the {@code _source} fields a
 * result item shows, the exact total and every facet, so no hit needs a second fetch. Each facet counts under every
 * filter but its own: the style and availability filters go into the {@code post_filter}, and each aggregation applies
 * the other filter itself.
 */
final class OpenSearchSearchRequest {
    static final String STYLE_FACET = "styles";

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
                    .source(src -> src.filter(f -> f.includes(OpenSearchArtist.SHOWN_FIELDS)))
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

    static SearchResult result(SearchResponse<OpenSearchArtist.Shown> response, ArtistQuery query) {
        List<ArtistHit> items = response.hits().hits().stream().map(Hit::source).map(OpenSearchArtist.Shown::toHit)
                .map(hit -> hit.activeOn(query.today())).toList();
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

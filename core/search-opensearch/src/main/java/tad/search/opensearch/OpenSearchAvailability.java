package tad.search.opensearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import tad.core.search.ArtistQuery;
import tad.core.search.AvailabilityEntry;

/**
 * Availability in OpenSearch, as in Lucene: {@code availabilityExpires.<kind>} holds, per kind, the last day (epoch
 * day) any statement of it holds; the filter and the facet counts compare it with the query's day. The statements
 * themselves travel in {@code show}.
 */
final class OpenSearchAvailability {
    static final String FIELD = "availabilityExpires";
    private static final String FACET_PREFIX = "availability.";
    static final List<String> KINDS = List.of("books-open", "books-closed", "flash", "guest-spot");

    private OpenSearchAvailability() {}

    /** Still holding on the query's day: a statement of this kind lasts until that day or later. */
    static Query holds(String kind, ArtistQuery query) {
        return Query.of(q -> q.range(r -> r.field(FIELD + "." + kind).gte(JsonData.of(query.today().toEpochDay()))));
    }

    /** Any of the query's kinds holding, or null when none is asked for. */
    static Query filter(ArtistQuery query) {
        if (query.availability().isEmpty()) {
            return null;
        }
        BoolQuery.Builder any = new BoolQuery.Builder();
        query.availability().forEach(kind -> any.should(holds(kind, query)));
        any.minimumShouldMatch("1");
        return Query.of(q -> q.bool(any.build()));
    }

    /** One filter aggregation per filterable kind, each also under the style filter (never under its own). */
    static Map<String, Aggregation> facets(ArtistQuery query, Query styleFilter) {
        Map<String, Aggregation> facets = new LinkedHashMap<>();
        for (String kind : AvailabilityEntry.FILTERABLE) {
            BoolQuery.Builder bool = new BoolQuery.Builder().filter(holds(kind, query));
            if (styleFilter != null) {
                bool.filter(styleFilter);
            }
            facets.put(FACET_PREFIX + kind, Aggregation.of(a -> a.filter(Query.of(q -> q.bool(bool.build())))));
        }
        return facets;
    }

    static Map<String, Long> counts(Map<String, Aggregate> aggregations) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String kind : AvailabilityEntry.FILTERABLE) {
            counts.put(kind, aggregations.get(FACET_PREFIX + kind).filter().docCount());
        }
        return counts;
    }
}

package tad.search.opensearch;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import tad.core.search.ListedArtist;

/** {@code SearchReader.listing} on OpenSearch: a range of the artistId keyword, sorted by it, two fields fetched. */
final class OpenSearchListing {
    private OpenSearchListing() {}

    /** The two fields of {@code _source} a listing reads. */
    record Listed(String artistId, long updatedAt) {}

    static List<ListedArtist> listing(OpenSearchClient client, String index, String afterId, int limit)
            throws IOException {
        Query query = afterId == null || afterId.isEmpty()
                ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.range(r -> r.field("artistId").gt(JsonData.of(afterId))));
        SearchResponse<Listed> response = client.search(s -> s.index(index)
                .query(query)
                .sort(o -> o.field(f -> f.field("artistId").order(SortOrder.Asc)))
                .size(limit)
                .source(src -> src.filter(f -> f.includes("artistId", "updatedAt")))
                .trackTotalHits(t -> t.enabled(false)), Listed.class);
        return response.hits().hits().stream().map(Hit::source)
                .map(l -> new ListedArtist(l.artistId(), Instant.ofEpochMilli(l.updatedAt()))).toList();
    }
}

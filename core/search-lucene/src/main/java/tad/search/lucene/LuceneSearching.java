package tad.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import tad.core.search.ArtistHit;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchResult;

/** One search on a searcher: the same for the writer's own searches and a read-only reader's. */
final class LuceneSearching {
    private LuceneSearching() {
    }

    static SearchResult search(IndexSearcher searcher, LuceneQueries queries, ArtistQuery query) throws IOException {
        ResultCollector.Result result = searcher.search(queries.matching(query), new ResultCollector(
                queries.sort(query), query.offset() + query.size(), queries.facetFilters(query),
                queries.scoresText(query)));
        List<ArtistHit> items = LuceneHits.page(searcher, result.top().scoreDocs, query.offset()).stream()
                .map(hit -> hit.activeOn(query.today())).toList();
        return new SearchResult(result.top().totalHits.value(), query.page(), query.size(), items,
                result.facets().get(LuceneQueries.STYLES), result.facets().get(LuceneQueries.AVAILABILITY));
    }
}

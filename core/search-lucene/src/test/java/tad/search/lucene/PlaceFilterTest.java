package tad.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.core.search.ArtistQuery;
import tad.core.search.GeneratedArtists;
import tad.core.search.SearchMix;

/**
 * A place filter with nothing else to lead the search is the points query alone ({@link LuceneQueries#matching}):
 * it must match exactly the documents the doc values query, the other half of the {@link IndexOrDocValuesQuery} it
 * replaces, matches. Checked on every place-only search of the benchmark's mix over generated artists.
 */
class PlaceFilterTest {
    @TempDir
    Path dir;

    @Test
    void placeOnlySearchesMatchWhatTheDocValuesQueryMatches() throws IOException {
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            index.upsertAll(GeneratedArtists.generate(3_000, 42));
            index.refresh();
        }
        LuceneQueries queries = new LuceneQueries(new LuceneAnalyzers());
        List<ArtistQuery> placeOnly = SearchMix.generate(2_000, 11).stream()
                .filter(q -> q.text() == null && q.city() == null && (q.bbox() == null) != (q.radiusKm() == null))
                .toList();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            long compared = 0;
            for (ArtistQuery query : placeOnly) {
                Query matching = queries.matching(query);
                assertThat(((BooleanQuery) matching).clauses()).extracting(BooleanClause::query)
                        .as("nothing else can lead: no doc values half")
                        .noneMatch(IndexOrDocValuesQuery.class::isInstance);
                Query docValues = docValues(query);
                int points = searcher.count(matching);
                // equal counts, and the same count together: the same documents
                assertThat(searcher.count(docValues)).as(query.toString()).isEqualTo(points);
                assertThat(searcher.count(new BooleanQuery.Builder().add(matching, Occur.FILTER)
                        .add(docValues, Occur.FILTER).build())).as(query.toString()).isEqualTo(points);
                compared += points;
            }
            assertThat(placeOnly).hasSizeGreaterThan(400);
            assertThat(compared).as("the searches find artists").isPositive();
        }
    }

    private static Query docValues(ArtistQuery query) {
        if (query.bbox() != null) {
            var b = query.bbox();
            return LatLonDocValuesField.newSlowBoxQuery(LuceneFields.LOCATION, b.south(), b.north(), b.west(),
                    b.east());
        }
        return LatLonDocValuesField.newSlowDistanceQuery(LuceneFields.LOCATION, query.near().lat(),
                query.near().lng(), query.radiusKm() * 1000);
    }
}

package tad.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tad.core.search.ArtistQuery;
import tad.core.search.GeneratedArtists;
import tad.core.search.SearchMix;
import tad.core.search.SearchResult;

/**
 * JMH micro-benchmarks of a Lucene search's steps on {@link GeneratedArtists} (100,000 by default): building the
 * query from an {@link ArtistQuery}, the facet step ({@link ResultCollector}) over every artist with and without a
 * style filter, and whole searches drawn from {@link SearchMix}. Not tests; the command is in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class LuceneSearchSteps {
    private static final int MIX = 4_096;
    private static final SortField BY_ID = new SortField(LuceneFields.ARTIST_ID, SortField.Type.STRING);

    private Path dir;
    private LuceneSearchIndex index;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private LuceneQueries queries;
    private List<ArtistQuery> mix;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        int artists = Integer.getInteger("tad.bench.artists", 100_000);
        dir = Files.createTempDirectory("tad-jmh-index");
        try (LuceneSearchIndex loading = new LuceneSearchIndex(dir)) {
            loading.upsertAll(GeneratedArtists.generate(artists, 42));
        } // closing waits for the background merges, which would otherwise burn CPU during the measurement
        index = new LuceneSearchIndex(dir);
        reader = DirectoryReader.open(FSDirectory.open(dir));
        searcher = new IndexSearcher(reader);
        queries = new LuceneQueries(new LuceneAnalyzers());
        mix = SearchMix.generate(MIX, 11);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        reader.close();
        index.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private ArtistQuery nextQuery() {
        next = (next + 1) % MIX;
        return mix.get(next);
    }

    /** ArtistQuery to the Lucene query and sort: analysis of the text, one clause per field and match kind. */
    @Benchmark
    public Object queryBuilding() {
        ArtistQuery query = nextQuery();
        Query matching = queries.matching(query);
        Sort sort = queries.sort(query);
        return new Object[] {matching, sort};
    }

    /** The landing page's work: facets over every artist, the first 24 by id. */
    @Benchmark
    public Object facetStepAllArtists() throws IOException {
        return searcher.search(new MatchAllDocsQuery(), new ResultCollector(new Sort(BY_ID), 24,
                queries.facetFilters(ArtistQuery.builder().build()), false));
    }

    /** Two styles chosen: the filter, its boosts and the facets in one pass over every artist, by relevance. */
    @Benchmark
    public Object facetStepTwoStyles() throws IOException {
        return searcher.search(new MatchAllDocsQuery(), new ResultCollector(new Sort(SortField.FIELD_SCORE, BY_ID), 24,
                queries.facetFilters(ArtistQuery.builder().style("realism", "japanese").build()), false));
    }

    /**
     * Whole searches of the load benchmark's mix, one after the other (each one different). A longer warm-up: at a
     * few milliseconds per search, two seconds leave the JIT still compiling Lucene's hot paths, and the compiler's
     * CPU lands in cpu.us/op.
     */
    @Benchmark
    @Warmup(iterations = 10, time = 2)
    public SearchResult mixSearch() {
        return index.search(nextQuery());
    }
}

package tad.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What both search contracts ({@link SearchReaderContract}, {@link SearchWriterContract}) run on: a writer that loads
 * the {@link ContractCorpus} before each test, and a reader over what it writes (the same object for an adapter that
 * does both). Expected results are spelled out as artist ids in order, so passing a contract on two adapters means
 * both return the same artists in the same order.
 */
public abstract class SearchContractSetup {
    protected static final double LEEDS_LAT = ContractCorpus.LEEDS_CENTRE.lat();
    protected static final double LEEDS_LNG = ContractCorpus.LEEDS_CENTRE.lng();

    protected SearchWriter writer;
    protected SearchReader reader;
    private Runnable seeWrites;

    /** The sides to run one test on; the index may hold data from an earlier test (the contract clears it). */
    protected abstract Sides open();

    /**
     * @param writer    writes the corpus (the adapter under test in {@link SearchWriterContract})
     * @param reader    reads what the writer wrote (the adapter under test in {@link SearchReaderContract})
     * @param seeWrites makes what the writer refreshed visible to the reader now (a reader in another process
     *                  reopens; nothing when the reader is the writer)
     */
    public record Sides(SearchWriter writer, SearchReader reader, Runnable seeWrites) {
        /** An adapter that reads and writes. */
        public static Sides of(SearchIndex index) {
            return new Sides(index, index, () -> { });
        }
    }

    @BeforeEach
    void loadCorpus() {
        use(open());
        writer.deleteAll();
        writer.upsertAll(ContractCorpus.artists());
        refresh();
    }

    /** Runs the rest of a test on other sides (after it closed the first ones, to reopen them). */
    protected final void use(Sides sides) {
        writer = sides.writer();
        reader = sides.reader();
        seeWrites = sides.seeWrites();
    }

    /** The writer's refresh, seen by the reader. */
    protected final void refresh() {
        writer.refresh();
        seeWrites.run();
    }

    @AfterEach
    void closeSides() {
        // null when opening failed; that failure is the one to report
        if (reader != null && reader != writer) {
            reader.close();
        }
        if (writer != null) {
            writer.close();
        }
    }

    // ---- helpers ----

    protected static ArtistQuery.Builder q() {
        return ArtistQuery.builder();
    }

    protected List<String> ids(ArtistQuery.Builder query) {
        return ids(reader.search(query.build()));
    }

    protected static List<String> ids(SearchResult result) {
        return result.items().stream().map(ArtistHit::id).toList();
    }

    protected static ArtistDocument byId(String id) {
        return ContractCorpus.artists().stream().filter(a -> a.artistId().equals(id)).findFirst().orElseThrow();
    }

    protected static List<String> corpusIds(Predicate<ArtistDocument> filter) {
        return ContractCorpus.artists().stream().filter(filter).map(ArtistDocument::artistId).sorted().toList();
    }

    protected static Map<String, Long> facetsOf(Predicate<ArtistDocument> filter) {
        Map<String, Long> counts = new HashMap<>();
        ContractCorpus.artists().stream().filter(filter)
                .forEach(a -> a.styles().forEach(s -> counts.merge(s, 1L, Long::sum)));
        return counts;
    }

    protected static void assertInvalid(String parameter, Runnable build) {
        assertThatThrownBy(build::run)
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.parameter()).isEqualTo(parameter))
                .hasMessageStartingWith(parameter + ": ");
    }
}

package tad.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;
import tad.core.domain.Artist;
import tad.core.search.ArtistHit;
import tad.core.search.ArtistQuery;
import tad.core.search.ArtistDocument;
import tad.core.search.SearchReader;
import tad.core.search.SearchWriter;
import tad.core.store.Fixtures;
import tad.search.lucene.ReadOnlyLuceneIndex;

/**
 * Which side of the search index a process gets. With the embedded store (its data server in this JVM, as in the
 * tests and the containers), a process only reads the index: no writer, no updater; the stream and governance's
 * withdrawals reach its reader through the data server. Without the data server it writes the index itself.
 */
class SearchSidesTest {
    @TempDir
    Path data;

    @Test
    void aProcessBesideTheDataServerOnlyReadsAndSeesWhatTheServerWrites() {
        try (Bootstrap boot = Bootstrap.open(config(Map.of("TAD_DATA_SERVER", "in-process")))) {
            SearchReader reader = boot.searchReader();
            assertThat(reader).isInstanceOf(ReadOnlyLuceneIndex.class).isNotInstanceOf(SearchWriter.class);
            assertThat(boot.searchWriter()).isEmpty();
            assertThat(boot.indexUpdater()).isEmpty();

            Artist artist = Fixtures.artist("sides.reader", Set.of("blackwork"), "Leeds", Set.of());
            boot.artistStore().upsertArtist(artist, List.of(Fixtures.image("sides-1", 0)));
            boot.indexFollower().orElseThrow().catchUp(); // the data server's follower writes; the reader reopens
            assertThat(ids(reader, "sides.reader")).containsExactly(artist.artistId());

            boot.purger().hide(artist.artistId()); // asked of the data server, as an approval does
            assertThat(ids(reader, "sides.reader")).as("missed as soon as the withdrawal returns").isEmpty();
        }
    }

    @Test
    void withoutTheDataServerTheProcessWritesTheIndexItself() {
        // a remote store (never contacted here) and no OpenSearch: the Lambda's tests' shape
        try (Bootstrap boot = Bootstrap.open(config(Map.of("TAD_DYNAMODB_ENDPOINT", "http://127.0.0.1:9")))) {
            SearchWriter writer = boot.searchWriter().orElseThrow();
            assertThat(writer).isSameAs(boot.searchReader());
            assertThat(boot.indexFollower()).isEmpty();
            writer.upsert(new ArtistDocument("s1", "Sable Quill", null, "", List.of(), "Leeds", "GB", null,
                    List.of("blackwork"), List.of("Blackwork"), null, null, java.time.Instant.EPOCH));
            writer.refresh();
            assertThat(boot.searchReader().count()).isEqualTo(1);
        }
    }

    private static List<String> ids(SearchReader reader, String text) {
        return reader.search(ArtistQuery.builder().text(text).build()).items().stream().map(ArtistHit::id).toList();
    }

    private TadConfig config(Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("TAD_DATA_DIR", data.toString());
        return TadConfig.parse(RawConfig.load(Optional.empty(), all, Map.of()));
    }
}

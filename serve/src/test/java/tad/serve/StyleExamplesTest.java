package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.geo.Gazetteer;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.StyleTaxonomy;
import tad.core.store.Fixtures;
import tad.plugin.StyleEvidence;
import tad.search.lucene.LuceneSearchIndex;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;

/**
 * A style's example pictures on a real store (DynamoDB Local) and index (Lucene): from the artists the search API
 * shows, strongest evidence first, each by their newest image; not an artist the store no longer serves (while the
 * index catches up), nor one without pictures.
 */
class StyleExamplesTest {
    private static final StyleTaxonomy TAXONOMY = StyleTaxonomy.bundled();

    @TempDir
    Path dir;
    private DynamoConnection dynamo;
    private LuceneSearchIndex index;
    private DynamoArtistStore store;
    private ArtistsService search;

    @BeforeEach
    void world() {
        dynamo = DynamoConnection.inMemory("StyleExamples");
        store = new DynamoArtistStore(dynamo);
        index = new LuceneSearchIndex(dir.resolve("index"));
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Denylist denylist = new Denylist(new DynamoDenylistStore(dynamo), new DenylistKey(secret), Clock.systemUTC());
        search = new ArtistsService(index, new Visibility(store, denylist),
                new ProfileMapper(store, TAXONOMY, Gazetteer.bundled(), Clock.systemUTC()), TAXONOMY, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        index.close();
        dynamo.close();
    }

    @Test
    void theArtistsWhoseWordsNameTheStyleMostShowItWithTheirNewestPicture() {
        add("few.mentions", 1, true);
        add("most.mentions", 9, true);
        add("some.mentions", 4, true);
        add("more.mentions", 6, true);
        add("no.pictures", 20, false);
        // marked stale in the store a moment ago, its index document not yet removed by the sync
        Artist stale = add("stale.artist", 25, true);
        store.upsertArtist(Fixtures.withStatus(stale, ArtistStatus.STALE), List.of(Fixtures.image("s-stale", 0)));
        index.refresh();

        List<StyleExamples.Example> examples = new StyleExamples(search, store, TAXONOMY, Duration.ofMinutes(5))
                .bySlug().get("dotwork");

        assertThat(examples).extracting(StyleExamples.Example::artistName)
                .containsExactly("Name of most.mentions", "Name of more.mentions", "Name of some.mentions");
        StyleExamples.Example first = examples.getFirst();
        assertThat(first.url()).isEqualTo(store.images(first.artistId()).stream()
                .filter(i -> i.position() == 0).findFirst().orElseThrow().variants().stream()
                .filter(v -> v.size().equals("thumb")).findFirst().orElseThrow().path());
        assertThat(first.width()).isPositive();
        assertThat(first.alt()).isNotBlank();
    }

    @Test
    void aStyleNobodyHasHasNoExamples() {
        add("only.dotwork", 2, true);
        index.refresh();

        StyleExamples examples = new StyleExamples(search, store, TAXONOMY, Duration.ofMinutes(5));
        assertThat(examples.bySlug()).containsOnlyKeys(TAXONOMY.slugs());
        assertThat(examples.bySlug().get("chicano")).isEmpty();
    }

    /** An indexed dotwork artist whose evidence mentions the style {@code mentions} times. */
    private Artist add(String handle, int mentions, boolean pictures) {
        Artist artist = Fixtures.withEvidence(Fixtures.artist(handle, Set.of("dotwork"), "Leeds", Set.of()),
                List.of(new StyleEvidence("dotwork", mentions, List.of("bio:dotwork"))));
        store.upsertArtist(artist, pictures
                ? List.of(Fixtures.image("later-" + handle, 1), Fixtures.image("newest-" + handle, 0)) : List.of());
        index.upsert(TestWorld.document(artist, null));
        return artist;
    }
}

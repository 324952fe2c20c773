package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.StyleTaxonomy;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchIndex;
import tad.core.store.Fixtures;
import tad.core.sync.ArtistDocuments;
import tad.core.sync.IndexUpdater;
import tad.core.sync.PollingLoop;
import tad.search.lucene.LuceneSearchIndex;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;
import tad.store.dynamodb.DynamoStreamFollower;
import tad.store.dynamodb.StreamPositionFile;

/** The embedded index follows DynamoDB Local's stream: writes, updates, hides and deletes, and resumes. */
class IndexSyncIT {
    @TempDir
    Path dir;
    private DynamoConnection dynamo;
    private DynamoArtistStore store;
    private SearchIndex index;
    private Denylist denylist;

    @BeforeEach
    void open() {
        dynamo = DynamoConnection.inMemory("SyncTest");
        store = new DynamoArtistStore(dynamo);
        index = new LuceneSearchIndex(dir.resolve("index"));
        denylist = new Denylist(new DynamoDenylistStore(dynamo), new DenylistKey("a-sixteen-byte-secret".getBytes()),
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        index.close();
        dynamo.close();
    }

    private DynamoStreamFollower follower() {
        IndexUpdater updater = new IndexUpdater(store, index, denylist, new ArtistDocuments(StyleTaxonomy.bundled()));
        return new DynamoStreamFollower(dynamo, updater, new StreamPositionFile(dir.resolve("position.json")));
    }

    private List<String> found(String text) {
        index.refresh();
        return index.search(ArtistQuery.builder().text(text).build()).items().stream().map(h -> h.id()).toList();
    }

    private void awaitFound(String text, String artistId, boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (found(text).contains(artistId) != present && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(found(text).contains(artistId)).as("%s %s in the index within a second", artistId,
                present ? "present" : "absent").isEqualTo(present);
    }

    @Test
    void theIndexFollowsWritesUpdatesHidesAndDeletesWithinASecond() throws Exception {
        Artist a = Fixtures.artist("mara.quill", Set.of("blackwork"), "Leeds", Set.of());
        try (PollingLoop loop = new PollingLoop("index-sync", follower()::poll, Duration.ofMillis(100))) {
            store.upsertArtist(a, List.of(Fixtures.image("p1", 0)));
            awaitFound("mara", a.artistId(), true);

            Artist renamed = copy(a, Optional.of("Juniper Vale"), a.status());
            store.upsertArtist(renamed, List.of());
            awaitFound("juniper", a.artistId(), true);

            store.updateArtistState(copy(renamed, renamed.name(), ArtistStatus.STALE));
            awaitFound("juniper", a.artistId(), false);

            store.upsertArtist(renamed, List.of());
            awaitFound("juniper", a.artistId(), true);
            store.deleteArtist(a.artistId());
            awaitFound("juniper", a.artistId(), false);
        }
    }

    @Test
    void aDenylistedArtistNeverReachesTheIndex() {
        Artist a = Fixtures.artist("hidden.one", Set.of("dotwork"), "Leeds", Set.of());
        denylist.addHandle("hidden.one");
        store.upsertArtist(a, List.of());
        follower().poll();
        assertThat(found("hidden")).isEmpty();
    }

    @Test
    void aRestartResumesFromTheSavedPositionWithoutLossOrDuplicates() {
        Artist a = Fixtures.artist("first.artist", Set.of("japanese"), "Leeds", Set.of());
        store.upsertArtist(a, List.of());
        assertThat(follower().poll()).isPositive();
        assertThat(index.count()).isEqualTo(1);

        DynamoStreamFollower restarted = follower();
        assertThat(restarted.lag().pendingRecords()).isZero();
        assertThat(restarted.poll()).as("nothing is read twice after a restart").isZero();

        Artist b = Fixtures.artist("second.artist", Set.of("japanese"), "Leeds", Set.of());
        store.upsertArtist(b, List.of());
        assertThat(restarted.lag().pendingRecords()).isPositive();
        assertThat(follower().poll()).isPositive();
        index.refresh();
        assertThat(index.count()).isEqualTo(2);
        assertThat(found("second")).containsExactly(b.artistId());
    }

    private static Artist copy(Artist a, Optional<String> name, ArtistStatus status) {
        return new Artist(a.artistId(), a.instagramHandle(), name, a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), a.evidence(), a.availability(),
                a.city(),
                a.country(), a.location(), status, a.lastFailure(), a.missedRuns(), a.failedRuns(), a.fetchedAt(),
                a.updatedAt().plusSeconds(1), a.lastSeenRun());
    }
}

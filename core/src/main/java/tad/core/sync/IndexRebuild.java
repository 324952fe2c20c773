package tad.core.sync;

import java.time.Duration;
import java.util.Optional;
import tad.core.domain.Artist;
import tad.core.search.SearchIndex;
import tad.core.store.ArtistStore;
import tad.core.store.Page;

/** Rebuilds the search index from the store, in the process that writes the index. */
public final class IndexRebuild {
    private static final int PAGE = 200;

    private IndexRebuild() {
    }

    /**
     * Takes the change feed's position first (anything written while the store is read is applied afterwards), clears
     * the index, and brings every stored artist in line.
     *
     * @param index              the index, written through {@code updater}; read once at the end for its size
     * @param skipPendingChanges moves the change feed's follower past every record pending now, as the rebuild
     *                           re-reads the whole store ({@code DynamoStreamFollower::skipToLatest} in the local data
     *                           server); nothing to do where the stream Lambda follows the table, as applying a record
     *                           twice is harmless
     */
    public static Result run(ArtistStore store, SearchIndex index, IndexUpdater updater, Runnable skipPendingChanges) {
        long started = System.nanoTime();
        skipPendingChanges.run();
        index.deleteAll();
        int artists = 0;
        Optional<String> token = Optional.empty();
        do {
            Page<Artist> page = store.artists(token, PAGE);
            for (Artist a : page.items()) {
                updater.artistChanged(a.artistId());
                artists++;
            }
            token = page.nextToken();
        } while (token.isPresent());
        index.refresh();
        return new Result(artists, index.count(), Duration.ofNanos(System.nanoTime() - started));
    }

    public record Result(int artistsRead, long documents, Duration took) {
    }
}

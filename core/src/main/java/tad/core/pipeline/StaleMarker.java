package tad.core.pipeline;

import java.util.Map;
import java.util.Optional;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.store.Page;
import tad.plugin.SearchArea;

/**
 * After a completed run, artists of the area that no studio site listed this time get one more missed run; after
 * several in a row they are marked stale (hidden, not deleted: a studio site may just have been down). Reads only
 * the area's artists, through the store's index by city, so the cost follows the city, not the whole table; each
 * page is then read by key, consistently, since the index may lag the run's last writes.
 */
final class StaleMarker {
    private static final int PAGE = 100;
    private final CrawlDependencies deps;

    StaleMarker(CrawlDependencies deps) {
        this.deps = deps;
    }

    void markMissed(SearchArea area, String runId, RunCounters counters) {
        Optional<String> token = Optional.empty();
        do {
            Page<String> page = deps.store().artistIdsIn(area.country(), area.city(), token, PAGE);
            Map<String, Artist> artists = deps.store().artists(page.items());
            for (Artist a : artists.values()) {
                if (a.lastSeenRun().equals(runId)) {
                    continue;
                }
                Artist missed = ArtistAssembler.missed(a, deps.settings().staleAfterRuns());
                if (missed.status() == ArtistStatus.STALE && a.status() != ArtistStatus.STALE) {
                    counters.artistsStale.incrementAndGet();
                }
                deps.store().updateArtistState(missed);
            }
            token = page.nextToken();
        } while (token.isPresent());
    }
}

package tad.core.pipeline;

import java.util.Optional;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.store.Page;
import tad.plugin.SearchArea;

/**
 * After a completed run, artists of the area that no studio site listed this time get one more missed run; after
 * several in a row they are marked stale (hidden, not deleted: a studio site may just have been down).
 */
final class StaleMarker {
    private final CrawlDependencies deps;

    StaleMarker(CrawlDependencies deps) {
        this.deps = deps;
    }

    void markMissed(SearchArea area, String runId, RunCounters counters) {
        Optional<String> token = Optional.empty();
        do {
            Page<Artist> page = deps.store().artists(token, 200);
            for (Artist a : page.items()) {
                if (!a.city().equalsIgnoreCase(area.city()) || a.lastSeenRun().equals(runId)) {
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

package tad.core.pipeline;

import java.time.Instant;
import java.util.Optional;
import tad.core.domain.Artist;
import tad.core.domain.ProfileAges;
import tad.core.store.Page;
import tad.plugin.SearchArea;

/**
 * Counts how old the served profiles of an area are once a run has ended, for the run's report, `tad crawls` and
 * the metrics (NFR-REL-03: profiles under 48 hours old). Artists that are not served do not count: their age is
 * nobody's concern until they are shown again.
 */
final class ProfileAgeCensus {
    private static final int PAGE = 200;

    private final CrawlDependencies deps;

    ProfileAgeCensus(CrawlDependencies deps) {
        this.deps = deps;
    }

    ProfileAges count(SearchArea area) {
        Instant now = deps.clock().instant();
        ProfileAges ages = ProfileAges.NONE;
        Optional<String> token = Optional.empty();
        do {
            Page<Artist> page = deps.store().artists(token, PAGE);
            for (Artist a : page.items()) {
                if (a.city().equalsIgnoreCase(area.city()) && a.status().served()) {
                    ages = ages.plus(a.fetchedAt(), now);
                }
            }
            token = page.nextToken();
        } while (token.isPresent());
        return ages;
    }
}

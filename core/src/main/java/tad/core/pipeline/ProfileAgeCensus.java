package tad.core.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import tad.core.domain.Artist;
import tad.core.domain.ProfileAges;
import tad.core.store.ArtistStore;
import tad.core.store.Page;
import tad.plugin.SearchArea;

/**
 * Counts how old the served profiles are: of an area once a run has ended (the run's report and `tad crawls`), or
 * of the whole directory (the server's {@code /metrics}, the CloudWatch metrics after a run; NFR-REL-03: profiles
 * under 48 hours old). Artists that are not served do not count: their age is nobody's concern until they are
 * shown again.
 */
public final class ProfileAgeCensus {
    /** Ids per page of the city index: as many as one read by key may ask for. */
    private static final int CITY_PAGE = 100;
    private static final int PAGE = 200;

    private final ArtistStore store;
    private final Clock clock;

    public ProfileAgeCensus(ArtistStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The served profiles of the area's city: its artists' ids from the store's index by city, then the artists by
     * key, so a run's report costs what its city holds, not the table (as stale marking reads the city).
     */
    public ProfileAges count(SearchArea area) {
        Instant now = clock.instant();
        ProfileAges ages = ProfileAges.NONE;
        Optional<String> token = Optional.empty();
        do {
            Page<String> page = store.artistIdsIn(area.country(), area.city(), token, CITY_PAGE);
            ages = plusServed(ages, store.artists(page.items()).values(), now);
            token = page.nextToken();
        } while (token.isPresent());
        return ages;
    }

    /**
     * Every served profile, of every city: a maintenance read that pages through every artist, for the gauges that
     * have no city (the server's /metrics, and the CloudWatch figures `tad crawl --publish-metrics` sends).
     */
    public ProfileAges countAll() {
        Instant now = clock.instant();
        ProfileAges ages = ProfileAges.NONE;
        Optional<String> token = Optional.empty();
        do {
            Page<Artist> page = store.artists(token, PAGE);
            ages = plusServed(ages, page.items(), now);
            token = page.nextToken();
        } while (token.isPresent());
        return ages;
    }

    private static ProfileAges plusServed(ProfileAges ages, Collection<Artist> artists, Instant now) {
        ProfileAges sum = ages;
        for (Artist a : artists) {
            if (a.status().served()) {
                sum = sum.plus(a.fetchedAt(), now);
            }
        }
        return sum;
    }
}

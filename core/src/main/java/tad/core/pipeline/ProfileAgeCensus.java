package tad.core.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import tad.core.domain.Artist;
import tad.core.domain.ProfileAges;
import tad.core.store.ArtistStore;
import tad.core.store.Page;
import tad.plugin.SearchArea;

/**
 * Counts how old the served profiles are: of an area once a run has ended (the run's report and `tad crawls`), or
 * of the whole directory (the server's {@code /metrics}, the CloudWatch metrics after a run; NFR-REL-03: profiles
 * under 48 hours old). Artists that are not served do not count: their age is nobody's concern until they are
 * shown again. A maintenance read: it pages through every artist.
 */
public final class ProfileAgeCensus {
    private static final int PAGE = 200;

    private final ArtistStore store;
    private final Clock clock;

    public ProfileAgeCensus(ArtistStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The served profiles of the area's city. */
    public ProfileAges count(SearchArea area) {
        return count(a -> a.city().equalsIgnoreCase(area.city()));
    }

    /** Every served profile, of every city. */
    public ProfileAges countAll() {
        return count(a -> true);
    }

    private ProfileAges count(Predicate<Artist> wanted) {
        Instant now = clock.instant();
        ProfileAges ages = ProfileAges.NONE;
        Optional<String> token = Optional.empty();
        do {
            Page<Artist> page = store.artists(token, PAGE);
            for (Artist a : page.items()) {
                if (a.status().served() && wanted.test(a)) {
                    ages = ages.plus(a.fetchedAt(), now);
                }
            }
            token = page.nextToken();
        } while (token.isPresent());
        return ages;
    }
}

package tad.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import tad.core.domain.ProfileAges;

/**
 * The directory's profile ages as Prometheus gauges (NFR-REL-03: served profiles under 48 hours old), counted from
 * the store at most once a minute: counting pages through every artist, and a scraper asking every few seconds
 * must not turn into a table scan every few seconds.
 */
final class ProfileAgeGauges {
    static final Duration RECOUNT_AFTER = Duration.ofMinutes(1);
    private static final String NAME = "tad_served_profiles";

    private final Supplier<ProfileAges> census;
    private final Clock clock;
    private ProfileAges counted;
    private Instant countedAt = Instant.MIN;

    ProfileAgeGauges(Supplier<ProfileAges> census, Clock clock) {
        this.census = census;
        this.clock = clock;
    }

    synchronized String prometheusText() {
        Instant now = clock.instant();
        if (counted == null || !now.isBefore(countedAt.plus(RECOUNT_AFTER))) {
            counted = census.get();
            countedAt = now;
        }
        ProfileAges ages = counted;
        return "# HELP " + NAME + " Served profiles by time since their last fetch from the profile source.\n"
                + "# TYPE " + NAME + " gauge\n"
                + NAME + "{age=\"under_24h\"} " + ages.under24h() + "\n"
                + NAME + "{age=\"24h_to_48h\"} " + ages.under48h() + "\n"
                + NAME + "{age=\"2d_to_7d\"} " + ages.under7d() + "\n"
                + NAME + "{age=\"over_7d\"} " + ages.older() + "\n"
                + NAME + "{age=\"never_fetched\"} " + ages.neverFetched() + "\n"
                + "# HELP " + NAME + "_older_than_48h Served profiles last fetched more than 48 hours ago.\n"
                + "# TYPE " + NAME + "_older_than_48h gauge\n"
                + NAME + "_older_than_48h " + ages.olderThan48h() + "\n"
                + "# HELP " + NAME + "_counted_at_seconds When the profile ages were last counted (Unix time).\n"
                + "# TYPE " + NAME + "_counted_at_seconds gauge\n"
                + NAME + "_counted_at_seconds " + countedAt.getEpochSecond() + "\n";
    }
}

package tad.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.domain.ProfileAges;

/**
 * The directory's profile ages as Prometheus gauges (NFR-REL-03: served profiles under 48 hours old). Counting pages
 * through every artist, which takes minutes on a directory of 100,000 artists, so a scrape never waits for it: the
 * count runs on its own thread at most once per interval (serve.metrics.profile-ages.ms, a minute by default; zero:
 * never), started by a scrape that finds the last count due, and scrapes show the last finished count (no age gauges
 * until the first one finishes).
 */
final class ProfileAgeGauges {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileAgeGauges.class);
    private static final String NAME = "tad_served_profiles";

    private record Count(ProfileAges ages, Instant at) {
    }

    private final Supplier<ProfileAges> census;
    private final Duration every;
    private final Clock clock;
    private final AtomicBoolean counting = new AtomicBoolean();
    private volatile Count last;
    private volatile Instant lastStarted = Instant.MIN;

    ProfileAgeGauges(Supplier<ProfileAges> census, Duration every, Clock clock) {
        this.census = census;
        this.every = every;
        this.clock = clock;
    }

    String prometheusText() {
        Instant now = clock.instant();
        if (every.isZero()) {
            return "";
        }
        if (!now.isBefore(lastStarted.plus(every)) && counting.compareAndSet(false, true)) {
            lastStarted = now;
            Thread.ofVirtual().name("profile-age-census").start(() -> count(now));
        }
        Count count = last;
        return count == null ? "" : text(count);
    }

    private void count(Instant startedAt) {
        try {
            last = new Count(census.get(), startedAt);
        } catch (RuntimeException e) {
            LOG.warn("counting profile ages failed ({}); the last count stays on /metrics", e.getClass().getSimpleName());
        } finally {
            counting.set(false);
        }
    }

    private static String text(Count count) {
        ProfileAges ages = count.ages();
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
                + NAME + "_counted_at_seconds " + count.at().getEpochSecond() + "\n";
    }
}

package tad.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How old the served profiles of an area are, counted after a crawl: by the time since each was last fetched from
 * its profile source. The SRS asks for profiles under 48 hours old (NFR-REL-03); {@link #olderThan48h()} is what an
 * operator or an alarm watches.
 *
 * @param under24h     fetched less than 24 hours ago
 * @param under48h     fetched 24 to 48 hours ago
 * @param under7d      fetched 2 to 7 days ago
 * @param older        fetched more than 7 days ago
 * @param neverFetched served without a fetched profile (listed from their studio's site only)
 */
public record ProfileAges(int under24h, int under48h, int under7d, int older, int neverFetched) {
    public static final ProfileAges NONE = new ProfileAges(0, 0, 0, 0, 0);

    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration TWO_DAYS = Duration.ofHours(48);
    private static final Duration WEEK = Duration.ofDays(7);

    /** Served profiles whose last fetch is more than 48 hours old. */
    public int olderThan48h() {
        return under7d + older;
    }

    public int total() {
        return under24h + under48h + under7d + older + neverFetched;
    }

    /** These counts with one more profile, last fetched at {@code fetchedAt} (empty: never). */
    public ProfileAges plus(Optional<Instant> fetchedAt, Instant now) {
        if (fetchedAt.isEmpty()) {
            return new ProfileAges(under24h, under48h, under7d, older, neverFetched + 1);
        }
        Duration age = Duration.between(fetchedAt.get(), now);
        if (age.compareTo(DAY) < 0) {
            return new ProfileAges(under24h + 1, under48h, under7d, older, neverFetched);
        }
        if (age.compareTo(TWO_DAYS) < 0) {
            return new ProfileAges(under24h, under48h + 1, under7d, older, neverFetched);
        }
        if (age.compareTo(WEEK) < 0) {
            return new ProfileAges(under24h, under48h, under7d + 1, older, neverFetched);
        }
        return new ProfileAges(under24h, under48h, under7d, older + 1, neverFetched);
    }
}

package tad.plugins.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request budget on a fake clock: bursts, pacing, refill, and a clock that stands still. */
class TokenBucketTest {

    /** A clock that only moves when the fake sleeper sleeps or the test advances it. */
    static final class FakeTime extends Clock implements Sleeper {
        private Instant now = Instant.parse("2026-11-25T00:00:00Z");
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
            now = now.plus(duration);
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aFullBucketLetsABurstThroughThenPacesAtTheRate() throws Exception {
        FakeTime time = new FakeTime();
        TokenBucket bucket = new TokenBucket(30, 3, time, time);

        for (int i = 0; i < 3; i++) {
            assertThat(bucket.acquire()).isZero();
        }
        assertThat(bucket.acquire()).isEqualTo(Duration.ofSeconds(2));
        assertThat(bucket.acquire()).isEqualTo(Duration.ofSeconds(2));
        assertThat(time.sleeps).hasSize(2);
    }

    @Test
    void sixtyRequestsAtThirtyAMinuteTakeAboutTwoMinutes() throws Exception {
        FakeTime time = new FakeTime();
        TokenBucket bucket = new TokenBucket(30, 3, time, time);
        Instant start = time.instant();

        for (int i = 0; i < 60; i++) {
            bucket.acquire();
        }

        Duration elapsed = Duration.between(start, time.instant());
        assertThat(elapsed).isEqualTo(Duration.ofSeconds(2 * (60 - 3)));
    }

    @Test
    void idleTimeRefillsButNeverBeyondCapacity() throws Exception {
        FakeTime time = new FakeTime();
        TokenBucket bucket = new TokenBucket(60, 2, time, time);
        bucket.acquire();
        bucket.acquire();

        time.advance(Duration.ofMinutes(10));

        assertThat(bucket.acquire()).isZero();
        assertThat(bucket.acquire()).isZero();
        assertThat(bucket.acquire()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void partialRefillShortensTheWait() throws Exception {
        FakeTime time = new FakeTime();
        TokenBucket bucket = new TokenBucket(60, 1, time, time);
        bucket.acquire();

        time.advance(Duration.ofMillis(400));

        assertThat(bucket.acquire()).isEqualTo(Duration.ofMillis(600));
    }

    @Test
    void aClockThatStandsStillStillGetsPacedBySleeping() throws Exception {
        Clock frozen = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
        List<Duration> sleeps = new ArrayList<>();
        TokenBucket bucket = new TokenBucket(120, 1, frozen, sleeps::add);

        for (int i = 0; i < 4; i++) {
            bucket.acquire();
        }

        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(500));
    }
}

package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tad.core.domain.ProfileAges;
import tad.core.queue.MutableClock;

/** A scrape never waits for the count of every artist, and never starts a second count beside a running one. */
class ProfileAgeGaugesTest {
    @Test
    void aScrapeAnswersWhileTheCountRunsAndShowsTheCountOnceItFinished() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger counts = new AtomicInteger();
        ProfileAges one = ProfileAges.NONE.plus(Optional.of(Instant.parse("2026-12-07T08:00:00Z")),
                Instant.parse("2026-12-07T09:00:00Z"));
        ProfileAgeGauges gauges = new ProfileAgeGauges(() -> {
            counts.incrementAndGet();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return one;
        }, Duration.ofMinutes(1), new MutableClock(Instant.parse("2026-12-07T09:00:00Z")));

        assertThat(gauges.prometheusText()).as("no count has finished yet").isEmpty();
        assertThat(gauges.prometheusText()).as("still counting").isEmpty();
        release.countDown();
        String text = gauges.prometheusText();
        for (int i = 0; i < 600 && text.isEmpty(); i++) {
            Thread.sleep(50);
            text = gauges.prometheusText();
        }
        assertThat(text).contains("tad_served_profiles{age=\"under_24h\"} 1\n");
        assertThat(counts).as("one count, however many scrapes").hasValue(1);
    }

    @Test
    void aZeroIntervalNeverCounts() {
        AtomicInteger counts = new AtomicInteger();
        ProfileAgeGauges gauges = new ProfileAgeGauges(() -> {
            counts.incrementAndGet();
            return ProfileAges.NONE;
        }, Duration.ZERO, new MutableClock(Instant.parse("2026-12-07T09:00:00Z")));
        assertThat(gauges.prometheusText()).isEmpty();
        assertThat(counts).hasValue(0);
    }
}

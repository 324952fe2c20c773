package tad.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tad.core.domain.CrawlReport;
import tad.core.domain.ProfileAges;
import tad.core.geo.Gazetteer;
import tad.core.pipeline.CrawlInterruptedException;
import tad.core.queue.MutableClock;
import tad.plugin.SearchArea;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoCrawlRunStore;

/**
 * The schedule's decisions against the real run store (DynamoDB Local in memory) and a clock the test moves: nothing
 * sleeps. The crawl itself is a stand-in that records a run as the pipeline would, or fails as asked.
 */
class CrawlScheduleTest {
    private static final Instant START = Instant.parse("2026-12-07T06:00:00Z");
    private static final SearchArea LEEDS = area("leeds");
    private static final SearchArea YORK = area("york");

    private final DynamoConnection dynamo = DynamoConnection.inMemory("TattooDirectory");
    private final DynamoCrawlRunStore runs = new DynamoCrawlRunStore(dynamo);
    private final MutableClock clock = new MutableClock(START);
    private final List<String> crawled = new ArrayList<>();
    private final Every daily = Every.parse("24h");

    @AfterEach
    void close() {
        dynamo.close();
    }

    private static SearchArea area(String city) {
        return Gazetteer.bundled().find(city).orElseThrow().toArea();
    }

    /** A crawl that takes {@code length} of the test's clock and stores a completed run. */
    private AreaCrawl completing(Duration length) {
        return area -> {
            crawled.add(area.city());
            Instant started = clock.instant();
            clock.advance(length);
            CrawlReport report = report(area.city(), started, CrawlReport.Status.COMPLETED);
            runs.saveReport(report);
            return report;
        };
    }

    private static CrawlReport report(String area, Instant started, CrawlReport.Status status) {
        return new CrawlReport("run-" + area + "-" + started.toEpochMilli(), area, started,
                status == CrawlReport.Status.RUNNING ? Optional.empty() : Optional.of(started.plusSeconds(600)), status,
                1, 1, 0, 1, 1, 1, 0, 0, 0, 0, ProfileAges.NONE, Map.of());
    }

    @Test
    void everyCityIsCrawledAtStartThenOnceAnIntervalAfterItsLastCompletedRun() {
        CrawlSchedule schedule = new CrawlSchedule(List.of(LEEDS, YORK), daily, clock, runs,
                completing(Duration.ofMinutes(30)));

        assertThat(schedule.runDue()).extracting(CrawlSchedule.Outcome::kind)
                .containsExactly(CrawlSchedule.Outcome.Kind.RAN, CrawlSchedule.Outcome.Kind.RAN);
        assertThat(crawled).containsExactly("Leeds", "York");
        // each is due 24 h after its own run finished (10 minutes after it started, as recorded)
        assertThat(schedule.dueAt(LEEDS)).isEqualTo(START.plusSeconds(600).plus(Duration.ofHours(24)));
        assertThat(schedule.nextDue()).isEqualTo(schedule.dueAt(LEEDS));

        clock.advance(Duration.ofHours(23));
        assertThat(schedule.runDue()).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(schedule.runDue()).extracting(o -> o.area().city()).containsExactly("Leeds", "York");
        assertThat(crawled).containsExactly("Leeds", "York", "Leeds", "York");
    }

    @Test
    void aRestartDoesNotCrawlACityWhoseCompletedRunIsYoungerThanTheInterval() {
        runs.saveReport(report("Leeds", START.minus(Duration.ofHours(5)), CrawlReport.Status.COMPLETED));
        // an interrupted run of York does not count: York is due at once, and that crawl resumes it
        runs.saveReport(report("York", START.minus(Duration.ofHours(2)), CrawlReport.Status.INTERRUPTED));
        CrawlSchedule schedule = new CrawlSchedule(List.of(LEEDS, YORK), daily, clock, runs,
                completing(Duration.ofMinutes(1)));

        assertThat(schedule.runDue()).extracting(o -> o.area().city()).containsExactly("York");
        assertThat(schedule.dueAt(LEEDS)).isEqualTo(START.minus(Duration.ofHours(5)).plusSeconds(600)
                .plus(Duration.ofHours(24)));
    }

    @Test
    void aFailingCrawlIsReportedAndTheOthersStillRunAndItIsTriedAgainAnIntervalLater() {
        AreaCrawl leedsFails = area -> {
            if (area.city().equals("Leeds")) {
                throw new IllegalStateException("Places API refused the key");
            }
            return completing(Duration.ZERO).run(area);
        };
        CrawlSchedule schedule = new CrawlSchedule(List.of(LEEDS, YORK), Every.parse("30m"), clock, runs,
                leedsFails);

        List<CrawlSchedule.Outcome> first = schedule.runDue();
        assertThat(first).extracting(CrawlSchedule.Outcome::kind)
                .containsExactly(CrawlSchedule.Outcome.Kind.FAILED, CrawlSchedule.Outcome.Kind.RAN);
        assertThat(first.get(0).note()).isEqualTo("Places API refused the key");
        assertThat(schedule.dueAt(LEEDS)).isEqualTo(START.plus(Duration.ofMinutes(30)));
        clock.advance(Duration.ofMinutes(29));
        assertThat(schedule.runDue()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(schedule.runDue()).extracting(o -> o.area().city()).containsExactly("Leeds");
    }

    @Test
    void aCityWhoseCrawlIsAlreadyRunningIsSkippedAndDueAgainAfterTheRunThatCompletes() {
        AreaCrawl held = area -> {
            throw new CrawlSchedule.AlreadyRunning("a crawl of " + area.city() + " is already running (process 42)");
        };
        CrawlSchedule schedule = new CrawlSchedule(List.of(LEEDS), daily, clock, runs, held);

        List<CrawlSchedule.Outcome> outcomes = schedule.runDue();
        assertThat(outcomes).extracting(CrawlSchedule.Outcome::kind).containsExactly(CrawlSchedule.Outcome.Kind.SKIPPED);
        assertThat(outcomes.get(0).note()).contains("already running (process 42)");
        // the other process's run completes an hour later: the next crawl is due a day after it
        runs.saveReport(report("Leeds", START.plus(Duration.ofHours(1)), CrawlReport.Status.COMPLETED));
        assertThat(schedule.dueAt(LEEDS)).isEqualTo(START.plus(Duration.ofHours(1)).plusSeconds(600)
                .plus(Duration.ofHours(24)));
    }

    @Test
    void anInterruptedCrawlStopsTheRoundAndLeavesTheThreadInterrupted() {
        AreaCrawl interrupted = area -> {
            crawled.add(area.city());
            throw new CrawlInterruptedException("run-1");
        };
        CrawlSchedule schedule = new CrawlSchedule(List.of(LEEDS, YORK), daily, clock, runs, interrupted);
        try {
            assertThat(schedule.runDue()).extracting(CrawlSchedule.Outcome::kind)
                    .containsExactly(CrawlSchedule.Outcome.Kind.INTERRUPTED);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(crawled).containsExactly("Leeds");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void durationsAreParsedStrictly() {
        assertThat(Every.parse("24h").interval()).isEqualTo(Duration.ofHours(24));
        assertThat(Every.parse("30m").interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(Every.parse("1d").interval()).isEqualTo(Duration.ofDays(1));
        for (String bad : new String[] {"", "24", "h", "0h", "-1h", "1.5h", "24 h", "24H", "1w", "PT24H", "1d2h",
                "9999999h"}) {
            assertThatThrownBy(() -> Every.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("30m (minutes), 24h (hours) or 1d (days)");
        }
    }
}

package tad.cli.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tad.core.queue.CrawlJob;
import tad.core.queue.InMemoryJobQueue;
import tad.core.queue.MutableClock;

/** The graceful stop: SIGTERM's hook lets the job in hand finish and be acked, and takes no new job. */
class WorkerLoopTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T01:00:00Z"));
    private final InMemoryJobQueue queue = new InMemoryJobQueue(clock, 3);

    @Test
    void theShutdownHookWaitsForTheCurrentJobAndNoNewJobIsTaken() throws Exception {
        queue.send(new CrawlJob.StudioJob("run-1", "slow", "Leeds", "GB"));
        queue.send(new CrawlJob.StudioJob("run-1", "next", "Leeds", "GB"));
        CountDownLatch jobStarted = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        WorkerLoop loop = new WorkerLoop(queue, (job, followUps) -> {
            jobStarted.countDown();
            assertThat(mayFinish.await(10, TimeUnit.SECONDS)).isTrue();
        }, WorkerSettings.defaults(), clock, d -> Thread.sleep(5));
        CompletableFuture<WorkerSummary> running = CompletableFuture.supplyAsync(loop::run);
        assertThat(jobStarted.await(10, TimeUnit.SECONDS)).isTrue();

        Thread hook = JvmShutdown.hookFor(loop, Duration.ofSeconds(10));
        hook.start();
        hook.join(200);
        assertThat(hook.isAlive()).as("the hook holds the JVM while the job runs").isTrue();

        mayFinish.countDown();
        hook.join(10_000);
        assertThat(hook.isAlive()).isFalse();
        WorkerSummary summary = running.get(10, TimeUnit.SECONDS);
        assertThat(summary.done()).isEqualTo(1);
        assertThat(summary.stoppedBecause()).isEqualTo("SIGTERM");
        assertThat(queue.size()).as("the second job stays for another worker").isEqualTo(1);
    }

    @Test
    void retryDelaysDoubleUpToTheirCap() {
        WorkerSettings s = WorkerSettings.defaults();
        assertThat(s.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.retryDelay(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.retryDelay(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(s.retryDelay(9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.retryDelay(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void logLinesNameStudiosButMaskHandles() {
        assertThat(WorkerLoop.describe(new CrawlJob.StudioJob("run-1", "places:abc", "Leeds", "GB")))
                .isEqualTo("studio job places:abc (run run-1)");
        assertThat(WorkerLoop.describe(new CrawlJob.ProfileJob("run-1", "mara.ink", java.util.Optional.empty(),
                "places:abc", "Leeds", "GB"))).startsWith("profile job ").doesNotContain("mara.ink");
    }

    @Test
    void aJobSlowerThanItsVisibilityTimeoutIsNotHandedToAnotherWorker() throws Exception {
        InMemoryJobQueue realTimeQueue = new InMemoryJobQueue(java.time.Clock.systemUTC(), 3);
        realTimeQueue.send(new CrawlJob.StudioJob("run-1", "slow-site", "Leeds", "GB"));
        WorkerSettings oneSecond = new WorkerSettings(java.util.Optional.of(1), java.util.Optional.empty(),
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMillis(10));
        java.util.List<Object> stolen = new java.util.concurrent.CopyOnWriteArrayList<>();
        WorkerLoop loop = new WorkerLoop(realTimeQueue, (job, followUps) -> {
            long end = System.nanoTime() + Duration.ofMillis(2500).toNanos();
            while (System.nanoTime() < end) {
                // another worker polling all the time the job runs, past two of its timeouts
                stolen.addAll(realTimeQueue.receive(1, Duration.ofSeconds(1)));
                Thread.sleep(50);
            }
        }, oneSecond, java.time.Clock.systemUTC(), Thread::sleep);

        WorkerSummary summary = loop.run();

        assertThat(stolen).isEmpty();
        assertThat(summary.done()).isEqualTo(1);
        assertThat(realTimeQueue.size()).isZero();
    }
}

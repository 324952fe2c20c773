package tad.cli.worker;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.queue.Delivery;
import tad.core.queue.JobQueue;

/**
 * Keeps the job in hand hidden while it runs: every half visibility timeout the timeout is renewed. Without it a
 * job slower than its timeout (a studio site with a 10 s Crawl-delay and forty pages) would be started again by
 * another worker while this one is still busy, and both would spend the same host's politeness budget.
 */
final class VisibilityHeartbeat implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VisibilityHeartbeat.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tad-worker-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final JobQueue queue;
    private final Duration visibilityTimeout;

    VisibilityHeartbeat(JobQueue queue, Duration visibilityTimeout) {
        this.queue = queue;
        this.visibilityTimeout = visibilityTimeout;
    }

    /** Renewals for one job; stop them before the job is acked, released or dead-lettered. */
    interface Beat {
        void stop();
    }

    /** Starts renewing the delivery's timeout. */
    Beat keepHidden(Delivery delivery) {
        long periodMillis = Math.max(500, visibilityTimeout.toMillis() / 2);
        ScheduledFuture<?> beat = timer.scheduleAtFixedRate(() -> renew(delivery), periodMillis, periodMillis,
                TimeUnit.MILLISECONDS);
        return () -> {
            beat.cancel(false);
            // a renewal already running must end first: one landing after a release would undo the retry delay
            awaitQuietTimer();
        };
    }

    private void awaitQuietTimer() {
        try {
            timer.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            // the timer is shut down: nothing is running
        }
    }

    private void renew(Delivery delivery) {
        try {
            queue.extend(delivery, visibilityTimeout);
        } catch (RuntimeException e) {
            // the next beat tries again; at worst the job is delivered twice, which handlers tolerate
            LOG.warn("could not extend the visibility of {}: {}", WorkerLoop.describe(delivery.job()), e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

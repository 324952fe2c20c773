package tad.cli.worker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.logging.Pii;
import tad.core.queue.CrawlJob;
import tad.core.queue.Delivery;
import tad.core.queue.JobHandler;
import tad.core.queue.JobQueue;
import tad.core.queue.PoisonJobException;

/**
 * The consumer loop of {@code tad worker}: receive one job, hand it to the handler, then ack it (done), release it
 * with a growing delay (transient failure) or dead-letter it (poison, or its last allowed attempt failed). One job at
 * a time: per-host politeness, not this loop, bounds a worker's speed, and more throughput comes from more workers.
 * A stop request lets the current job finish; the loop never abandons a job half-way by itself.
 */
final class WorkerLoop {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerLoop.class);

    /** Sleeps between empty receives; tests move a clock instead. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final JobQueue queue;
    private final JobHandler handler;
    private final WorkerSettings settings;
    private final Clock clock;
    private final Pause pause;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile String stopReason;
    private int done;
    private int retried;
    private int deadLettered;

    WorkerLoop(JobQueue queue, JobHandler handler, WorkerSettings settings, Clock clock, Pause pause) {
        this.queue = queue;
        this.handler = handler;
        this.settings = settings;
        this.clock = clock;
        this.pause = pause;
    }

    WorkerSummary run() {
        try (VisibilityHeartbeat heartbeat = new VisibilityHeartbeat(queue, settings.visibilityTimeout())) {
            Instant lastJob = clock.instant();
            while (stopReason == null) {
                List<Delivery> received = receiveOne();
                if (received.isEmpty()) {
                    if (idleSince(lastJob)) {
                        stop("idle for " + settings.idleExit().get().toSeconds() + " s");
                    } else {
                        pause.sleep(settings.idlePause());
                    }
                    continue;
                }
                handle(received.getFirst(), heartbeat);
                lastJob = clock.instant();
                if (settings.maxJobs().filter(max -> done + retried + deadLettered >= max).isPresent()) {
                    stop("--max-jobs reached");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop("interrupted");
        } finally {
            finished.countDown();
        }
        return new WorkerSummary(done, retried, deadLettered, stopReason);
    }

    private boolean idleSince(Instant lastJob) {
        return settings.idleExit().filter(idle -> !clock.instant().isBefore(lastJob.plus(idle))).isPresent();
    }

    /** Asks the loop to stop after the job in hand; the first reason given is the one reported. */
    void stop(String reason) {
        if (stopReason == null) {
            stopReason = reason;
        }
    }

    /** For a shutdown hook: waits until the loop has returned, at most {@code timeout}. */
    boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private List<Delivery> receiveOne() throws InterruptedException {
        try {
            return queue.receive(1, settings.visibilityTimeout());
        } catch (RuntimeException e) {
            // the queue being briefly unreachable is no reason to lose the worker: wait and poll again
            LOG.warn("receiving from the job queue failed, retrying: {}", e.toString());
            pause.sleep(settings.idlePause().multipliedBy(5));
            return List.of();
        }
    }

    private void handle(Delivery delivery, VisibilityHeartbeat heartbeat) {
        VisibilityHeartbeat.Beat beat = heartbeat.keepHidden(delivery);
        Exception failure = null;
        try {
            handler.handle(delivery.job(), queue);
        } catch (Exception e) {
            failure = e;
        } finally {
            beat.stop();
        }
        switch (failure) {
            case null -> {
                settle(delivery, () -> queue.ack(delivery));
                done++;
                LOG.info("done {} (receive {})", describe(delivery.job()), delivery.receiveCount());
            }
            case PoisonJobException poison -> {
                settle(delivery, () -> queue.deadLetter(delivery, reason(poison)));
                deadLettered++;
                LOG.warn("dead-lettered poison job {}: {}", describe(delivery.job()), reason(poison));
            }
            case tad.core.pipeline.ProfileSources.Fatal fatal -> {
                // a refused token fails every profile job alike: put this one back and stop, rather than burn the
                // queue's retries and dead-letter every artist of the city
                settle(delivery, () -> queue.release(delivery, Duration.ZERO));
                retried++;
                LOG.error("stopping: {}", fatal.getMessage());
                stop(fatal.getMessage());
            }
            case InterruptedException interrupted -> {
                Thread.currentThread().interrupt();
                settle(delivery, () -> queue.release(delivery, Duration.ZERO));
                retried++;
                stop("interrupted");
            }
            default -> failed(delivery, failure);
        }
    }

    private void failed(Delivery delivery, Exception e) {
        if (delivery.receiveCount() >= queue.maxReceives()) {
            // the queue would move it on the next receive anyway; doing it now keeps the error with the job
            settle(delivery, () -> queue.deadLetter(delivery, "failed " + delivery.receiveCount()
                    + " times, last: " + e));
            deadLettered++;
            LOG.warn("dead-lettered {} after {} attempts: {}", describe(delivery.job()), delivery.receiveCount(),
                    e.toString());
            return;
        }
        Duration delay = settings.retryDelay(delivery.receiveCount());
        settle(delivery, () -> queue.release(delivery, delay));
        retried++;
        LOG.warn("{} failed (attempt {} of {}), retrying in {} s: {}", describe(delivery.job()),
                delivery.receiveCount(), queue.maxReceives(), delay.toSeconds(), e.toString());
    }

    /** A job for the log: studio ids are ours, handles are personal data and go through {@link Pii}. */
    static String describe(CrawlJob job) {
        return switch (job) {
            case CrawlJob.StudioJob s -> "studio job " + s.studioId() + " (run " + s.runId() + ")";
            case CrawlJob.ProfileJob p -> "profile job " + Pii.handle(p.handle()) + " (run " + p.runId() + ")";
        };
    }

    private static String reason(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Acks, releases or dead-letters. If the queue cannot be reached the worker goes on: the job reappears after
     * its visibility timeout and its handling is idempotent, so at worst it is done once more.
     */
    private void settle(Delivery delivery, Runnable queueOperation) {
        try {
            queueOperation.run();
        } catch (RuntimeException e) {
            LOG.warn("could not settle {} with the queue; it will be delivered again: {}",
                    describe(delivery.job()), e.toString());
        }
    }
}

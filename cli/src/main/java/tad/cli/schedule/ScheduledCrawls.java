package tad.cli.schedule;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link CrawlSchedule} on one background thread of the serving process: each round crawls what is due, then
 * waits until the next area is due. Closing it (the server stopping, SIGTERM) interrupts the crawl in hand, which
 * the pipeline saves as INTERRUPTED so the next crawl resumes it, and waits for the thread to end.
 */
public final class ScheduledCrawls implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledCrawls.class);
    /** Longest single wait, so a clock change or a run finished elsewhere is noticed within the hour. */
    private static final Duration MAX_WAIT = Duration.ofHours(1);
    /** How long closing waits for an interrupted crawl to save its run. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final PrintStream out;
    private final PrintStream err;
    private final Thread thread;
    /** Set by {@link #close}: a crawl may clear the thread's interrupt flag on its way out, this stays. */
    private volatile boolean stopping;

    private ScheduledCrawls(CrawlSchedule schedule, Clock clock, PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.thread = Thread.ofPlatform().name("scheduled-crawls").daemon().unstarted(() -> loop(schedule, clock));
    }

    /** Starts the schedule's thread; {@code out} and {@code err} are the serving command's. */
    public static ScheduledCrawls start(CrawlSchedule schedule, Clock clock, PrintStream out, PrintStream err) {
        ScheduledCrawls crawls = new ScheduledCrawls(schedule, clock, out, err);
        crawls.thread.start();
        return crawls;
    }

    private void loop(CrawlSchedule schedule, Clock clock) {
        try {
            while (!stopping && !Thread.currentThread().isInterrupted()) {
                for (CrawlSchedule.Outcome outcome : schedule.runDue()) {
                    report(outcome);
                }
                if (stopping) {
                    break;
                }
                Instant next = schedule.nextDue();
                Duration wait = Duration.between(clock.instant(), next);
                if (wait.compareTo(MAX_WAIT) > 0) {
                    wait = MAX_WAIT;
                }
                if (!wait.isNegative() && !wait.isZero()) {
                    TimeUnit.MILLISECONDS.sleep(Math.max(1, wait.toMillis()));
                }
            }
        } catch (InterruptedException interrupted) {
            LOG.info("scheduled crawls stopped");
        } catch (RuntimeException e) {
            LOG.error("scheduled crawls stopped by an unexpected failure; serving goes on", e);
            err.println("tad: error: scheduled crawls stopped: " + e.getMessage());
        }
    }

    /** One line per scheduled crawl on the serving terminal; the summary is in `tad crawls`, the detail in the log. */
    private void report(CrawlSchedule.Outcome outcome) {
        String area = outcome.area().city();
        String interrupted = "tad: scheduled crawl of " + area + " interrupted; the next crawl resumes it";
        switch (outcome.kind()) {
            case RAN -> outcome.report().ifPresent(r -> out.println("tad: scheduled crawl of " + area + " "
                    + r.status().name().toLowerCase(Locale.ROOT) + ": run " + r.runId() + ", " + r.artistsFound()
                    + " artists, " + r.failed() + " failed items (tad crawls)"));
            case SKIPPED -> out.println("tad: scheduled crawl of " + area + " skipped: " + outcome.note());
            case INTERRUPTED -> out.println(interrupted);
            case FAILED -> {
                if (stopping) {
                    // stopping interrupts the crawl, and a store read on an interrupted thread fails: the stop, no fault
                    out.println(interrupted);
                } else {
                    err.println("tad: error: scheduled crawl of " + area + " failed: " + outcome.note()
                            + " (serving goes on; details in the log)");
                }
            }
        }
        out.flush();
    }

    /** Interrupts the crawl in hand and waits for it to save its run as interrupted. */
    @Override
    public void close() {
        stopping = true;
        thread.interrupt();
        try {
            if (!thread.join(STOP_GRACE)) {
                LOG.warn("the scheduled crawl had not stopped {} s after it was interrupted", STOP_GRACE.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

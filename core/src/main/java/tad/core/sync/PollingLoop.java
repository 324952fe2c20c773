package tad.core.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a poll on a daemon thread at a fixed delay, so the embedded index follows the store's stream while the
 * server runs. A failing poll is logged and retried at the next tick; it never stops the loop.
 */
public final class PollingLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PollingLoop.class);
    private final ScheduledExecutorService scheduler;

    public PollingLoop(String name, IntSupplier poll, Duration every) {
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                poll.getAsInt();
            } catch (RuntimeException e) {
                LOG.warn("{} failed, retrying: {}", name, e.toString());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package tad.bootstrap.local;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a long-lived process's data server running: when it stops answering (killed outright), a new one is
 * started, on the same ports and with the same token when they are free, so this process's clients go on working
 * without being rebuilt. Checks every {@link #EVERY}; a short command ends before it ever needs to.
 */
final class DataServerKeeper implements AutoCloseable {
    static final Duration EVERY = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(DataServerKeeper.class);
    private final ScheduledExecutorService checks;

    DataServerKeeper(DataServerClient control, Supplier<DataServerInfo> restart) {
        this.checks = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon()
                .name("data-server-keeper").unstarted(r));
        checks.scheduleWithFixedDelay(() -> {
            try {
                if (!control.healthy(EVERY)) {
                    DataServerInfo now = restart.get();
                    if (!now.controlEndpoint().equals(control.endpoint())) {
                        LOG.warn("the local data server restarted on other ports; restart this process to reach it");
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("the local data server does not answer and could not be restarted: {}", e.getMessage());
            }
        }, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}

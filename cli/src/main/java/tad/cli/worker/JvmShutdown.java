package tad.cli.worker;

import java.time.Duration;

/**
 * Graceful stop on SIGTERM (ECS stops a task that way, then kills it after its stop timeout): the hook asks the
 * loop to stop after the job in hand and holds the JVM open until it has, at most {@code grace}. A job still
 * running when the grace ends is not lost: it was never acked, so it is delivered again after its visibility
 * timeout.
 */
final class JvmShutdown implements AutoCloseable {
    private final Thread hook;

    private JvmShutdown(Thread hook) {
        this.hook = hook;
    }

    static JvmShutdown install(WorkerLoop loop, Duration grace) {
        JvmShutdown shutdown = new JvmShutdown(hookFor(loop, grace));
        Runtime.getRuntime().addShutdownHook(shutdown.hook);
        return shutdown;
    }

    /** The hook's body, separate so a test can run it without sending the test JVM a signal. */
    static Thread hookFor(WorkerLoop loop, Duration grace) {
        return new Thread(() -> {
            loop.stop("SIGTERM");
            try {
                loop.awaitFinished(grace);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tad-worker-shutdown");
    }

    /** After a normal stop the hook has nothing to wait for; removing it fails only while the JVM shuts down. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing to remove
        }
    }
}

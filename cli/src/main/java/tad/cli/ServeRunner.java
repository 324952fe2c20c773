package tad.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import tad.bootstrap.Bootstrap;
import tad.core.sync.PollingLoop;
import tad.serve.ServeWiring;

/**
 * Starts the server on the bootstrap's adapters (as the API container does), sends the removal e-mails the API owes,
 * and waits for Ctrl-C.
 */
final class ServeRunner {
    private static final Duration MAIL_EVERY = Duration.ofSeconds(5);
    /** How long a stop waits for everything to close (a background crawl has 60 s of it to save its run). */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(90);

    private ServeRunner() {
    }

    static ServeWiring.Running start(Bootstrap boot, Environment environment, int port) {
        // the API only owes the acknowledgement when a request is filed; this process has a mailer and sends it
        var removalMail = boot.removalMail();
        environment.closeLater(new PollingLoop("removal-mail", () -> removalMail.sendOwed().sent(), MAIL_EVERY));
        return environment.closeLater(ServeWiring.start(boot, port));
    }

    /**
     * Waits for SIGTERM or Ctrl-C. The JVM ends once its shutdown hooks have run, so the hook holds it until the
     * command has closed what it opened (a background crawl saving its run as interrupted, the server, the store).
     */
    static void awaitShutdown(Environment environment, ServeWiring.Running server) throws InterruptedException {
        environment.out().println("tad: serving on http://localhost:" + server.port() + "/  (Ctrl-C stops)");
        environment.out().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            environment.awaitClosed(SHUTDOWN_GRACE);
        }, "tad-shutdown"));
        stopped.await();
    }
}

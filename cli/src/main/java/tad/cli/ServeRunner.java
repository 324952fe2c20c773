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

    private ServeRunner() {
    }

    static ServeWiring.Running start(Bootstrap boot, Environment environment, int port) {
        // the API only owes the acknowledgement when a request is filed; this process has a mailer and sends it
        var removalMail = boot.removalMail();
        environment.closeLater(new PollingLoop("removal-mail", () -> removalMail.sendOwed().sent(), MAIL_EVERY));
        return environment.closeLater(ServeWiring.start(boot, port));
    }

    static void awaitShutdown(Environment environment, ServeWiring.Running server) throws InterruptedException {
        environment.out().println("tad: serving on http://localhost:" + server.port() + "/  (Ctrl-C stops)");
        environment.out().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "tad-shutdown"));
        stopped.await();
    }
}

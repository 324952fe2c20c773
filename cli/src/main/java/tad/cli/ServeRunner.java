package tad.cli;

import io.helidon.webserver.WebServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import tad.core.sync.PollingLoop;
import tad.serve.Admin;
import tad.serve.Dependencies;
import tad.serve.ServeApp;
import tad.serve.ServeSettings;
import tad.store.dynamodb.DynamoRemovalRequestStore;

/** Starts the Helidon service on the app's adapters, keeps the embedded index following the store, and waits. */
final class ServeRunner {
    private static final Duration SYNC_EVERY = Duration.ofMillis(250);
    private static final Duration MAIL_EVERY = Duration.ofSeconds(5);

    private ServeRunner() {
    }

    static WebServer start(App app, Environment environment, int port) {
        ServeSettings settings = ServeSettings.from(app.config().raw());
        Dependencies deps = new Dependencies(app.store(), app.search(), app.denylist(),
                new DynamoRemovalRequestStore(app.dynamo()), Optional.of(app.media()), settings, app.clock(),
                app.config().adminToken().map(token -> new Admin(token, app.removals(), app.traces(),
                        app.config().store().embedded() ? Optional.of(app.dataDir()) : Optional.empty())));
        if (app.config().store().embedded()) {
            var follower = app.follower();
            environment.closeLater(new PollingLoop("index-sync", follower::poll, SYNC_EVERY));
        }
        // the API only owes the acknowledgement when a request is filed; this process has a mailer and sends it
        var removalMail = app.removalMail();
        environment.closeLater(new PollingLoop("removal-mail", () -> removalMail.sendOwed().sent(), MAIL_EVERY));
        WebServer server = ServeApp.start(port, deps);
        environment.closeLater(server::stop);
        return server;
    }

    static void awaitShutdown(Environment environment, WebServer server) throws InterruptedException {
        environment.out().println("tad: serving on http://localhost:" + server.port() + "/  (Ctrl-C stops)");
        environment.out().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "tad-shutdown"));
        stopped.await();
    }

    static Optional<Path> webDir(App app) {
        return ServeSettings.from(app.config().raw()).webDir();
    }
}

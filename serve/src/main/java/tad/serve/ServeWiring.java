package tad.serve;

import io.helidon.webserver.WebServer;
import java.time.Duration;
import java.util.Optional;
import tad.bootstrap.Bootstrap;
import tad.core.config.TadConfig;
import tad.core.sync.PollingLoop;

/**
 * The server on the bootstrap's adapters, the same for {@code tad serve} and the API container ({@link Main}): the
 * configured store, index and media (S3 when a bucket is named), and the admin API when an admin token is set.
 */
public final class ServeWiring {
    private static final Duration SYNC_EVERY = Duration.ofMillis(250);

    private ServeWiring() {
    }

    /** What the routes read and write, from the bootstrap. */
    public static Dependencies dependencies(Bootstrap boot) {
        TadConfig config = boot.config();
        Optional<Admin> admin = config.adminToken().map(token -> new Admin(token, boot.removalDecisions(),
                boot.traceVerifier(), boot.rawDataDir()));
        return new Dependencies(boot.artistStore(), boot.searchIndex(), boot.denylist(),
                boot.removalRequests(), Optional.of(boot.mediaStore()), config.serve(), boot.clock(), admin);
    }

    /**
     * Starts the server on a port (0: any free one) and, where tad keeps the index in step with the store itself,
     * follows the store's changes while it runs. Stopping the returned server stops both.
     */
    public static Running start(Bootstrap boot, int port) {
        Optional<PollingLoop> follow = boot.indexFollower()
                .map(follower -> new PollingLoop("index-sync", follower::catchUp, SYNC_EVERY));
        WebServer server = ServeApp.start(port, dependencies(boot));
        return new Running(server, follow);
    }

    /** A started server and the index follower that runs beside it. */
    public record Running(WebServer server, Optional<PollingLoop> follow) implements AutoCloseable {
        public int port() {
            return server.port();
        }

        @Override
        public void close() {
            server.stop();
            follow.ifPresent(PollingLoop::close);
        }
    }
}

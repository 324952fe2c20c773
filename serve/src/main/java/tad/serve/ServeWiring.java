package tad.serve;

import io.helidon.webserver.WebServer;
import java.util.Optional;
import tad.bootstrap.Bootstrap;
import tad.core.config.TadConfig;

/**
 * The server on the bootstrap's adapters, the same for {@code tad serve} and the API container ({@link Main}): the
 * configured store, index and media (S3 when a bucket is named), and the admin API when an admin token is set.
 */
public final class ServeWiring {
    private ServeWiring() {
    }

    /** What the routes read and write, from the bootstrap. */
    public static Dependencies dependencies(Bootstrap boot) {
        TadConfig config = boot.config();
        Optional<Admin> admin = config.adminToken().map(token -> new Admin(token, boot.removalDecisions(),
                boot.traceVerifier(), boot.rawDataDir()));
        return new Dependencies(boot.artistStore(), boot.searchReader(), boot.denylist(),
                boot.removalRequests(), Optional.of(boot.mediaStore()), config.serve(), boot.clock(), admin);
    }

    /**
     * Starts the server on a port (0: any free one). Nothing here follows the store's changes: embedded, the local
     * data server does and this process reads the index it commits; on AWS, the stream Lambda does.
     */
    public static Running start(Bootstrap boot, int port) {
        return new Running(ServeApp.start(port, dependencies(boot)));
    }

    /** A started server. */
    public record Running(WebServer server) implements AutoCloseable {
        public int port() {
            return server.port();
        }

        @Override
        public void close() {
            server.stop();
        }
    }
}

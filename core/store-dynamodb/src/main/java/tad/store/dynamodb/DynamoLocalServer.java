package tad.store.dynamodb;

import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * DynamoDB Local as an HTTP server on the loopback interface, over one SQLite file in a folder: the embedded store
 * every {@code tad} process on a data directory reaches through the AWS SDK, as it reaches DynamoDB on AWS.
 *
 * <p>DynamoDB Local's own server listens on every interface and has no host option, so its request handler is
 * mounted here on a Jetty connector bound to 127.0.0.1 (port 0: a free one). It runs with {@code sharedDb}, so
 * every client's credentials and region map to one file, {@value #FILE_NAME}; a data directory made by an earlier
 * version (DynamoDB Local in-process on {@code tad.db}) is renamed to it once.
 */
public final class DynamoLocalServer implements AutoCloseable {
    /** The file DynamoDB Local names its shared database. */
    public static final String FILE_NAME = "shared-local-instance.db";
    private static final String OLD_FILE_NAME = "tad.db";
    private static final boolean IN_MEMORY = false;
    private static final boolean SHARED_DB = true;
    private static final boolean DELAY_TRANSIENT_STATUSES = false;

    private final Server jetty;
    private final LocalDynamoDBRequestHandler requests;
    private final int port;
    private final ReentrantReadWriteLock gate;

    private DynamoLocalServer(Server jetty, LocalDynamoDBRequestHandler requests, int port,
                              ReentrantReadWriteLock gate) {
        this.jetty = jetty;
        this.requests = requests;
        this.port = port;
        this.gate = gate;
    }

    /** Starts the server on a free loopback port with its database in {@code folder}. */
    public static DynamoLocalServer start(Path folder) {
        return start(folder, 0);
    }

    /**
     * Starts the server on the given loopback port (0: a free one) with its database in {@code folder}; fails when
     * the port is taken.
     */
    public static DynamoLocalServer start(Path folder, int port) {
        LocalDynamoDBRequestHandler requests = null;
        Server jetty = null;
        try {
            Files.createDirectories(folder);
            adoptOldFile(folder);
            requests = new LocalDynamoDBRequestHandler(0, IN_MEMORY, folder.toAbsolutePath().toString(), SHARED_DB,
                    DELAY_TRANSIENT_STATUSES);
            LocalDynamoDBServerHandler handler = new LocalDynamoDBServerHandler(requests, null);
            jetty = new Server();
            ServerConnector connector = new ServerConnector(jetty);
            connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
            connector.setPort(port);
            jetty.addConnector(connector);
            // the proxy server is only asked for its handler tree; its own Jetty server (all interfaces) never starts
            ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
            jetty.setHandler(new Gated(new DynamoDBProxyServer(0, handler).setUpHandler(handler), gate));
            jetty.start();
            return new DynamoLocalServer(jetty, requests, connector.getLocalPort(), gate);
        } catch (Exception e) {
            IllegalStateException failure = new IllegalStateException("cannot start DynamoDB Local on " + folder
                    + ": " + e.getMessage(), e);
            try {
                stop(jetty, requests);
            } catch (RuntimeException stopping) {
                failure.addSuppressed(stopping);
            }
            throw failure;
        }
    }

    /** The database file the server keeps in {@code folder}. */
    public static Path databaseFile(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    private static void adoptOldFile(Path folder) throws IOException {
        Path old = folder.resolve(OLD_FILE_NAME);
        Path current = databaseFile(folder);
        if (Files.exists(old) && !Files.exists(current)) {
            Files.move(old, current, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * Runs {@code work} on the database file with no request in flight, new ones waiting until it is done: a VACUUM
     * beside DynamoDB Local's own connection would otherwise fail its requests with "database is locked" (its
     * connection has no busy timeout). Requests made by {@code work} itself would wait forever: make them before.
     */
    public void exclusively(Runnable work) {
        gate.writeLock().lock();
        try {
            work.run();
        } finally {
            gate.writeLock().unlock();
        }
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port);
    }

    @Override
    public void close() {
        stop(jetty, requests);
    }

    /** Each request handled under the gate's read lock (DynamoDB Local answers within {@code handle}). */
    private static final class Gated extends Handler.Wrapper {
        private final ReentrantReadWriteLock gate;

        Gated(Handler handler, ReentrantReadWriteLock gate) {
            super(handler);
            this.gate = gate;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            gate.readLock().lock();
            try {
                return super.handle(request, response, callback);
            } finally {
                gate.readLock().unlock();
            }
        }
    }

    private static void stop(Server jetty, LocalDynamoDBRequestHandler requests) {
        try {
            if (jetty != null) {
                jetty.stop();
            }
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException("stopping DynamoDB Local failed: " + e.getMessage(), e));
        } finally {
            if (requests != null) {
                requests.shutdown();
            }
        }
    }
}

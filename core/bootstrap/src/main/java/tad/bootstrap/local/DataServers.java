package tad.bootstrap.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tad.core.config.StoreSettings.DataServerMode;
import tad.core.config.TadConfig;

/**
 * Finds the running data server of a data directory, or starts it: detached (a background process of this program,
 * {@link DataServerMain}) or in this process. The start lock makes sure two processes starting at once start one
 * server; a {@code server.properties} left by a killed server is recognised (nobody holds {@code server.lock}) and
 * replaced.
 */
public final class DataServers {
    /** A loaded machine starts a JVM and DynamoDB Local slowly; a healthy one needs a few seconds. */
    private static final Duration START_DEADLINE = Duration.ofMinutes(2);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(10);
    /** In-process servers of this JVM, with how many uses each has; the last use to close stops it. */
    private static final Map<Path, Hosted> HOSTED = new HashMap<>();

    private DataServers() {
    }

    /** Connects this process to the data directory's data server, starting one when none runs. */
    public static synchronized DataServerLink connect(TadConfig config) {
        Path dir = config.dataDir().toAbsolutePath().normalize();
        Hosted hosted = HOSTED.get(dir);
        if (hosted != null) {
            return hosted.use(dir);
        }
        if (config.store().dataServer() == DataServerMode.IN_PROCESS) {
            DataServerFiles files = new DataServerFiles(dir);
            try (DataServerFiles.HeldLock starting = files.lockStart()) {
                if (!files.serverRunning()) {
                    DataServer server = DataServer.start(config, Clock.systemUTC(), false).orElseThrow(
                            () -> new IllegalStateException("another process started the data server of " + dir));
                    Hosted started = new Hosted(server);
                    HOSTED.put(dir, started);
                    return started.use(dir);
                }
            }
        }
        DataServerInfo info = ensureRunning(config);
        long pid = ProcessHandle.current().pid();
        DataServerClient control = new DataServerClient(info);
        DataServerKeeper keeper = new DataServerKeeper(control, () -> ensureRunning(config));
        return new DataServerLink(info, () -> {
            keeper.close();
            leaveQuietly(control, pid);
        });
    }

    /**
     * Makes sure the data directory's server runs (a detached one is started when none does, on the ports and token
     * of a killed predecessor when free) and that it counts this process among its clients; returns where it is.
     */
    static synchronized DataServerInfo ensureRunning(TadConfig config) {
        DataServerFiles files = new DataServerFiles(config.dataDir());
        try (DataServerFiles.HeldLock starting = files.lockStart()) {
            RuntimeException last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    DataServerInfo info = findOrSpawn(config, files);
                    new DataServerClient(info).register(ProcessHandle.current().pid());
                    return info;
                } catch (RuntimeException e) {
                    // the server stopped (idle, or killed) between being found and being asked: find or start again
                    last = e;
                }
            }
            throw last;
        }
    }

    private static DataServerInfo findOrSpawn(TadConfig config, DataServerFiles files) {
        if (files.serverRunning()) {
            Optional<DataServerInfo> running = awaitAnswer(files, Optional.empty());
            if (running.isPresent()) {
                return running.get();
            }
        }
        Process child = spawn(config, files);
        return awaitAnswer(files, Optional.of(child)).orElseThrow(() -> new IllegalStateException(
                "the local data server stopped while starting (see " + files.log() + ")"));
    }

    private static void leaveQuietly(DataServerClient client, long pid) {
        try {
            client.leave(pid);
        } catch (RuntimeException e) {
            // the server stopped already, or will notice this process is gone
        }
    }

    /**
     * Waits until the server named by {@code server.properties} answers; empty when the running server stopped
     * meanwhile; fails when the child that should start it died.
     */
    private static Optional<DataServerInfo> awaitAnswer(DataServerFiles files, Optional<Process> child) {
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<DataServerInfo> info = files.readInfo();
            if (info.isPresent() && new DataServerClient(info.get()).healthy(HEALTH_TIMEOUT)) {
                return info;
            }
            if (child.isPresent() && !child.get().isAlive() && !files.serverRunning()) {
                throw new IllegalStateException("the local data server did not start (exit code "
                        + child.get().exitValue() + "; see " + files.log() + ")");
            }
            if (child.isEmpty() && !files.serverRunning()) {
                return Optional.empty();
            }
            sleep();
        }
        throw new IllegalStateException("the local data server did not answer within " + START_DEADLINE.toMinutes()
                + " minutes (see " + files.log() + ")");
    }

    private static Process spawn(TadConfig config, DataServerFiles files) {
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            // a session of its own: Ctrl-C on the command that started it does not reach it
            command.add("/usr/bin/setsid");
        }
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                DataServerMain.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("TAD_"));
        env.putAll(DataServerMain.environment(config));
        try {
            Files.createDirectories(files.log().getParent());
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(files.log().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local data server", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the local data server", e);
        }
    }

    private static synchronized void release(Path dir, Hosted hosted) {
        if (--hosted.uses == 0) {
            HOSTED.remove(dir);
            hosted.server.close();
        }
    }

    /** An in-process server and its uses in this JVM. */
    private static final class Hosted {
        private final DataServer server;
        private int uses;

        Hosted(DataServer server) {
            this.server = server;
        }

        DataServerLink use(Path dir) {
            uses++;
            return new DataServerLink(server.info(), () -> release(dir, this));
        }
    }
}

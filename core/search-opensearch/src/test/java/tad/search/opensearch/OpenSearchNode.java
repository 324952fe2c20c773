package tad.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real single-node OpenSearch for integration tests: the integ-test-zip from Maven Central, unpacked into
 * target/ by the build (maven-dependency-plugin, pre-integration-test), started before the test class and killed
 * after it. Its data and logs stay under target/opensearch-node/.
 *
 * <p>OpenSearch refuses to run as root, and CI runs as root: then the node's folders are given to {@code nobody} and
 * the node is started through {@code setpriv} (from a copy in the temp folder if {@code nobody} cannot reach target/). It runs on the JDK running the tests, with a 512 MB heap, bound to
 * 127.0.0.1 on a free port.
 */
public final class OpenSearchNode implements BeforeAllCallback, AfterAllCallback {
    // A deadline, not a speed check: a node that starts in 40 s on a quiet machine took over 120 s at load 21.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private Process process;
    private URI endpoint;
    /** Test classes running on the node now: the class that registered it and its {@code @Nested} classes. */
    private int classes;
    private Path log;
    private Path tempCopy;

    public URI endpoint() {
        return endpoint;
    }

    /** The process that runs the node (with its children: the setpriv wrapper, the shell, the JVM). */
    public long pid() {
        return process.pid();
    }

    /** Starts the node for the registering class; its {@code @Nested} classes (called here too) share it. */
    @Override
    public void beforeAll(ExtensionContext context) throws IOException, InterruptedException {
        if (classes++ == 0) {
            start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--classes == 0) {
            stop();
        }
    }

    /** Starts the node and waits until it is healthy; also usable outside JUnit (the benchmark). */
    public void start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("opensearch.node.home",
                "target/opensearch-node/opensearch-3.6.0")).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/opensearch"))) {
            throw new IllegalStateException("no OpenSearch node at " + home
                    + "; run through Maven (mvn verify), which unpacks it in pre-integration-test");
        }
        if (runningAsRoot() && !reachableByOthers(home)) {
            // nobody cannot even reach target/ (e.g. a clone under /root): run a copy from the temp folder instead
            tempCopy = Files.createTempDirectory("tad-opensearch-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            home = copyTree(home, tempCopy.resolve(home.getFileName()));
        }
        Path work = home.resolveSibling("run-" + ProcessHandle.current().pid());
        Path data = Files.createDirectories(work.resolve("data"));
        Path logs = Files.createDirectories(work.resolve("logs"));
        log = work.resolve("console.log");
        int httpPort = freePort();
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            run("chown", "-R", "nobody:nogroup", home.toString(), work.toString());
            command.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        }
        command.addAll(List.of("bash", home.resolve("bin/opensearch").toString(),
                "-Ediscovery.type=single-node", "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + httpPort, "-Etransport.port=" + freePort(),
                "-Epath.data=" + data, "-Epath.logs=" + logs,
                "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop)); // also when the test JVM is interrupted
        endpoint = URI.create("http://127.0.0.1:" + httpPort);
        awaitHealthy();
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(endpoint.resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the node is still starting
            }
            Thread.sleep(250);
        }
        stop();
        throw new IllegalStateException("OpenSearch not healthy within " + START_TIMEOUT + ":\n" + logTail());
    }

    /** Kills the node (and anything it started); safe to call twice. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                all.forEach(ProcessHandle::destroyForcibly);
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            all.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
        process = null;
        if (tempCopy != null) {
            deleteTree(tempCopy);
            tempCopy = null;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }

    private String logTail() {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Whether every folder above {@code dir} lets other users through, so nobody can reach it. */
    private static boolean reachableByOthers(Path dir) throws IOException {
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Files.copy(source, to.resolve(from.relativize(source).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with " + p.exitValue());
        }
    }
}

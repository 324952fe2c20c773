package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the built {@code tad} (cli/target/tad-cli.jar) as separate OS processes on one environment, each with its
 * output in a file of its own under a logs folder (outside the data directory, whose bytes the tests scan).
 */
final class TadProcesses implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving on http://localhost:(\\d+)/");
    private final Map<String, String> env;
    private final Path logs;
    private final List<Running> started = new ArrayList<>();
    private int count;

    TadProcesses(Map<String, String> env, Path logs) {
        this.env = Map.copyOf(env);
        this.logs = logs;
    }

    /** Starts {@code tad ARGS...} in the background. */
    Running start(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar",
                TestPaths.root().resolve("cli/target/tad-cli.jar").toString()));
        command.addAll(List.of(args));
        String name = (++count) + "-" + args[0];
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectOutput(logs.resolve(name + ".out").toFile());
        pb.redirectError(logs.resolve(name + ".err").toFile());
        try {
            Running running = new Running(name, pb.start(), logs.resolve(name + ".out"), logs.resolve(name + ".err"));
            started.add(running);
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code tad ARGS...} to its end (a generous deadline: the machine may be loaded). */
    Running run(String... args) throws InterruptedException {
        Running running = start(args);
        running.await(Duration.ofMinutes(5));
        return running;
    }

    /** Everything every process wrote to stderr so far. */
    String allErrors() {
        StringBuilder all = new StringBuilder();
        for (Running r : started) {
            all.append("== ").append(r.name).append('\n').append(r.err());
        }
        return all.toString();
    }

    @Override
    public void close() {
        started.forEach(r -> r.process.destroyForcibly());
    }

    static final class Running {
        final String name;
        final Process process;
        private final Path out;
        private final Path err;

        Running(String name, Process process, Path out, Path err) {
            this.name = name;
            this.process = process;
            this.out = out;
            this.err = err;
        }

        int await(Duration deadline) throws InterruptedException {
            assertThat(process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS))
                    .as(name + " ended within " + deadline + "; stderr: " + err()).isTrue();
            return process.exitValue();
        }

        int code() {
            return process.exitValue();
        }

        String out() {
            return read(out);
        }

        String err() {
            return read(err);
        }

        /** The server's address, once `tad serve` says it serves. */
        String awaitServing(Duration deadline) throws InterruptedException {
            long end = System.nanoTime() + deadline.toNanos();
            while (System.nanoTime() < end) {
                Matcher m = SERVING.matcher(out());
                if (m.find()) {
                    return "http://127.0.0.1:" + m.group(1);
                }
                assertThat(process.isAlive()).as(name + " exited: " + err()).isTrue();
                Thread.sleep(200);
            }
            throw new AssertionError(name + " did not serve within " + deadline + ": " + err());
        }

        void kill9() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        private static String read(Path file) {
            try {
                return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name + " (exit " + (process.isAlive() ? "running" : process.exitValue()) + ")\nstdout:\n" + out()
                    + "\nstderr:\n" + err();
        }
    }
}

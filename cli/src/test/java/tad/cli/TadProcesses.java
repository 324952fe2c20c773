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
 * Runs the built {@code tad} as separate OS processes on one environment, each with its stdout and stderr kept apart
 * in files of their own under a logs folder (outside the data directory, whose bytes some tests scan). Processes
 * still running when the helper closes are killed.
 */
final class TadProcesses implements AutoCloseable {
    /** How long a command run to its end may take: generous, since the machine is shared. */
    static final Duration RUN_DEADLINE = Duration.ofMinutes(8);
    private static final Pattern SERVING = Pattern.compile("serving on http://localhost:(\\d+)/");

    /** How a process is started. */
    enum Via {
        /**
         * The ./tad launcher, with the JVM flags it passes: exactly what an operator's terminal shows, JVM and
         * library notices included. Not for {@code serve}: the launcher would build the web app first.
         */
        LAUNCHER,
        /** {@code java -jar cli/target/tad-cli.jar}, as the launcher ends up running it, without its build checks. */
        JAR
    }

    private final Map<String, String> env;
    private final Path logs;
    private final Via via;
    private final List<Running> started = new ArrayList<>();
    private int count;

    TadProcesses(Map<String, String> env, Path logs, Via via) {
        this.env = Map.copyOf(env);
        this.logs = logs;
        this.via = via;
    }

    /** Starts {@code tad ARGS...} in the background. */
    Running start(String... args) {
        String name = (++count) + "-" + args[0];
        ProcessBuilder pb = new ProcessBuilder(command(args));
        pb.environment().putAll(env);
        if (via == Via.LAUNCHER) {
            // the build that runs this test has just made the jar; do not start another build from inside it
            pb.environment().put("TAD_SKIP_BUILD", "1");
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        }
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        try {
            Files.createDirectories(logs);
            Running running = new Running(name, pb.start(), out, err);
            started.add(running);
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        if (via == Via.LAUNCHER) {
            command.add(TestPaths.root().resolve("tad").toString());
        } else {
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-jar",
                    TestPaths.root().resolve("cli/target/tad-cli.jar").toString()));
        }
        command.addAll(List.of(args));
        return command;
    }

    /** Runs {@code tad ARGS...} to its end (within {@link #RUN_DEADLINE}). */
    Running run(String... args) throws InterruptedException {
        Running running = start(args);
        running.await(RUN_DEADLINE);
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
                    .as(name + " ended within " + deadline + "; " + this).isTrue();
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

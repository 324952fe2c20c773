package tad.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A `tad` command run as its own process through the ./tad launcher (with the JVM flags it passes), its stdout and
 * stderr kept apart in files: what an operator's terminal would show, third-party notices included.
 */
final class TadProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private TadProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static TadProcess start(Map<String, String> env, Path outputDir, String name, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(TestPaths.root().resolve("tad").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        // the build that runs this test has just made the jar; do not start another build from inside it
        pb.environment().put("TAD_SKIP_BUILD", "1");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Files.createDirectories(outputDir);
        Path out = outputDir.resolve(name + ".out");
        Path err = outputDir.resolve(name + ".err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        return new TadProcess(pb.start(), out, err);
    }

    /** Runs a command to its end (at most {@code deadline}, generous: the machine is shared). */
    static TadProcess run(Map<String, String> env, Path outputDir, String name, Duration deadline, String... args)
            throws Exception {
        TadProcess p = start(env, outputDir, name, args);
        if (!p.process.waitFor(deadline.toSeconds(), TimeUnit.SECONDS)) {
            p.process.destroyForcibly().waitFor();
            throw new AssertionError("tad " + String.join(" ", args) + " did not end within " + deadline
                    + "; stdout: " + p.out() + "; stderr: " + p.err());
        }
        return p;
    }

    Process process() {
        return process;
    }

    int code() {
        return process.exitValue();
    }

    String out() throws java.io.IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String err() throws java.io.IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}

package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./tad launcher: it finds a JDK 21+, and says so in one line when there is none. */
class LauncherIT {

    private static Result launch(Path jvmDir, String javaHome, String... args) throws Exception {
        var command = new java.util.ArrayList<String>();
        command.add(TestPaths.root().resolve("tad").toString());
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("TAD_JVM_DIR", jvmDir.toString());
        // the build that runs this test has just made the jar; do not start another build from inside it
        pb.environment().put("TAD_SKIP_BUILD", "1");
        if (javaHome == null) {
            pb.environment().remove("JAVA_HOME");
        } else {
            pb.environment().put("JAVA_HOME", javaHome);
        }
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    record Result(int code, String out, String err) {
    }

    @Test
    void withoutAJdk21ItSaysSoInOneLine(@TempDir Path emptyJvmDir) throws Exception {
        Result r = launch(emptyJvmDir, null, "--version");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("tad: error: no JDK 21 or newer found");
    }

    @Test
    void itFindsAJdkUnderTheJvmDirectoryAndRunsTheCli(@TempDir Path jvmDir) throws Exception {
        Path current = Path.of(System.getProperty("java.home"));
        Files.createSymbolicLink(jvmDir.resolve("some-jdk"), current);
        Result r = launch(jvmDir, null, "--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("tad ");
    }
}

package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.samplecity.Roster;
import tad.samplecity.SampleCityServer;

/**
 * What the operator's terminal shows during a crawl of the sample city, run through ./tad as its own process:
 * progress and the summary on stdout, nothing on stderr (no log lines, no JVM or library notices), the logs in
 * the data directory's log file (masked); with --verbose, the logs on stderr too, tad's at DEBUG.
 */
class TerminalOutputIT {
    /** Progress lines, the summary's first line and its indented lines. */
    private static final Pattern TERMINAL_LINE = Pattern.compile("tad: .*|crawl \\S+ of .*: \\w+ in .*|  .*");
    private static final Pattern LOG_LINE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\S+ (TRACE|DEBUG|INFO|WARN|ERROR) .*");

    @TempDir
    Path data;

    @Test
    void aCrawlShowsProgressAndTheSummaryWhileLogsGoToTheFile() throws Exception {
        try (SampleCityServer city = SampleCityServer.start()) {
            Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
            env.putAll(city.crawlEnvironment());
            try (TadProcesses tad = new TadProcesses(env, data.resolve("terminal"), TadProcesses.Via.LAUNCHER)) {
                TadProcesses.Running crawl = tad.run("crawl", "--city", "leeds");
                assertThat(crawl.code()).as(crawl.err()).isZero();
                assertThat(crawl.err()).as("stderr of a crawl that succeeded").isEmpty();
                List<String> lines = crawl.out().lines().toList();
                assertThat(lines).allSatisfy(line -> assertThat(line).matches(TERMINAL_LINE));
                assertThat(lines).contains("tad: found 85 studios (10 Places requests)")
                        .anySatisfy(line -> assertThat(line).matches("crawl \\S+ of Leeds: completed in .*"));

                String log = logFile();
                assertThat(log)
                        .contains(" INFO  [main] tad.plugin.google-places - google-places: 85 studios in 10 requests")
                        .doesNotContain(" DEBUG ");
                for (Roster.Artist artist : city.roster().artists()) {
                    assertThat(log).as("the log file masks handles").doesNotContainIgnoringCase(artist.handle());
                }

                // an area with no studio: a short crawl whose Places search logs at DEBUG
                TadProcesses.Running verbose = tad.run("crawl", "--bbox", "-5.01,50.0,-5.0,50.01", "--verbose");
                assertThat(verbose.code()).as(verbose.err()).isZero();
                assertThat(verbose.out().lines()).isNotEmpty()
                        .allSatisfy(line -> assertThat(line).matches(TERMINAL_LINE));
                assertThat(verbose.err().lines())
                        .anySatisfy(line -> assertThat(line).matches(LOG_LINE)
                                .contains(" DEBUG [main] tad.plugin.google-places - "))
                        .noneSatisfy(line -> assertThat(line).startsWith("WARNING: "));
            }
        }
    }

    private String logFile() throws Exception {
        try (Stream<Path> files = Files.list(data.resolve("logs"))) {
            List<Path> logs = files.toList();
            assertThat(logs).hasSize(1);
            assertThat(logs.get(0).getFileName().toString()).matches("tad\\.\\d{4}-\\d\\d-\\d\\d\\.log");
            return Files.readString(logs.get(0));
        }
    }
}

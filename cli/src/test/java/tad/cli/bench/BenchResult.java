package tad.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * One scenario's figures, appended as a tab-separated line to a results file (with the header when the file is
 * new or empty), so that runs in separate JVMs build one table.
 *
 * @param phaseSeconds  the profile phase: first studio-site request to the last Instagram (API or CDN) request
 * @param crawlSeconds  the run's own duration as the crawl report records it (discovery to the stale/retention step)
 * @param endToEndSeconds the whole command: store start-up, plugin loading, the crawl and (CLI) the index update
 */
record BenchResult(String scenario, int concurrency, long profilesStored, long failed, SyntheticCity.Traffic traffic,
                   double phaseSeconds, double crawlSeconds, double endToEndSeconds, JvmGauges.Reading jvm) {

    static final String HEADER = String.join("\t", "scenario", "conc", "profiles", "failed", "profile_reqs",
            "image_reqs", "phase_s", "profiles_per_s_phase", "crawl_s", "e2e_s", "profiles_per_s_e2e", "cpu_s",
            "cpu_ms_per_profile", "peak_heap_mb", "xmx_mb", "gc_count", "gc_ms");

    String line() {
        return String.join("\t", scenario, Integer.toString(concurrency), Long.toString(profilesStored),
                Long.toString(failed), Long.toString(traffic.profileRequests()), Long.toString(traffic.imageRequests()),
                f(phaseSeconds), f(profilesStored / phaseSeconds), f(crawlSeconds), f(endToEndSeconds),
                f(profilesStored / endToEndSeconds), f(jvm.cpuNanos() / 1e9),
                f(jvm.cpuNanos() / 1e6 / Math.max(1, profilesStored)), Long.toString(jvm.peakHeapBytes() >> 20),
                Long.toString(jvm.maxHeapBytes() >> 20), Long.toString(jvm.gcCount()), Long.toString(jvm.gcMillis()));
    }

    void appendTo(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                Files.writeString(file, HEADER + "\n", StandardCharsets.UTF_8);
            }
            Files.writeString(file, line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

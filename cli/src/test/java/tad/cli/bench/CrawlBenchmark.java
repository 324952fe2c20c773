package tad.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tad.cli.Main;
import tad.core.domain.CrawlReport;

/**
 * Crawl throughput against a synthetic city on 127.0.0.1, with no politeness delay. Not a test: bench/crawl.sh
 * runs it once per scenario, each in a fresh JVM, and prints the table the runs append to.
 *
 * <p>Modes: {@code cli} crawls through the real {@code tad crawl} ({@link Main#run}) with the real plugin jars and
 * the real media mirror (a fresh data dir is a first crawl, a used one a re-crawl); {@code no-images} runs the same
 * pipeline with images not mirrored ({@link ImagelessCrawl}), with DynamoDB Local in memory when the label says
 * {@code memory-store}.
 *
 * <p>Arguments: {@code MODE LABEL DATA_DIR RESULTS_FILE STUDIOS ARTISTS_PER_STUDIO POSTS CONCURRENCY}.
 */
public final class CrawlBenchmark {
    private static final Pattern DURATION = Pattern.compile(": completed in ([0-9.]+) s");

    private CrawlBenchmark() {
    }

    /** Exits when done, also on failure: DynamoDB Local leaves a non-daemon thread behind, as Main.main notes. */
    public static void main(String[] args) {
        if (args.length != 8) {
            System.err.println("usage: CrawlBenchmark cli|no-images LABEL DATA_DIR RESULTS_FILE STUDIOS ARTISTS POSTS"
                    + " CONCURRENCY");
            System.exit(2);
        }
        int code = 0;
        try {
            run(args);
        } catch (Exception | LinkageError e) {
            e.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }

    private static void run(String[] args) throws Exception {
        String mode = args[0];
        Path data = Path.of(args[2]);
        CityShape shape = new CityShape(Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                Integer.parseInt(args[6]));
        int concurrency = Integer.parseInt(args[7]);
        PrintStream console = System.out;
        PrintStream stderr = System.err;
        try (SyntheticCity city = new SyntheticCity(shape);
             PrintStream log = new PrintStream(new FileOutputStream(data.resolveSibling(args[1] + ".log").toFile()),
                     true, StandardCharsets.UTF_8)) {
            Map<String, String> env = environment(city, data, concurrency);
            System.setErr(log); // logback's console appender writes to System.err: keep the crawl's log in a file
            JvmGauges gauges = new JvmGauges();
            long start = System.nanoTime();
            BenchResult result = mode.equals("cli") ? viaCli(args[1], env, log, city, concurrency, start, gauges)
                    : imageless(args[1], env, city, concurrency, start, gauges);
            gauges.close();
            result.appendTo(Path.of(args[3]));
            console.println(BenchResult.HEADER);
            console.println(result.line());
        } finally {
            System.setErr(stderr);
        }
    }

    private static Map<String, String> environment(SyntheticCity city, Path data, int concurrency) {
        Map<String, String> env = new HashMap<>(city.crawlEnvironment());
        env.put("TAD_DATA_DIR", data.toString());
        env.put("TAD_DATA_SERVER", "in-process");
        env.put("TAD_PLUGINS_DIR", System.getProperty("tad.plugins.dir", "target/plugins"));
        env.put("TAD_HOST_DELAY_MS", "0");
        // the fixtures are local: measure the engine, not the one-request-per-host politeness slot
        env.put("TAD_HOST_CONCURRENCY", System.getProperty("tad.bench.host.concurrency", "1"));
        env.put("TAD_INSTAGRAM_PER_MINUTE", "0");
        env.put("TAD_CRAWL_CONCURRENCY", Integer.toString(concurrency));
        return env;
    }

    private static BenchResult viaCli(String label, Map<String, String> env, PrintStream log, SyntheticCity city,
                                      int concurrency, long start, JvmGauges gauges) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), log, env, "crawl",
                "--bbox", city.shape().bboxArgument(), "--label", CityShape.LABEL);
        double endToEnd = (System.nanoTime() - start) / 1e9;
        String summary = out.toString(StandardCharsets.UTF_8);
        log.println(summary);
        if (code != 0) {
            throw new IllegalStateException("tad crawl exited with " + code + "; see " + label + ".log");
        }
        long stored = number(summary, "new") + number(summary, "updated") + number(summary, "unchanged");
        Matcher duration = DURATION.matcher(summary);
        double crawl = duration.find() ? Double.parseDouble(duration.group(1)) : Double.NaN;
        SyntheticCity.Traffic traffic = city.traffic();
        return new BenchResult(label, concurrency, stored, number(summary, "failed"), traffic,
                traffic.profilePhaseSeconds(), crawl, endToEnd, gauges.read());
    }

    private static BenchResult imageless(String label, Map<String, String> env, SyntheticCity city, int concurrency,
                                         long start, JvmGauges gauges) throws Exception {
        ImagelessCrawl.Outcome outcome = ImagelessCrawl.run(env, label.contains("memory-store"));
        double endToEnd = (System.nanoTime() - start) / 1e9;
        CrawlReport r = outcome.report();
        SyntheticCity.Traffic traffic = city.traffic();
        return new BenchResult(label, concurrency, r.artistsNew() + r.artistsUpdated() + r.artistsUnchanged(),
                r.failed(), traffic, traffic.profilePhaseSeconds(),
                r.duration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN), endToEnd, gauges.read());
    }

    private static long number(String summary, String key) {
        Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(key) + ":\\s+(\\d+)").matcher(summary);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}

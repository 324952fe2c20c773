package tad.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tad.bootstrap.Bootstrap;
import tad.cli.schedule.CrawlSchedule;
import tad.cli.schedule.Every;
import tad.cli.schedule.ScheduledCrawls;
import tad.core.domain.CrawlReport;
import tad.core.pipeline.CrawlLease;
import tad.core.pipeline.CrawlPipeline;
import tad.core.pipeline.CrawlProgress;
import tad.plugin.SearchArea;

/**
 * `tad serve --port N [--crawl CITY[,CITY...] --every 24h]`: the directory's API and web app over the configured
 * store and index, and optionally the daily crawl of some cities in the background (docs/operations.md).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the directory: the /api endpoints and the web app (TAD_SERVE_WEB_DIR); with --crawl, "
                + "crawl those cities in the background on a schedule.")
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    private final Environment environment;
    @Mixin
    ConfigOptions options;
    @Option(names = "--port", description = "Port to listen on (default: serve.port, 8080; 0 = any free port).")
    Integer port;
    @Option(names = "--crawl", split = ",", paramLabel = "CITY",
            description = "Cities to crawl in the background, one after another: at start, unless a completed run "
                    + "of the city is younger than --every, and then every --every (`tad crawls` lists the runs).")
    List<String> crawl;
    @Option(names = "--every", paramLabel = "DURATION",
            description = "How often --crawl runs: a whole number of minutes, hours or days (30m, 24h, 1d; default 24h).")
    String every;

    ServeCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port != null && (port < 0 || port > 65535)) {
            throw new UsageException("--port must be between 0 and 65535");
        }
        List<SearchArea> areas = crawl == null ? List.of() : crawl.stream().map(String::strip)
                .map(name -> Cities.area(name, "--crawl takes the cities of the bundled gazetteer"))
                .distinct().toList();
        Every interval = interval();
        Bootstrap boot = options.bootstrap(environment);
        int listen = port == null ? boot.config().serve().port() : port;
        var server = ServeRunner.start(boot, environment, listen);
        if (!areas.isEmpty()) {
            CrawlSchedule schedule = new CrawlSchedule(areas, interval, boot.clock(), boot.crawlRuns(),
                    area -> leased(boot, area));
            environment.out().println("tad: crawling " + String.join(", ", areas.stream().map(SearchArea::city)
                    .toList()) + " every " + interval + " in the background (logs: " + boot.dataDir()
                    .resolve("logs") + ")");
            environment.closeLater(ScheduledCrawls.start(schedule, boot.clock(), environment.out(), environment.err()));
        }
        ServeRunner.awaitShutdown(environment, server);
        return 0;
    }

    /** A scheduled crawl takes the area's lease as `tad crawl` does: never beside another crawl of the area. */
    private static CrawlReport leased(Bootstrap boot, SearchArea area) throws Exception {
        try (CrawlLease lease = CrawlLease.take(boot.crawlLeases(), area.city(), boot.clock())) {
            return new CrawlPipeline(boot.crawlDependencies(), CrawlProgress.SILENT).run(area);
        } catch (CrawlLease.Held held) {
            throw new CrawlSchedule.AlreadyRunning(held.getMessage());
        }
    }

    private Every interval() {
        if (every == null) {
            return Every.parse("24h");
        }
        if (crawl == null) {
            throw new UsageException("--every needs --crawl CITY[,CITY...]");
        }
        try {
            return Every.parse(every);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--every: " + e.getMessage());
        }
    }
}

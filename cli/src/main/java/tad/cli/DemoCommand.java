package tad.cli;

import java.util.HashMap;
import tad.bootstrap.Bootstrap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tad.core.domain.CrawlReport;
import tad.core.sync.IndexFollower;
import tad.core.geo.Gazetteer;
import tad.core.pipeline.CrawlFatalException;
import tad.core.pipeline.CrawlPipeline;
import tad.samplecity.GraphServer;
import tad.samplecity.SampleCityServer;

/**
 * `tad demo`: the whole system on one machine. Serves the fictional sample city, crawls it into the data directory
 * the first time (later starts reuse the data), and serves the directory.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Crawl the bundled fictional sample city (first run only) and serve the directory.")
final class DemoCommand implements java.util.concurrent.Callable<Integer> {
    private final Environment environment;
    @Mixin
    ConfigOptions options;
    @Option(names = "--port", defaultValue = "8080", description = "Port to serve on (default ${DEFAULT-VALUE}).")
    int port;
    @Option(names = "--recrawl", description = "Crawl the sample city again even if the data directory has a crawl.")
    boolean recrawl;

    DemoCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws CrawlFatalException, InterruptedException {
        SampleCityServer city = environment.closeLater(SampleCityServer.start());
        Map<String, String> imposed = new HashMap<>();
        imposed.put("places.url", city.placesUri().toString());
        imposed.put("instagram.url", city.instagramUri().toString());
        imposed.put("google.api.key", SampleCityServer.API_KEY);
        // the default profile source, against the sample city's Graph API look-alike
        imposed.put("plugin.instagram-graph.url", city.graphUri().toString());
        imposed.put("plugin.instagram-graph.access-token", GraphServer.ACCESS_TOKEN);
        imposed.put("plugin.instagram-graph.user-id", GraphServer.USER_ID);
        imposed.put("plugin.instagram-graph.per-hour", "0");
        // everything is on this machine: keep politeness real but short
        imposed.putIfAbsent("host.delay.ms", "50");
        imposed.put("instagram.per.minute", "0");
        Bootstrap boot = options.bootstrap(environment, imposed);
        var area = Gazetteer.bundled().find("leeds").orElseThrow().toArea();
        boolean crawled = boot.crawlRuns().recentReports(20).stream()
                .anyMatch(r -> r.area().equals(area.city()) && r.status() == CrawlReport.Status.COMPLETED);
        if (recrawl || !crawled) {
            environment.out().println("tad: crawling the sample city into " + boot.dataDir().toAbsolutePath());
            Progress progress = new Progress(environment.out(), System.console() != null);
            CrawlReport report = new CrawlPipeline(boot.crawlDependencies(), progress).run(area);
            progress.finish();
            new CrawlSummary(environment.out()).print(report);
        } else {
            environment.out().println("tad: using the sample city already crawled into "
                    + boot.dataDir().toAbsolutePath() + " (--recrawl to crawl again)");
        }
        boot.indexFollower().ifPresent(IndexFollower::catchUp);
        if (boot.config().serve().webDir().isEmpty()) {
            environment.err().println("tad: warning: no web app build (TAD_SERVE_WEB_DIR); serving the API only");
        }
        ServeRunner.awaitShutdown(environment, ServeRunner.start(boot, environment, port));
        return 0;
    }
}

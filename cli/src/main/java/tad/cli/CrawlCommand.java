package tad.cli;

import picocli.CommandLine.ArgGroup;
import tad.bootstrap.Bootstrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tad.core.domain.ProfileAges;
import tad.core.metrics.TadMetrics;
import tad.core.pipeline.ProfileAgeCensus;
import tad.core.domain.CrawlReport;
import tad.core.pipeline.CrawlFatalException;
import tad.core.pipeline.CrawlLease;
import tad.core.pipeline.CrawlPipeline;
import tad.core.pipeline.QueuedCrawl;
import tad.cli.worker.CrawlEnqueue;
import tad.plugin.BoundingBox;
import tad.plugin.SearchArea;

/** `tad crawl --city leeds`: the operators' main job. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Crawl a city (or any box): studios, their artists, profiles and styles, into the store.")
final class CrawlCommand implements java.util.concurrent.Callable<Integer> {
    private final Environment environment;

    @Mixin
    ConfigOptions options;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    static final class Where {
        @Option(names = "--city", paramLabel = "NAME", description = "A UK city from the bundled gazetteer.")
        String city;

        @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Any area: west,south,east,north in degrees.")
        String bbox;
    }

    @Option(names = "--label", paramLabel = "NAME", description = "City name recorded for a --bbox crawl (default: the box).")
    String label;

    @Option(names = "--enqueue", description = "Discover studios, then queue one job per studio for `tad worker` "
            + "(TAD_QUEUE_URL) instead of crawling here.")
    boolean enqueue;

    @Option(names = "--finish", paramLabel = "RUN_ID|latest", description = "Close a queued run once its queue has "
            + "drained: stale marking, retention, the completed report ('latest': the area's unfinished run).")
    String finish;

    @Option(names = "--publish-metrics", description = "Once the run is completed, publish the directory's profile "
            + "ages to CloudWatch (" + TadMetrics.NAMESPACE + "/ServedProfiles*; region from AWS_REGION).")
    boolean publishMetrics;

    CrawlCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws CrawlFatalException {
        SearchArea area = area();
        Bootstrap boot = options.bootstrap(environment);
        if (finish != null) {
            String runId = finish.equals("latest") ? boot.crawlRuns().unfinished(area.city()).map(r -> r.runId())
                    .orElseThrow(() -> new CrawlFatalException("no unfinished crawl run for " + area.city())) : finish;
            new CrawlSummary(environment.out()).print(new QueuedCrawl(boot.crawlDependencies()).finish(runId, area));
            publishAges(boot);
            return 0;
        }
        if (enqueue) {
            QueuedCrawl.Started run = new QueuedCrawl(boot.crawlDependencies()).start(area);
            CrawlEnqueue.enqueue(boot.jobQueue(), run.runId(), area.city(), area.country(), run.studioIds(),
                    new java.io.PrintWriter(environment.out(), true));
            return 0;
        }
        CrawlReport report;
        // one crawl of an area at a time; a crawl killed outright is recognised by its lapsed lease and resumed
        try (CrawlLease lease = CrawlLease.take(boot.crawlLeases(), area.city(), boot.clock())) {
            Progress progress = new Progress(environment.out(), System.console() != null);
            CrawlPipeline pipeline = new CrawlPipeline(boot.crawlDependencies(), progress);
            report = pipeline.run(area);
            progress.finish();
        }
        new CrawlSummary(environment.out()).print(report);
        // embedded: the data server follows the store's stream; wait until it applied this crawl's changes
        boot.indexFollower().ifPresent(follower -> {
            follower.catchUp();
            environment.out().println("  index:                " + boot.searchReader().count() + " artists searchable");
        });
        publishAges(boot);
        return 0;
    }

    /** The whole directory's ages, not the run's city: the metrics have no dimensions, one figure per account. */
    private void publishAges(Bootstrap boot) {
        if (publishMetrics) {
            ProfileAges ages = new ProfileAgeCensus(boot.artistStore(), boot.clock()).countAll();
            boot.metricPublisher().publishCounts(TadMetrics.profileAges(ages));
            environment.out().println("published " + TadMetrics.NAMESPACE + "/ServedProfiles*: " + ages.total()
                    + " served, " + ages.olderThan48h() + " older than 48 h");
        }
    }

    private SearchArea area() {
        if (where.bbox != null) {
            BoundingBox box;
            try {
                box = BoundingBox.parse(where.bbox);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--bbox: " + e.getMessage());
            }
            return new SearchArea(label == null ? "bbox " + box : label, "GB", box);
        }
        return Cities.area(where.city, "use --bbox for an area outside the gazetteer");
    }
}

package tad.cli;

import tad.bootstrap.Bootstrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tad.core.domain.CrawlReport;
import tad.core.domain.ProfileAges;
import tad.core.pipeline.CrawlLease;

/** `tad crawls`: recent crawl runs, newest first. */
@Command(name = "crawls", mixinStandardHelpOptions = true, description = "List recent crawl runs.")
final class CrawlsCommand implements Runnable {
    private final Environment environment;
    @Mixin
    ConfigOptions options;
    @Option(names = "--limit", defaultValue = "10", description = "How many runs (default ${DEFAULT-VALUE}).")
    int limit;

    CrawlsCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        if (limit < 1 || limit > 1000) {
            throw new UsageException("--limit must be between 1 and 1000");
        }
        Bootstrap boot = options.bootstrap(environment);
        var reports = boot.crawlRuns().recentReports(limit);
        environment.out().printf("%-36s  %-10s  %-11s  %-20s  %7s  %7s  %7s  %-17s  %6s  %-22s  %8s  %s%n", "RUN",
                "AREA", "STATUS", "STARTED", "STUDIOS", "NO SITE", "ARTISTS", "PAGES CHG/UNCHG", "FAILED",
                "AGES <24H/48H/7D/OLDER", ">48H", "DURATION");
        for (CrawlReport r : reports) {
            ProfileAges ages = r.profileAges();
            environment.out().printf("%-36s  %-10s  %-11s  %-20s  %7d  %7d  %7d  %-17s  %6d  %-22s  %8d  %s%n",
                    r.runId(), r.area(), status(boot, r), r.startedAt().toString().substring(0, 19) + "Z",
                    r.studiosFound(), r.studiosWithoutWebsite(), r.artistsFound(),
                    r.sitePages().changed() + "/" + r.sitePages().unchanged(), r.failed(),
                    ages.under24h() + "/" + ages.under48h() + "/" + ages.under7d() + "/" + ages.older(),
                    ages.olderThan48h(), r.duration().map(d -> d.toSeconds() + " s").orElse("-"));
        }
        if (reports.isEmpty()) {
            environment.out().println("no crawl runs yet");
        }
    }

    /**
     * A RUNNING run whose crawl was killed outright (its area's lease lapsed, or names a process that is gone) is
     * INTERRUPTED: the next crawl of the area resumes it. A queued run holds no lease and shows as stored.
     */
    private static CrawlReport.Status status(Bootstrap boot, CrawlReport r) {
        if (r.status() != CrawlReport.Status.RUNNING) {
            return r.status();
        }
        return boot.crawlLeases().current(r.area()).filter(lease -> CrawlLease.gone(lease, boot.clock()))
                .map(gone -> CrawlReport.Status.INTERRUPTED).orElse(r.status());
    }
}

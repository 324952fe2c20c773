package tad.cli;

import java.io.PrintStream;
import tad.core.domain.CrawlReport;

/** The end-of-crawl summary an operator reads. */
final class CrawlSummary {
    private final PrintStream out;

    CrawlSummary(PrintStream out) {
        this.out = out;
    }

    void print(CrawlReport r) {
        out.println("crawl " + r.runId() + " of " + r.area() + ": " + r.status().name().toLowerCase(java.util.Locale.ROOT)
                + r.duration().map(d -> " in " + d.toMillis() / 1000.0 + " s").orElse(""));
        out.println("  studios found:        " + r.studiosFound() + " (" + r.placesRequests() + " Places requests)");
        out.println("  sites crawled:        " + r.sitesCrawled());
        out.println("  artists found:        " + r.artistsFound());
        out.println("    new:                " + r.artistsNew());
        out.println("    updated:            " + r.artistsUpdated());
        out.println("    unchanged:          " + r.artistsUnchanged());
        out.println("    skipped denylisted: " + r.skippedDenylisted());
        out.println("    marked stale:       " + r.artistsStale());
        out.println("  failed:               " + r.failed());
        r.failuresByReason().forEach((reason, count) -> out.println("    " + reason.toLowerCase(java.util.Locale.ROOT)
                + ": " + count));
    }
}

package tad.cli;

import java.io.PrintStream;
import tad.core.domain.CrawlReport;
import tad.core.domain.ProfileAges;

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
        out.println("    without a website:  " + r.studiosWithoutWebsite()
                + " (no site to find artists on; not a failure)");
        out.println("  sites crawled:        " + r.sitesCrawled());
        out.println("    pages changed:      " + r.sitePages().changed()
                + " (fetched in full: new, changed, or not remembered)");
        out.println("    pages unchanged:    " + r.sitePages().unchanged() + " (304 Not Modified or same content)");
        out.println("  artists found:        " + r.artistsFound());
        out.println("    new:                " + r.artistsNew());
        out.println("    updated:            " + r.artistsUpdated());
        out.println("    unchanged:          " + r.artistsUnchanged());
        out.println("    skipped denylisted: " + r.skippedDenylisted());
        out.println("    marked stale:       " + r.artistsStale());
        ProfileAges ages = r.profileAges();
        out.println("  served profiles:      " + ages.total() + " (fetched <24 h: " + ages.under24h() + ", 24-48 h: "
                + ages.under48h() + ", 2-7 d: " + ages.under7d() + ", >7 d: " + ages.older() + ", never: "
                + ages.neverFetched() + ")");
        out.println("    older than 48 h:    " + ages.olderThan48h());
        out.println("  failed:               " + r.failed());
        r.failuresByReason().forEach((reason, count) -> out.println("    " + reason.toLowerCase(java.util.Locale.ROOT)
                + ": " + count));
    }
}

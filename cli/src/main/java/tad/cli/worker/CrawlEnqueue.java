package tad.cli.worker;

import java.io.PrintWriter;
import java.util.Collection;
import tad.core.queue.JobQueue;
import tad.core.queue.StudioJobs;

/**
 * The producer half of a distributed crawl, for {@code tad crawl --city X --enqueue}: the crawl command runs
 * discovery as usual (studios upserted, the run saved as RUNNING), then calls this instead of crawling the studios
 * itself. Workers do the rest; the Step Functions workflow waits for the queue to drain.
 */
public final class CrawlEnqueue {
    private CrawlEnqueue() {
    }

    /** One studio job per discovered studio; prints one line and returns how many jobs were sent. */
    public static int enqueue(JobQueue queue, String runId, String city, String country,
                              Collection<String> studioIds, PrintWriter out) {
        int sent = StudioJobs.enqueue(queue, runId, city, country, studioIds);
        out.println("enqueued " + sent + " studio jobs for " + city + " (run " + runId
                + "); `tad worker` processes them");
        out.flush();
        return sent;
    }
}

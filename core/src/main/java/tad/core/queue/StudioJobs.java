package tad.core.queue;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The producer side of {@code tad crawl --enqueue}: after discovery, one {@link CrawlJob.StudioJob} per studio of
 * the run. Duplicate studio ids are sent once; sending the same run again is harmless (the studio's progress mark).
 */
public final class StudioJobs {
    private StudioJobs() {
    }

    /** Sends the jobs and returns how many were sent. */
    public static int enqueue(JobSink queue, String runId, String city, String country,
                              Collection<String> studioIds) {
        Set<String> unique = new LinkedHashSet<>(studioIds);
        for (String studioId : unique) {
            queue.send(new CrawlJob.StudioJob(runId, studioId, city, country));
        }
        return unique.size();
    }
}

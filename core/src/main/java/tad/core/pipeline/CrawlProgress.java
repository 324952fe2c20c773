package tad.core.pipeline;

/** Hears about a crawl while it runs; the CLI draws a progress bar or writes periodic lines. */
public interface CrawlProgress {

    /** A run that was interrupted (killed, crashed) is being continued rather than started afresh. */
    void resumed(String runId, java.time.Instant startedAt);

    void studiosDiscovered(int count, int requests);

    void studioFinished(int done, int total);

    void artistFinished(String outcome);

    /** The profile of one more of the run's artists has been handled (fetched, failed or linked). */
    default void profileFinished(int done, int total) {
    }

    CrawlProgress SILENT = new CrawlProgress() {
        @Override
        public void resumed(String runId, java.time.Instant startedAt) {
        }

        @Override
        public void studiosDiscovered(int count, int requests) {
        }

        @Override
        public void studioFinished(int done, int total) {
        }

        @Override
        public void artistFinished(String outcome) {
        }
    };
}

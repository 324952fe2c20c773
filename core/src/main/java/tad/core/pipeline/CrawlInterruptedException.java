package tad.core.pipeline;

/** The crawl was stopped (a signal) before it finished; its run is saved as interrupted and resumes next time. */
public final class CrawlInterruptedException extends CrawlFatalException {
    private final String runId;

    public CrawlInterruptedException(String runId) {
        super("the crawl was interrupted; run " + runId + " is saved and the next crawl of the area resumes it");
        this.runId = runId;
    }

    public String runId() {
        return runId;
    }
}

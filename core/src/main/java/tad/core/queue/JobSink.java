package tad.core.queue;

/** Where jobs are sent. Handlers get one to enqueue follow-up jobs (a studio's artists become profile jobs). */
@FunctionalInterface
public interface JobSink {
    void send(CrawlJob job);
}

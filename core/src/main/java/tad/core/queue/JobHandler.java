package tad.core.queue;

/**
 * Does one crawl job; implemented on top of the crawl pipeline and run by {@code tad worker}.
 *
 * <p>The contract the worker relies on:
 * <ul>
 *   <li>Return normally when the job is done (including "nothing to do": a denylisted handle, a unit already marked
 *       done in this run). The worker acks it.</li>
 *   <li>Throw {@link PoisonJobException} when retrying cannot help (the studio no longer exists in the store, the
 *       run is unknown). The worker dead-letters the job at once with the message as the reason.</li>
 *   <li>Any other exception is taken as transient (a throttled host, the store briefly unavailable): the worker
 *       releases the job with a growing delay, and the queue dead-letters it after its maximum receives.</li>
 *   <li>Be idempotent: the same job may arrive twice, even concurrently on two workers. Per-item failures of a
 *       crawl (a profile not found, a site that times out) are recorded in the store as the pipeline does and are
 *       not exceptions here: the job itself succeeded.</li>
 * </ul>
 * A studio job's handler sends one {@link CrawlJob.ProfileJob} per allowed candidate to {@code followUps}.
 */
@FunctionalInterface
public interface JobHandler {

    void handle(CrawlJob job, JobSink followUps) throws Exception;
}

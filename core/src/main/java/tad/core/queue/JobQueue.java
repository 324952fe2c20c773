package tad.core.queue;

import java.time.Duration;
import java.util.List;

/**
 * The crawl job queue: at-least-once delivery, visibility timeouts, a dead-letter queue after {@link #maxReceives()}
 * receives. Order is not guaranteed. Adapters: {@link InMemoryJobQueue} (the embedded default) and the SQS adapter
 * in tad-queue-sqs; both pass {@code JobQueueContract}.
 */
public interface JobQueue extends JobSink {

    /**
     * Up to {@code max} jobs, each hidden from other consumers for {@code visibilityTimeout}. May return fewer, or
     * none (an adapter may wait a little first, as SQS long polling does). Messages that are not crawl jobs are
     * moved to the dead letters with the reason and never returned.
     */
    List<Delivery> receive(int max, Duration visibilityTimeout);

    /** The job is done: it is removed for good. */
    void ack(Delivery delivery);

    /**
     * The job is still being worked on: keep it hidden for another {@code visibilityTimeout} from now, so a job
     * that runs longer than its first timeout (a slow site with a large Crawl-delay) is not started again elsewhere.
     */
    void extend(Delivery delivery, Duration visibilityTimeout);

    /** The job failed for now: it becomes visible again after {@code delay} (zero: at once) for another try. */
    void release(Delivery delivery, Duration delay);

    /** The job can never succeed: it goes straight to the dead letters with the reason, whatever its count. */
    void deadLetter(Delivery delivery, String reason);

    /** What is in the dead-letter queue now (at most a few hundred, for reports and tests). */
    List<DeadLetter> deadLetters();

    /** How many receives a job gets before the queue dead-letters it. */
    int maxReceives();
}

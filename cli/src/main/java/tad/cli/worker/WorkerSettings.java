package tad.cli.worker;

import java.time.Duration;
import java.util.Optional;

/**
 * How a worker consumes the queue.
 *
 * @param maxJobs           stop after this many jobs (any outcome); empty: no limit
 * @param idleExit          stop when no job arrived for this long; empty: run until stopped
 * @param visibilityTimeout how long a received job stays hidden from other workers; renewed every half timeout
 *                          while the job runs, so it bounds how soon a crashed worker's job is retried
 * @param retryBase         the first retry delay after a transient failure; it doubles per receive
 * @param retryMax          the longest retry delay
 * @param idlePause         the pause after an empty receive (SQS already long-polls; the in-memory queue does not)
 */
public record WorkerSettings(Optional<Integer> maxJobs, Optional<Duration> idleExit, Duration visibilityTimeout,
                             Duration retryBase, Duration retryMax, Duration idlePause) {

    /** Defaults that match the deployed queue (5-minute visibility timeout, 5 receives). */
    public static WorkerSettings defaults() {
        return new WorkerSettings(Optional.empty(), Optional.empty(), Duration.ofMinutes(5), Duration.ofSeconds(30),
                Duration.ofMinutes(15), Duration.ofSeconds(1));
    }

    public WorkerSettings withLimits(Optional<Integer> maxJobs, Optional<Duration> idleExit) {
        return new WorkerSettings(maxJobs, idleExit, visibilityTimeout, retryBase, retryMax, idlePause);
    }

    /** Exponential backoff by receive count: base, 2 x base, 4 x base ... capped at {@link #retryMax}. */
    public Duration retryDelay(int receiveCount) {
        int doublings = Math.clamp(receiveCount - 1, 0, 20);
        Duration delay = retryBase.multipliedBy(1L << doublings);
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }
}

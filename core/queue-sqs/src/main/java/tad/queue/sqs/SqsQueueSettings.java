package tad.queue.sqs;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the jobs queue is and how to poll it.
 *
 * @param queueUrl           TAD_QUEUE_URL: the jobs queue; it must have a redrive policy (the dead-letter queue and
 *                           the maximum receives come from it)
 * @param deadLetterQueueUrl TAD_QUEUE_DLQ_URL: only needed when the dead-letter queue cannot be found from the
 *                           redrive policy (another account)
 * @param receiveWait        TAD_QUEUE_WAIT_SECONDS: long polling, 0 to 20 seconds; 20 makes an idle worker cheap
 */
public record SqsQueueSettings(URI queueUrl, Optional<URI> deadLetterQueueUrl, Duration receiveWait) {
    public SqsQueueSettings {
        if (receiveWait.isNegative() || receiveWait.compareTo(Duration.ofSeconds(20)) > 0) {
            throw new IllegalArgumentException("receive wait must be 0 to 20 seconds (SQS long polling), was "
                    + receiveWait.toSeconds());
        }
    }

    public static SqsQueueSettings of(URI queueUrl) {
        return new SqsQueueSettings(queueUrl, Optional.empty(), Duration.ofSeconds(20));
    }
}

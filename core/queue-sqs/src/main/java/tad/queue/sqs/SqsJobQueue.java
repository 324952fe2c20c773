package tad.queue.sqs;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tad.core.queue.CrawlJob;
import tad.core.queue.CrawlJobCodec;
import tad.core.queue.DeadLetter;
import tad.core.queue.Delivery;
import tad.core.queue.JobQueue;
import tad.core.queue.MalformedJobException;

/**
 * The job queue on Amazon SQS (a standard queue with a redrive policy). Retries and dead-lettering after too many
 * receives are SQS's own redrive; the worker only adds two moves SQS cannot make by itself: a malformed message and a
 * job the handler declares poison go to the dead-letter queue at once, with the reason as a message attribute.
 */
public final class SqsJobQueue implements JobQueue {
    private static final Logger LOG = LoggerFactory.getLogger(SqsJobQueue.class);
    /** The message attribute that says why the worker dead-lettered a message (absent: SQS's redrive moved it). */
    static final String REASON_ATTRIBUTE = "TadDeadLetterReason";
    private static final int SQS_MAX_BATCH = 10;
    /** Enough for an exception message; SQS would take 256 KiB, but a reason is for a person to read. */
    private static final int MAX_REASON_CHARS = 2000;
    private static final Duration SQS_MAX_VISIBILITY = Duration.ofHours(12);

    private final SqsClient sqs;
    private final String queueUrl;
    private final String deadLetterUrl;
    private final int maxReceives;
    private final int waitSeconds;

    private SqsJobQueue(SqsClient sqs, String queueUrl, String deadLetterUrl, int maxReceives, int waitSeconds) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.deadLetterUrl = deadLetterUrl;
        this.maxReceives = maxReceives;
        this.waitSeconds = waitSeconds;
    }

    /**
     * Reads the queue's redrive policy (its dead-letter queue and maximum receives) and returns the queue. A queue
     * without one is refused: without a dead-letter queue a poison job would be retried until it expires.
     */
    public static SqsJobQueue connect(SqsClient sqs, SqsQueueSettings settings) {
        String url = settings.queueUrl().toString();
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(url)
                .attributeNames(QueueAttributeName.REDRIVE_POLICY)).attributes();
        String policyJson = attributes.get(QueueAttributeName.REDRIVE_POLICY);
        if (policyJson == null || policyJson.isBlank()) {
            throw new IllegalStateException("queue " + url + " has no redrive policy: tad needs a dead-letter queue "
                    + "(see docs/distributed.md)");
        }
        RedrivePolicy policy = RedrivePolicy.parse(policyJson);
        String deadLetterUrl = settings.deadLetterQueueUrl().map(URI::toString).orElseGet(() ->
                sqs.getQueueUrl(b -> {
                    b.queueName(policy.queueName());
                    if (!policy.accountId().isEmpty()) {
                        b.queueOwnerAWSAccountId(policy.accountId());
                    }
                }).queueUrl());
        return new SqsJobQueue(sqs, url, deadLetterUrl, policy.maxReceiveCount(),
                (int) settings.receiveWait().toSeconds());
    }

    @Override
    public void send(CrawlJob job) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(CrawlJobCodec.encode(job)));
    }

    @Override
    public List<Delivery> receive(int max, Duration visibilityTimeout) {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                .maxNumberOfMessages(Math.clamp(max, 1, SQS_MAX_BATCH))
                .visibilityTimeout(seconds(visibilityTimeout))
                .waitTimeSeconds(waitSeconds)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
        List<Delivery> out = new ArrayList<>(messages.size());
        for (Message m : messages) {
            try {
                out.add(new Delivery(CrawlJobCodec.decode(m.body()), m.receiptHandle(), receiveCount(m)));
            } catch (MalformedJobException e) {
                LOG.warn("dead-lettering malformed message {}: {}", m.messageId(), e.getMessage());
                moveToDeadLetters(m.body(), m.receiptHandle(), "malformed message: " + e.getMessage());
            }
        }
        return out;
    }

    @Override
    public void ack(Delivery delivery) {
        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(delivery.receipt()));
    }

    @Override
    public void extend(Delivery delivery, Duration visibilityTimeout) {
        changeVisibility(delivery, visibilityTimeout);
    }

    @Override
    public void release(Delivery delivery, Duration delay) {
        changeVisibility(delivery, delay);
    }

    /** Both extending and releasing set the job's visibility timeout counted from now; zero makes it visible. */
    private void changeVisibility(Delivery delivery, Duration delay) {
        sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(delivery.receipt())
                .visibilityTimeout(seconds(delay)));
    }

    @Override
    public void deadLetter(Delivery delivery, String reason) {
        moveToDeadLetters(CrawlJobCodec.encode(delivery.job()), delivery.receipt(), reason);
    }

    @Override
    public List<DeadLetter> deadLetters() {
        return new DeadLetterPeek(sqs, deadLetterUrl, REASON_ATTRIBUTE, DeadLetter.tooManyReceives(maxReceives))
                .all();
    }

    @Override
    public int maxReceives() {
        return maxReceives;
    }

    SqsClient sqsForTests() {
        return sqs;
    }

    String queueUrlForTests() {
        return queueUrl;
    }

    /** Copy first, delete second: a crash in between leaves a duplicate dead letter, never a lost message. */
    private void moveToDeadLetters(String body, String receipt, String reason) {
        // SQS refuses an empty attribute value
        String text = reason == null || reason.isBlank() ? "no reason given"
                : reason.length() > MAX_REASON_CHARS ? reason.substring(0, MAX_REASON_CHARS) : reason;
        sqs.sendMessage(b -> b.queueUrl(deadLetterUrl).messageBody(body).messageAttributes(Map.of(REASON_ATTRIBUTE,
                MessageAttributeValue.builder().dataType("String").stringValue(text).build())));
        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(receipt));
    }

    private static int receiveCount(Message m) {
        String count = m.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
        return count == null ? 1 : Integer.parseInt(count);
    }

    /** SQS counts visibility in whole seconds, up to 12 hours; round up so a timeout is never shorter than asked. */
    private static int seconds(Duration d) {
        Duration capped = d.compareTo(SQS_MAX_VISIBILITY) > 0 ? SQS_MAX_VISIBILITY : d;
        long s = capped.toSeconds() + (capped.toNanosPart() > 0 ? 1 : 0);
        return (int) Math.max(0, s);
    }
}

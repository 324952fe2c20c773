package tad.queue.sqs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import tad.core.queue.CrawlJob;
import tad.core.queue.CrawlJobCodec;
import tad.core.queue.DeadLetter;
import tad.core.queue.MalformedJobException;

/**
 * Lists the dead-letter queue without consuming it. SQS has no "peek": messages are received (hidden briefly, so
 * each round returns new ones) and made visible again at the end, so a report leaves the queue as it found it.
 */
final class DeadLetterPeek {
    private static final int LIMIT = 500;
    private static final int HIDE_SECONDS = 30;

    private final SqsClient sqs;
    private final String url;
    private final String reasonAttribute;
    private final String redriveReason;

    DeadLetterPeek(SqsClient sqs, String url, String reasonAttribute, String redriveReason) {
        this.sqs = sqs;
        this.url = url;
        this.reasonAttribute = reasonAttribute;
        this.redriveReason = redriveReason;
    }

    List<DeadLetter> all() {
        Map<String, Message> seen = new LinkedHashMap<>();
        try {
            while (seen.size() < LIMIT) {
                List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)
                        .visibilityTimeout(HIDE_SECONDS).waitTimeSeconds(0).messageAttributeNames("All")).messages();
                int before = seen.size();
                batch.forEach(m -> seen.putIfAbsent(m.messageId(), m));
                if (seen.size() == before) {
                    break;
                }
            }
        } finally {
            seen.values().forEach(m -> sqs.changeMessageVisibility(b -> b.queueUrl(url)
                    .receiptHandle(m.receiptHandle()).visibilityTimeout(0)));
        }
        List<DeadLetter> out = new ArrayList<>(seen.size());
        for (Message m : seen.values()) {
            MessageAttributeValue reason = m.messageAttributes().get(reasonAttribute);
            out.add(new DeadLetter(m.body(), decodeQuietly(m.body()),
                    reason == null ? redriveReason : reason.stringValue()));
        }
        return out;
    }

    private static Optional<CrawlJob> decodeQuietly(String body) {
        try {
            return Optional.of(CrawlJobCodec.decode(body));
        } catch (MalformedJobException e) {
            return Optional.empty();
        }
    }

}

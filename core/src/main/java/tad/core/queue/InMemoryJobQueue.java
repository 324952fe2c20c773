package tad.core.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded default: a job queue in this process's memory with SQS's semantics (visibility timeouts, receive
 * counts, a dead-letter list after {@code maxReceives}), so the worker loop behaves the same here as on AWS. Jobs
 * are kept as JSON bodies and decoded on receive, exactly as the SQS adapter does. Thread-safe; time comes from the
 * given clock so tests can move it.
 */
public final class InMemoryJobQueue implements JobQueue {
    private final Clock clock;
    private final int maxReceives;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Message> messages = new LinkedHashMap<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();

    public InMemoryJobQueue(Clock clock, int maxReceives) {
        if (maxReceives < 1) {
            throw new IllegalArgumentException("maxReceives must be at least 1, was " + maxReceives);
        }
        this.clock = clock;
        this.maxReceives = maxReceives;
    }

    private static final class Message {
        final String body;
        int receiveCount;
        Instant visibleAt;

        Message(String body, Instant visibleAt) {
            this.body = body;
            this.visibleAt = visibleAt;
        }
    }

    @Override
    public void send(CrawlJob job) {
        sendRaw(CrawlJobCodec.encode(job));
    }

    /** Puts a raw body on the queue, as a person with queue access could; for tests of malformed messages. */
    public synchronized void sendRaw(String body) {
        messages.put(ids.incrementAndGet(), new Message(body, clock.instant()));
    }

    @Override
    public synchronized List<Delivery> receive(int max, Duration visibilityTimeout) {
        Instant now = clock.instant();
        List<Delivery> out = new ArrayList<>();
        var it = messages.entrySet().iterator();
        while (it.hasNext() && out.size() < max) {
            var entry = it.next();
            Message m = entry.getValue();
            if (m.visibleAt.isAfter(now)) {
                continue;
            }
            if (m.receiveCount >= maxReceives) {
                // like an SQS redrive policy: the receive after the last allowed one moves the message instead
                it.remove();
                deadLetters.add(new DeadLetter(m.body, decodeQuietly(m.body),
                        DeadLetter.tooManyReceives(maxReceives)));
                continue;
            }
            CrawlJob job;
            try {
                job = CrawlJobCodec.decode(m.body);
            } catch (MalformedJobException e) {
                it.remove();
                deadLetters.add(new DeadLetter(m.body, Optional.empty(), "malformed message: " + e.getMessage()));
                continue;
            }
            m.receiveCount++;
            m.visibleAt = now.plus(visibilityTimeout);
            out.add(new Delivery(job, entry.getKey() + ":" + m.receiveCount, m.receiveCount));
        }
        return out;
    }

    @Override
    public synchronized void ack(Delivery delivery) {
        current(delivery).ifPresent(id -> messages.remove(id));
    }

    @Override
    public synchronized void extend(Delivery delivery, Duration visibilityTimeout) {
        current(delivery).ifPresent(id -> messages.get(id).visibleAt = clock.instant().plus(visibilityTimeout));
    }

    @Override
    public synchronized void release(Delivery delivery, Duration delay) {
        current(delivery).ifPresent(id -> messages.get(id).visibleAt = clock.instant().plus(delay));
    }

    @Override
    public synchronized void deadLetter(Delivery delivery, String reason) {
        current(delivery).ifPresent(id -> {
            Message m = messages.remove(id);
            deadLetters.add(new DeadLetter(m.body, Optional.of(delivery.job()), reason));
        });
    }

    @Override
    public synchronized List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }

    @Override
    public int maxReceives() {
        return maxReceives;
    }

    /** Visible plus in-flight jobs, as the Step Functions workflow counts them to know the crawl is drained. */
    public synchronized int size() {
        return messages.size();
    }

    /**
     * The message a receipt names, if that receipt is still the latest one: a worker whose visibility timeout ran
     * out must not ack or release the job another worker now holds (SQS ignores such stale receipts too).
     */
    private Optional<Long> current(Delivery delivery) {
        String[] parts = delivery.receipt().split(":", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        long id;
        int count;
        try {
            id = Long.parseLong(parts[0]);
            count = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Message m = messages.get(id);
        return m != null && m.receiveCount == count ? Optional.of(id) : Optional.empty();
    }

    private static Optional<CrawlJob> decodeQuietly(String body) {
        try {
            return Optional.of(CrawlJobCodec.decode(body));
        } catch (MalformedJobException e) {
            return Optional.empty();
        }
    }
}

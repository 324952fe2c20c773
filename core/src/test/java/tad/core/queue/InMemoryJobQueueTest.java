package tad.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryJobQueueTest extends JobQueueContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T01:00:00Z"));

    @Override
    protected JobQueue createQueue(int maxReceives) {
        return new InMemoryJobQueue(clock, maxReceives);
    }

    @Override
    protected void sendRaw(JobQueue queue, String body) {
        ((InMemoryJobQueue) queue).sendRaw(body);
    }

    @Override
    protected void passTime(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void aStaleReceiptCannotAckTheJobAnotherWorkerNowHolds() {
        InMemoryJobQueue queue = new InMemoryJobQueue(clock, 3);
        queue.send(new CrawlJob.StudioJob("run-1", "s1", "Leeds", "GB"));
        Delivery slowWorker = queue.receive(1, TIMEOUT).getFirst();
        clock.advance(TIMEOUT.plusSeconds(1));
        Delivery otherWorker = queue.receive(1, TIMEOUT).getFirst();
        queue.ack(slowWorker);
        assertThat(queue.size()).isEqualTo(1);
        queue.ack(otherWorker);
        assertThat(queue.size()).isZero();
    }

    @Test
    void concurrentConsumersNeverGetTheSameJobTwiceWithinItsTimeout() throws Exception {
        InMemoryJobQueue queue = new InMemoryJobQueue(clock, 3);
        for (int i = 0; i < 500; i++) {
            queue.send(new CrawlJob.StudioJob("run-1", "s" + i, "Leeds", "GB"));
        }
        var seen = ConcurrentHashMap.<CrawlJob>newKeySet();
        List<Throwable> duplicates = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                List<Delivery> got;
                while (!(got = queue.receive(3, Duration.ofMinutes(5))).isEmpty()) {
                    for (Delivery d : got) {
                        if (!seen.add(d.job())) {
                            synchronized (duplicates) {
                                duplicates.add(new AssertionError("twice: " + d.job()));
                            }
                        }
                        queue.ack(d);
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(duplicates).isEmpty();
        assertThat(seen).hasSize(500);
        assertThat(queue.size()).isZero();
    }

    @Test
    void aQueueNeedsAtLeastOneReceive() {
        assertThatThrownBy(() -> new InMemoryJobQueue(clock, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package tad.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.core.queue.CrawlJob.ProfileJob;
import tad.core.queue.CrawlJob.StudioJob;

/**
 * The behaviour every {@link JobQueue} adapter must have. Subclasses create a fresh, empty queue per call, can put
 * a raw body on it (as someone with queue access could), and let time pass (a clock for the in-memory queue, real
 * time for SQS, whose visibility timeouts count in whole seconds).
 */
public abstract class JobQueueContract {
    protected static final Duration TIMEOUT = Duration.ofSeconds(1);

    protected abstract JobQueue createQueue(int maxReceives);

    protected abstract void sendRaw(JobQueue queue, String body);

    protected abstract void passTime(Duration duration);

    private static StudioJob studio(String id) {
        return new StudioJob("run-1", id, "Leeds", "GB");
    }

    @Test
    void sentJobsAreReceivedOnceAndGoneAfterAck() {
        JobQueue queue = createQueue(3);
        queue.send(studio("s1"));
        queue.send(studio("s2"));
        List<Delivery> got = receiveUpTo(queue, 2);
        assertThat(got).extracting(Delivery::job).containsExactlyInAnyOrder(studio("s1"), studio("s2"));
        assertThat(got).extracting(Delivery::receiveCount).containsOnly(1);
        assertThat(queue.receive(10, TIMEOUT)).as("in flight, so hidden").isEmpty();
        got.forEach(queue::ack);
        passTime(TIMEOUT.plusMillis(500));
        assertThat(queue.receive(10, TIMEOUT)).isEmpty();
        assertThat(queue.deadLetters()).isEmpty();
    }

    @Test
    void aJobNotAckedComesBackAfterItsVisibilityTimeout() {
        JobQueue queue = createQueue(3);
        queue.send(studio("s1"));
        assertThat(receiveUpTo(queue, 1, TIMEOUT)).singleElement().extracting(Delivery::receiveCount).isEqualTo(1);
        passTime(TIMEOUT.plusMillis(500));
        Delivery again = receiveUpTo(queue, 1).getFirst();
        assertThat(again.job()).isEqualTo(studio("s1"));
        assertThat(again.receiveCount()).isEqualTo(2);
    }

    @Test
    void aReleasedJobIsVisibleAgainAfterItsDelay() {
        JobQueue queue = createQueue(3);
        queue.send(studio("s1"));
        Delivery first = receiveUpTo(queue, 1).getFirst();
        queue.release(first, TIMEOUT);
        assertThat(queue.receive(10, Duration.ofSeconds(30))).as("still delayed").isEmpty();
        passTime(TIMEOUT.plusMillis(500));
        assertThat(receiveUpTo(queue, 1)).extracting(Delivery::job).containsExactly(studio("s1"));
    }

    @Test
    void anExtendedJobStaysHiddenPastItsFirstTimeout() {
        JobQueue queue = createQueue(3);
        queue.send(studio("s1"));
        Delivery held = receiveUpTo(queue, 1, TIMEOUT).getFirst();
        queue.extend(held, Duration.ofSeconds(30));
        passTime(TIMEOUT.plusMillis(500));
        assertThat(queue.receive(10, TIMEOUT)).as("still held by its worker").isEmpty();
        queue.ack(held);
        assertThat(queue.deadLetters()).isEmpty();
    }

    @Test
    void aJobReleasedWithoutDelayIsVisibleAtOnce() {
        JobQueue queue = createQueue(3);
        queue.send(studio("s1"));
        queue.release(receiveUpTo(queue, 1).getFirst(), Duration.ZERO);
        assertThat(receiveUpTo(queue, 1)).extracting(Delivery::receiveCount).containsExactly(2);
    }

    @Test
    void aJobIsDeadLetteredAfterMaxReceives() {
        JobQueue queue = createQueue(2);
        assertThat(queue.maxReceives()).isEqualTo(2);
        queue.send(studio("s1"));
        queue.release(receiveUpTo(queue, 1).getFirst(), Duration.ZERO);
        queue.release(receiveUpTo(queue, 1).getFirst(), Duration.ZERO);
        assertThat(queue.receive(10, TIMEOUT)).as("the third receive moves it instead").isEmpty();
        assertThat(queue.deadLetters()).singleElement().satisfies(dead -> {
            assertThat(dead.job()).contains(studio("s1"));
            assertThat(dead.reason()).isEqualTo(DeadLetter.tooManyReceives(2));
        });
    }

    @Test
    void aPoisonJobIsDeadLetteredAtOnceWithItsReason() {
        JobQueue queue = createQueue(5);
        queue.send(studio("s1"));
        queue.deadLetter(receiveUpTo(queue, 1).getFirst(), "studio s1 is not in the store");
        passTime(TIMEOUT.plusMillis(500));
        assertThat(queue.receive(10, TIMEOUT)).isEmpty();
        assertThat(queue.deadLetters()).singleElement().satisfies(dead -> {
            assertThat(dead.job()).contains(studio("s1"));
            assertThat(dead.reason()).isEqualTo("studio s1 is not in the store");
        });
    }

    @Test
    void orderIsNotAssumedButEveryJobArrives() {
        JobQueue queue = createQueue(3);
        List<CrawlJob> sent = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            sent.add(studio("s" + i));
            queue.send(sent.getLast());
        }
        assertThat(receiveUpTo(queue, 7)).extracting(Delivery::job).containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void receiveNeverReturnsMoreThanAsked() {
        JobQueue queue = createQueue(3);
        for (int i = 0; i < 4; i++) {
            queue.send(studio("s" + i));
        }
        assertThat(queue.receive(2, TIMEOUT)).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void everyJobTypeSurvivesTheTripThroughTheQueue() {
        JobQueue queue = createQueue(3);
        List<CrawlJob> sent = List.of(
                studio("places:ChIJ42"),
                new ProfileJob("run-1", "mara.ink", Optional.of("Mara Ödegaard"), "places:ChIJ42", "Leeds", "GB"),
                new ProfileJob("run-1", "no_name.tattoo", Optional.empty(), "places:ChIJ42", "Leeds", ""));
        sent.forEach(queue::send);
        assertThat(receiveUpTo(queue, 3)).extracting(Delivery::job).containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void malformedMessagesGoToDeadLettersWithAReasonAndTheRestIsDelivered() {
        JobQueue queue = createQueue(3);
        List<String> garbage = List.of("hello, worker", "{\"type\":\"carrier-pigeon\",\"runId\":\"r\"}",
                "{\"type\":\"studio\",\"runId\":\"r\"}");
        garbage.forEach(body -> sendRaw(queue, body));
        queue.send(studio("s1"));
        assertThat(receiveUpTo(queue, 1)).extracting(Delivery::job).containsExactly(studio("s1"));
        assertThat(queue.deadLetters()).hasSize(3).allSatisfy(dead -> {
            assertThat(dead.job()).isEmpty();
            assertThat(dead.reason()).startsWith("malformed message: ");
        }).extracting(DeadLetter::body).containsExactlyInAnyOrderElementsOf(garbage);
    }

    /** Receives until {@code expected} jobs came or five empty polls passed (SQS may return fewer than exist). */
    protected List<Delivery> receiveUpTo(JobQueue queue, int expected) {
        return receiveUpTo(queue, expected, Duration.ofSeconds(30));
    }

    protected List<Delivery> receiveUpTo(JobQueue queue, int expected, Duration visibilityTimeout) {
        List<Delivery> out = new ArrayList<>();
        for (int emptyPolls = 0; out.size() < expected && emptyPolls < 5; ) {
            List<Delivery> got = queue.receive(expected - out.size(), visibilityTimeout);
            if (got.isEmpty()) {
                emptyPolls++;
            }
            out.addAll(got);
        }
        assertThat(out).as("jobs received").hasSize(expected);
        return out;
    }
}

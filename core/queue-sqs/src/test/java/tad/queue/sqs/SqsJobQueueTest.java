package tad.queue.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import tad.core.queue.CrawlJob;
import tad.core.queue.DeadLetter;
import tad.core.queue.JobQueue;
import tad.core.queue.JobQueueContract;

/** The job queue contract against a real SQS API (ElasticMQ in-process), dead-lettering by SQS's own redrive. */
class SqsJobQueueTest extends JobQueueContract {
    private static ElasticMq elasticMq;
    private final List<SqsClient> clients = new ArrayList<>();

    @BeforeAll
    static void startElasticMq() {
        elasticMq = new ElasticMq();
    }

    @AfterAll
    static void stopElasticMq() {
        elasticMq.close();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(SqsClient::close);
    }

    @Override
    protected JobQueue createQueue(int maxReceives) {
        return connect(elasticMq.createJobsQueue(maxReceives));
    }

    @Override
    protected void sendRaw(JobQueue queue, String body) {
        SqsJobQueue sqsQueue = (SqsJobQueue) queue;
        sqsQueue.sqsForTests().sendMessage(b -> b.queueUrl(sqsQueue.queueUrlForTests()).messageBody(body));
    }

    @Override
    protected void passTime(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private SqsJobQueue connect(URI queueUrl) {
        SqsClient client = elasticMq.client();
        clients.add(client);
        // short polls keep the test quick; production waits 20 s
        return SqsJobQueue.connect(client, new SqsQueueSettings(queueUrl, java.util.Optional.empty(),
                Duration.ZERO));
    }

    @Test
    void aQueueWithoutARedrivePolicyIsRefusedWithAClearMessage() {
        URI plain = elasticMq.createQueueWithoutRedrive();
        assertThatThrownBy(() -> connect(plain)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no redrive policy");
    }

    @Test
    void twoWorkersOnOneQueueShareTheJobsWithoutOverlap() {
        URI url = elasticMq.createJobsQueue(3);
        JobQueue producer = connect(url);
        JobQueue workerA = connect(url);
        JobQueue workerB = connect(url);
        for (int i = 0; i < 12; i++) {
            producer.send(new CrawlJob.StudioJob("run-1", "s" + i, "Leeds", "GB"));
        }
        List<CrawlJob> handled = new ArrayList<>();
        for (int round = 0; round < 10 && handled.size() < 12; round++) {
            for (JobQueue worker : List.of(workerA, workerB)) {
                worker.receive(2, Duration.ofSeconds(30)).forEach(d -> {
                    handled.add(d.job());
                    worker.ack(d);
                });
            }
        }
        assertThat(handled).hasSize(12).doesNotHaveDuplicates();
        assertThat(producer.deadLetters()).isEmpty();
    }

    @Test
    void listingDeadLettersLeavesThemInTheQueue() {
        JobQueue queue = createQueue(3);
        sendRaw(queue, "garbage 1");
        sendRaw(queue, "garbage 2");
        assertThat(queue.receive(10, TIMEOUT)).isEmpty();
        assertThat(queue.deadLetters()).extracting(DeadLetter::body)
                .containsExactlyInAnyOrder("garbage 1", "garbage 2");
        assertThat(queue.deadLetters()).as("listed again").hasSize(2);
    }
}

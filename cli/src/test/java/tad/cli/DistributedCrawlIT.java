package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tad.metrics.cloudwatch.CloudWatchStub;
import tad.queue.sqs.SqsClients;
import tad.samplecity.SampleCityServer;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;

/** The queued crawl through the real verbs: enqueue on ElasticMQ (SQS), a worker drains it, finish closes the run. */
class DistributedCrawlIT {

    @Test
    void enqueueWorkAndFinishCrawlTheWholeSampleCity() throws Exception {
        Path data = Files.createTempDirectory("tad-distributed-it");
        SQSRestServer sqs = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        try (SampleCityServer city = SampleCityServer.start()) {
            URI endpoint = URI.create("http://127.0.0.1:" + sqs.waitUntilStarted().localAddress().getPort());
            Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
            env.putAll(city.crawlEnvironment());
            env.put("TAD_QUEUE_URL", jobsQueue(endpoint).toString());

            Run enqueue = Run.tad(env, "crawl", "--city", "leeds", "--enqueue");
            assertThat(enqueue.code()).as(enqueue.err()).isZero();
            Matcher m = Pattern.compile("enqueued (\\d+) studio jobs .*\\(run ([0-9a-f-]+)\\)").matcher(enqueue.out());
            assertThat(m.find()).as(enqueue.out()).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(85);

            Run worker = Run.tad(env, "worker", "--idle-exit-seconds", "3");
            assertThat(worker.code()).as(worker.err() + worker.out()).isZero();

            // as the Step Functions workflow does it, without the run id: the city's unfinished run
            Run finish;
            try (CloudWatchStub cloudWatch = CloudWatchStub.start()) {
                cloudWatch.accepts();
                env.put("TAD_METRICS_CLOUDWATCH_ENDPOINT", cloudWatch.endpoint().toString());
                finish = Run.tad(env, "crawl", "--city", "leeds", "--finish", "latest", "--publish-metrics");
                assertThat(finish.code()).as(finish.err()).isZero();
                // the directory's profile ages, as the run's summary counts them (one city here): the artists with
                // a fetched Instagram profile, and those listed from their studio's website only
                Matcher ages = Pattern.compile("fetched <24 h: (\\d+), 24-48 h: (\\d+), 2-7 d: (\\d+), >7 d: "
                        + "(\\d+), never: (\\d+)").matcher(finish.out());
                assertThat(ages.find()).as(finish.out()).isTrue();
                double fresh = Double.parseDouble(ages.group(1));
                double never = Double.parseDouble(ages.group(5));
                assertThat(fresh).isPositive();
                assertThat(never).isPositive();
                assertThat(finish.out()).contains("published Tad/ServedProfiles*: " + (int) (fresh + never)
                        + " served, 0 older than 48 h");
                assertThat(cloudWatch.putMetricDataRequests()).singleElement().satisfies(request -> {
                    Map<String, Double> values = new java.util.LinkedHashMap<>();
                    CloudWatchStub.body(request).path("MetricData").forEach(datum ->
                            values.put(datum.path("MetricName").asText(), datum.path("Value").asDouble()));
                    assertThat(values).containsExactly(Map.entry("ServedProfilesFetchedUnder24h", fresh),
                            Map.entry("ServedProfilesFetched24To48h", 0.0),
                            Map.entry("ServedProfilesFetched2To7d", 0.0),
                            Map.entry("ServedProfilesFetchedOver7d", 0.0),
                            Map.entry("ServedProfilesNeverFetched", never),
                            Map.entry("ServedProfilesOlderThan48h", 0.0));
                });
            }
            assertThat(finish.out()).contains("crawl " + m.group(2)).contains("completed");
            // every worker's counts reach the run's report (summed in the store), as the in-process crawl reports them;
            // with the Graph API, personal accounts and the stale link are not professional, and are listed from their
            // studios' sites: every artist is new
            assertThat(finish.out()).contains("sites crawled:        15").contains("artists found:        33")
                    .contains("new:                31").contains("without a website:  70 ").contains("not_professional: 4")
                    .doesNotContain("no_website");
            Run again = Run.tad(env, "crawl", "--city", "leeds", "--finish", "latest");
            assertThat(again.code()).isEqualTo(1);
            assertThat(again.err()).contains("no unfinished crawl run for Leeds");

            try (LocalStore local = LocalStore.open(data)) {
                DynamoConnection dynamo = local.dynamo();
                var artists = new DynamoArtistStore(dynamo).artists(Optional.empty(), 1000).items();
                assertThat(artists).hasSize(city.roster().artists().size());
                assertThat(artists.stream().filter(a -> a.instagramHandle().equals("mara.inkwell")).findFirst()
                        .orElseThrow().studioIds()).hasSize(2);
            }
        } finally {
            sqs.stopAndWait();
        }
    }

    private static URI jobsQueue(URI endpoint) {
        try (SqsClient admin = SqsClients.forQueue(endpoint.resolve("/000000000000/any"), Region.EU_WEST_2)) {
            String dlq = admin.createQueue(b -> b.queueName("jobs-dlq")).queueUrl();
            String arn = admin.getQueueAttributes(b -> b.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN);
            return URI.create(admin.createQueue(b -> b.queueName("jobs").attributes(Map.of(
                    QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + arn
                            + "\",\"maxReceiveCount\":\"5\"}"))).queueUrl());
        }
    }
}

package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.bootstrap.Bootstrap;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;
import tad.core.removal.RemovalRequest;
import tad.core.removal.RemovalRequestStore;
import tad.metrics.cloudwatch.CloudWatchStub;

/**
 * `tad removals overdue [--publish-metric]` on the embedded DynamoDB Local, publishing to a server that answers in
 * the SDK's CloudWatch wire protocol: the count follows the three-day rule, and the metric request carries it.
 */
class RemovalsOverdueIT {
    private static final Duration MARGIN = Duration.ofHours(1);
    private static final Duration OVERDUE_AFTER = Duration.ofDays(3);

    @TempDir
    Path data;
    private final CloudWatchStub cloudWatch = CloudWatchStub.start();
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void fileRequestsOfDifferentAges() {
        env.put("TAD_DATA_DIR", data.toString());
        env.put("TAD_DATA_SERVER", "in-process");
        env.put("AWS_REGION", "eu-west-1");
        env.put("TAD_METRICS_CLOUDWATCH_ENDPOINT", cloudWatch.endpoint().toString());
        Instant now = Instant.now();
        try (Bootstrap boot = Bootstrap.open(TadConfig.parse(RawConfig.load(Optional.empty(), env, Map.of())))) {
            RemovalRequestStore requests = boot.removalRequests();
            requests.save(filed("rq-overdue-a", now.minus(Duration.ofDays(9))));
            requests.save(filed("rq-overdue-b", now.minus(Duration.ofDays(4))));
            requests.save(filed("rq-overdue-c", now.minus(OVERDUE_AFTER).minus(MARGIN)));
            requests.save(filed("rq-nearly", now.minus(OVERDUE_AFTER).plus(MARGIN)));
            requests.save(filed("rq-fresh", now.minus(Duration.ofMinutes(5))));
            requests.save(filed("rq-decided", now.minus(Duration.ofDays(6))));
            requests.decide("rq-decided", RemovalRequest.Decision.reject(now, "not the artist"));
        }
    }

    @AfterEach
    void stop() {
        cloudWatch.close();
    }

    @Test
    void printsHowManyPendingRequestsAreOlderThanThreeDaysAndPublishesNothingByDefault() {
        Run run = Run.tad(env, "removals", "overdue");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("3 overdue (pending for more than 3 days)" + System.lineSeparator());
        assertThat(cloudWatch.putMetricDataRequests()).isEmpty();
        Run list = Run.tad(env, "removals", "list");
        assertThat(list.out()).as("the same rule as the list").contains("5 pending")
                .contains("3 overdue");
    }

    @Test
    void publishMetricSendsTheCountToCloudWatchInTheConfiguredRegion() {
        cloudWatch.accepts();

        Run run = Run.tad(env, "removals", "overdue", "--publish-metric");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 overdue").contains("published Tad/OverdueRemovalRequests = 3");
        assertThat(cloudWatch.putMetricDataRequests()).hasSize(1);
        LoggedRequest request = cloudWatch.putMetricDataRequests().getFirst();
        assertThat(request.getHeader("Authorization")).contains("/eu-west-1/monitoring/aws4_request");
        JsonNode body = CloudWatchStub.body(request);
        assertThat(body.path("Namespace").asText()).isEqualTo("Tad");
        assertThat(body.path("MetricData").size()).isEqualTo(1);
        JsonNode datum = body.path("MetricData").get(0);
        assertThat(datum.path("MetricName").asText()).isEqualTo("OverdueRemovalRequests");
        assertThat(datum.path("Value").asDouble()).isEqualTo(3.0);
        assertThat(datum.path("Unit").asText()).isEqualTo("Count");
        assertThat(datum.has("Dimensions")).isFalse();
    }

    @Test
    void aRefusalIsOneLineAndExitCodeOneWithoutPersonalData() {
        cloudWatch.deniesPutMetricData();

        Run run = Run.tad(env, "removals", "overdue", "--publish-metric");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("3 overdue");
        assertThat(run.err()).startsWith("tad: error: CloudWatch refused Tad/OverdueRemovalRequests: AccessDenied "
                + "(HTTP 403) ").contains("cloudwatch:PutMetricData");
        assertThat(run.err().strip()).doesNotContain("\n");
        assertThat(run.out() + run.err()).doesNotContain("handle-of-").doesNotContain("@example.org");
    }

    @Test
    void anUnreachableCloudWatchIsOneLineAndExitCodeOne() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            env.put("TAD_METRICS_CLOUDWATCH_ENDPOINT", "http://127.0.0.1:" + socket.getLocalPort());
        }

        Run run = Run.tad(env, "removals", "overdue", "--publish-metric");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("tad: error: cannot publish Tad/OverdueRemovalRequests to CloudWatch: ");
        assertThat(run.err().strip()).doesNotContain("\n");
    }

    @Test
    void aMalformedEndpointIsAConfigurationError() {
        env.put("TAD_METRICS_CLOUDWATCH_ENDPOINT", "127.0.0.1:4566");

        Run run = Run.tad(env, "removals", "overdue", "--publish-metric");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("metrics.cloudwatch.endpoint (TAD_METRICS_CLOUDWATCH_ENDPOINT) must be an "
                + "http(s) URL");
    }

    private static RemovalRequest filed(String id, Instant at) {
        return RemovalRequest.pending(id, Optional.of("handle-of-" + id), Optional.empty(), id + "@example.org",
                "please remove me", at);
    }

}

package tad.metrics.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import tad.core.metrics.MetricPublishException;
import tad.core.metrics.TadMetrics;

/** The real SDK client against a server speaking its CloudWatch wire protocol, Smithy RPC v2 CBOR. */
class CloudWatchMetricPublisherTest {
    private final CloudWatchStub cloudWatch = CloudWatchStub.start();
    private final CloudWatchClient client = CloudWatchClients.create(
            new CloudWatchSettings(TadMetrics.NAMESPACE, "eu-west-2", Optional.of(cloudWatch.endpoint())));
    private final CloudWatchMetricPublisher publisher = new CloudWatchMetricPublisher(client, TadMetrics.NAMESPACE);

    @AfterEach
    void stop() {
        client.close();
        cloudWatch.close();
    }

    @Test
    void aCountIsOneDatumInTheNamespaceWithUnitCountAndNoDimensions() {
        cloudWatch.accepts();

        publisher.publishCount(TadMetrics.OVERDUE_REMOVAL_REQUESTS, 2);

        assertThat(cloudWatch.putMetricDataRequests()).hasSize(1);
        LoggedRequest request = cloudWatch.putMetricDataRequests().getFirst();
        assertThat(request.getHeader("smithy-protocol")).isEqualTo("rpc-v2-cbor");
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/cbor");
        // signed for CloudWatch's signing name in the configured region
        assertThat(request.getHeader("Authorization"))
                .startsWith("AWS4-HMAC-SHA256 Credential=local/").contains("/eu-west-2/monitoring/aws4_request");
        JsonNode body = CloudWatchStub.body(request);
        assertThat(body.path("Namespace").asText()).isEqualTo("Tad");
        assertThat(body.path("MetricData").size()).isEqualTo(1);
        JsonNode datum = body.path("MetricData").get(0);
        assertThat(datum.path("MetricName").asText()).isEqualTo("OverdueRemovalRequests");
        assertThat(datum.path("Value").isNumber()).isTrue();
        assertThat(datum.path("Value").asDouble()).isEqualTo(2.0);
        assertThat(datum.path("Unit").asText()).isEqualTo("Count");
        assertThat(datum.has("Dimensions")).as("no dimensions: %s", datum).isFalse();
        assertThat(datum.has("Timestamp")).as("CloudWatch stamps the datum on receipt").isFalse();
    }

    @Test
    void theDirectorysProfileAgesAreOneRequestWithOneCountDatumPerAge() {
        cloudWatch.accepts();

        publisher.publishCounts(TadMetrics.profileAges(new tad.core.domain.ProfileAges(26, 3, 2, 1, 4)));

        assertThat(cloudWatch.putMetricDataRequests()).hasSize(1);
        JsonNode body = CloudWatchStub.body(cloudWatch.putMetricDataRequests().getFirst());
        assertThat(body.path("Namespace").asText()).isEqualTo("Tad");
        java.util.Map<String, Double> values = new java.util.LinkedHashMap<>();
        body.path("MetricData").forEach(datum -> {
            assertThat(datum.path("Unit").asText()).isEqualTo("Count");
            assertThat(datum.has("Dimensions")).as("no dimensions: %s", datum).isFalse();
            values.put(datum.path("MetricName").asText(), datum.path("Value").asDouble());
        });
        assertThat(values).containsExactly(
                java.util.Map.entry("ServedProfilesFetchedUnder24h", 26.0),
                java.util.Map.entry("ServedProfilesFetched24To48h", 3.0),
                java.util.Map.entry("ServedProfilesFetched2To7d", 2.0),
                java.util.Map.entry("ServedProfilesFetchedOver7d", 1.0),
                java.util.Map.entry("ServedProfilesNeverFetched", 4.0),
                java.util.Map.entry("ServedProfilesOlderThan48h", 3.0));
    }

    @Test
    void zeroIsPublishedTooSoThatTheAlarmSeesTheCheckRan() {
        cloudWatch.accepts();

        publisher.publishCount(TadMetrics.OVERDUE_REMOVAL_REQUESTS, 0);

        JsonNode datum = CloudWatchStub.body(cloudWatch.putMetricDataRequests().getFirst()).path("MetricData").get(0);
        assertThat(datum.path("Value").isNumber()).isTrue();
        assertThat(datum.path("Value").asDouble()).isZero();
    }

    @Test
    void aRefusalNamesTheMetricTheErrorCodeAndTheStatusOnOneLine() {
        cloudWatch.deniesPutMetricData();

        assertThatThrownBy(() -> publisher.publishCount(TadMetrics.OVERDUE_REMOVAL_REQUESTS, 1))
                .isInstanceOf(MetricPublishException.class)
                .hasMessageStartingWith("CloudWatch refused Tad/OverdueRemovalRequests: AccessDenied (HTTP 403) ")
                .hasMessageContaining("is not authorized to perform: cloudwatch:PutMetricData")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(cloudWatch.putMetricDataRequests()).as("an authorisation error is not retried").hasSize(1);
    }

    @Test
    void anUnreachableEndpointIsAClearFailure() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (CloudWatchClient nowhere = CloudWatchClients.create(
                new CloudWatchSettings(TadMetrics.NAMESPACE, "eu-west-2", Optional.of(closed)))) {
            assertThatThrownBy(() -> new CloudWatchMetricPublisher(nowhere, TadMetrics.NAMESPACE)
                    .publishCount(TadMetrics.OVERDUE_REMOVAL_REQUESTS, 1))
                    .isInstanceOf(MetricPublishException.class)
                    .hasMessageStartingWith("cannot publish Tad/OverdueRemovalRequests to CloudWatch: ")
                    .hasMessageContaining("Connect")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void onlyHostsOutsideAwsAreTakenForTestServers() {
        assertThat(new CloudWatchSettings("Tad", "eu-west-2", Optional.empty()).testServer()).isFalse();
        assertThat(new CloudWatchSettings("Tad", "eu-west-2",
                Optional.of(URI.create("https://monitoring.eu-west-2.amazonaws.com"))).testServer()).isFalse();
        assertThat(new CloudWatchSettings("Tad", "eu-west-2", Optional.of(URI.create("http://127.0.0.1:9")))
                .testServer()).isTrue();
    }
}

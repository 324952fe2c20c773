package tad.metrics.cloudwatch;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import tad.core.metrics.MetricPublishException;
import tad.core.metrics.MetricPublisher;

/**
 * Publishes counts with PutMetricData: one datum per count, unit Count, no dimensions (the alarms watch the metric
 * without dimensions, and a datum with any dimension would be a different metric). No timestamp: CloudWatch uses the
 * time it receives the datum, so a skewed task clock cannot file it in the wrong alarm period.
 */
public final class CloudWatchMetricPublisher implements MetricPublisher {
    private static final int MAX_DATUMS = 1000;
    private final CloudWatchClient cloudWatch;
    private final String namespace;

    public CloudWatchMetricPublisher(CloudWatchClient cloudWatch, String namespace) {
        this.cloudWatch = cloudWatch;
        this.namespace = namespace;
    }

    @Override
    public void publishCount(String metricName, long count) {
        publishCounts(Map.of(metricName, count));
    }

    /** One PutMetricData request with one datum per count (CloudWatch takes up to 1,000 in a request). */
    @Override
    public void publishCounts(Map<String, Long> counts) {
        if (counts.size() > MAX_DATUMS) {
            throw new IllegalArgumentException("at most " + MAX_DATUMS + " counts in one request");
        }
        List<MetricDatum> data = counts.entrySet().stream().map(count -> MetricDatum.builder()
                .metricName(count.getKey()).value((double) count.getValue()).unit(StandardUnit.COUNT).build()).toList();
        String names = namespace + "/" + String.join(",", counts.keySet());
        try {
            cloudWatch.putMetricData(r -> r.namespace(namespace).metricData(data));
        } catch (AwsServiceException refused) {
            throw new MetricPublishException("CloudWatch refused " + names + ": "
                    + refused.awsErrorDetails().errorCode() + " (HTTP " + refused.statusCode() + ") "
                    + firstLine(refused.awsErrorDetails().errorMessage()), refused);
        } catch (SdkException unreachable) {
            throw new MetricPublishException("cannot publish " + names + " to CloudWatch: "
                    + firstLine(unreachable.getMessage()), unreachable);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}

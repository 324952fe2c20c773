package tad.metrics.cloudwatch;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import tad.core.metrics.MetricPublishException;
import tad.core.metrics.MetricPublisher;

/**
 * Publishes counts with PutMetricData: one datum, unit Count, no dimensions (the alarms watch the metric without
 * dimensions, and a datum with any dimension would be a different metric). No timestamp: CloudWatch uses the time
 * it receives the datum, so a skewed task clock cannot file it in the wrong alarm period.
 */
public final class CloudWatchMetricPublisher implements MetricPublisher {
    private final CloudWatchClient cloudWatch;
    private final String namespace;

    public CloudWatchMetricPublisher(CloudWatchClient cloudWatch, String namespace) {
        this.cloudWatch = cloudWatch;
        this.namespace = namespace;
    }

    @Override
    public void publishCount(String metricName, long count) {
        MetricDatum datum = MetricDatum.builder().metricName(metricName).value((double) count)
                .unit(StandardUnit.COUNT).build();
        try {
            cloudWatch.putMetricData(r -> r.namespace(namespace).metricData(datum));
        } catch (AwsServiceException refused) {
            throw new MetricPublishException("CloudWatch refused " + namespace + "/" + metricName + ": "
                    + refused.awsErrorDetails().errorCode() + " (HTTP " + refused.statusCode() + ") "
                    + firstLine(refused.awsErrorDetails().errorMessage()), refused);
        } catch (SdkException unreachable) {
            throw new MetricPublishException("cannot publish " + namespace + "/" + metricName + " to CloudWatch: "
                    + firstLine(unreachable.getMessage()), unreachable);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}

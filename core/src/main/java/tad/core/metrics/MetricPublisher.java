package tad.core.metrics;

/**
 * Sends operational numbers to the monitoring system that alarms on them. Adapters: CloudWatch
 * ({@code CloudWatchMetricPublisher}, module {@code core/metrics-cloudwatch}); the namespace is the adapter's
 * setting ({@link TadMetrics#NAMESPACE} in production).
 */
public interface MetricPublisher {

    /**
     * Publishes one data point of a count, timestamped by the receiver, with no dimensions.
     *
     * @throws MetricPublishException when the monitoring system cannot be reached or refuses the data point
     */
    void publishCount(String metricName, long count);

    /**
     * Publishes several counts taken at the same moment (an adapter sends them in one request where it can).
     *
     * @throws MetricPublishException when the monitoring system cannot be reached or refuses the data points
     */
    default void publishCounts(java.util.Map<String, Long> counts) {
        counts.forEach(this::publishCount);
    }
}

package tad.core.metrics;

/** A data point was not published; the message is one line naming the metric and why. */
public final class MetricPublishException extends RuntimeException {
    public MetricPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}

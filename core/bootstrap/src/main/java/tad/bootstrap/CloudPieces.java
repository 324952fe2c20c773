package tad.bootstrap;

import java.net.URI;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import tad.core.config.ConfigException;
import tad.core.config.TadConfig;
import tad.core.metrics.MetricPublisher;
import tad.core.metrics.TadMetrics;
import tad.core.queue.JobQueue;
import tad.metrics.cloudwatch.CloudWatchClients;
import tad.metrics.cloudwatch.CloudWatchMetricPublisher;
import tad.metrics.cloudwatch.CloudWatchSettings;
import tad.queue.sqs.SqsClients;
import tad.queue.sqs.SqsJobQueue;
import tad.queue.sqs.SqsQueueSettings;

/** The distributed crawl's SQS queue and the CloudWatch metric publisher. */
final class CloudPieces {
    private final TadConfig config;
    private final Closer closer;

    CloudPieces(TadConfig config, Closer closer) {
        this.config = config;
        this.closer = closer;
    }

    /** The SQS crawl queue; the in-process queue cannot be shared between processes, so a URL is required. */
    JobQueue queue() {
        URI url = config.queue().url().orElseThrow(() -> new ConfigException("TAD_QUEUE_URL is not set: `tad worker` "
                + "and `tad crawl --enqueue` need an SQS queue (docs/distributed.md)"));
        SqsClient sqs = closer.register(SqsClients.forQueue(url, Region.of(config.store().region())));
        return SqsJobQueue.connect(sqs, SqsQueueSettings.of(url));
    }

    /** CloudWatch in the configured region; the endpoint override is for tests (a local server, fixed keys). */
    MetricPublisher metrics() {
        CloudWatchSettings settings = new CloudWatchSettings(TadMetrics.NAMESPACE, config.store().region(),
                config.metrics().cloudwatchEndpoint());
        return new CloudWatchMetricPublisher(closer.register(CloudWatchClients.create(settings)),
                settings.namespace());
    }
}
